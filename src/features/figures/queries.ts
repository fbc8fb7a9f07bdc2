// Reads of reported figures: the places with their labels, a page of one place's figures (of one label or all),
// and a label's values over the years.
import { queryOptions } from '@tanstack/react-query'
import { loadOptionalView, loadView } from '@/lib/corpus-client'
import { viewFile } from '@/shared/views'

export const figuresIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['figures'],
    queryFn: () => loadView(viewFile.figuresIndex()),
  })

/** A page of one place's figures, newest first: all of them, or those of one label (null: no such label or page). */
export const figuresPageQueryOptions = (place: string | null, label: string | null, page: number) =>
  queryOptions({
    queryKey: ['figures', place, label, page],
    queryFn: () => loadOptionalView(viewFile.figures(place, label, page)),
  })

export const figureSeriesQueryOptions = (place: string | null, label: string) =>
  queryOptions({
    queryKey: ['figures', place, label, 'series'],
    queryFn: () => loadOptionalView(viewFile.figureSeries(place, label)),
  })
