// Reads of reported figures: the places with their labels, a page of one place's figures (of one label or all),
// and a label's values over the years.
import { queryOptions } from '@tanstack/react-query'
import { loadView } from '@/lib/corpus-client'
import { type Paged, viewPath } from '@/shared/views'
import type { FigureRow, FigureSeries, FiguresIndex } from '@/shared/view-records'

export type { FigureRow }

export const figuresIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['figures'],
    queryFn: () => loadView<FiguresIndex>(viewPath.figuresIndex(), ['places', 'total']),
  })

/** A page of one place's figures, newest first: all of them, or those of one label. */
export const figuresPageQueryOptions = (place: string | null, label: string | null, page: number) =>
  queryOptions({
    queryKey: ['figures', place, label, page],
    queryFn: () => loadView<Paged<FigureRow>>(viewPath.figures(place, label, page), ['items', 'total']),
  })

export const figureSeriesQueryOptions = (place: string | null, label: string) =>
  queryOptions({
    queryKey: ['figures', place, label, 'series'],
    queryFn: () => loadView<FigureSeries>(viewPath.figureSeries(place, label), null),
  })
