import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute, Link } from '@tanstack/react-router'
import { Empty, errorView, Loading } from '@/components/states'
import { CareerChart } from '@/features/people/components/career-chart'
import { personQueryOptions } from '@/features/people/queries'
import { formatSpan, roleName } from '@/features/people/role-format'
import type { Meeting } from '@/shared/corpus-schema'
import { useT } from '@/lib/strings'

export const Route = createFileRoute('/people/$personId')({
  loader: ({ context: { queryClient }, params }) => queryClient.ensureQueryData(personQueryOptions(params.personId)),
  pendingComponent: Loading,
  errorComponent: errorView('person', (id, t) => t.personNotFound(id)),
  component: PersonPage,
})


function PersonPage() {
  const t = useT()
  const { personId } = Route.useParams()
  const { data } = useSuspenseQuery(personQueryOptions(personId))
  const { person } = data
  const meetingList = (title: string, list: Meeting[]) => (
    <section aria-label={title}>
      <h2 className="mb-1 font-bold">{title}</h2>
      {list.length === 0 ? <p className="text-sm text-stone-600">{t.people.none}</p> : (
        <ul className="space-y-1 text-sm">
          {list.map((m) => (
            <li key={m.id}>
              <span className="mr-2 text-stone-600">{m.date.value ?? '—'}</span>
              <Link to="/articles/$articleId" params={{ articleId: m.articleId }} className="underline">{m.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
  const wrote = data.articles.filter((a) => a.wrote)
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{person.name}</h1>
        <p className="text-stone-700">{t.people.kinds[person.kind]}{person.region ? ` · ${person.region}` : ''}</p>
      </header>
      <section aria-labelledby="career">
        <h2 id="career" className="mb-2 font-bold">{t.people.career}</h2>
        {person.roles.length === 0 ? <Empty>{t.people.none}</Empty> : (
          <>
            <ol className="space-y-2">
              {person.roles.map((r) => (
                <li key={`${r.place}-${r.title}`} className="rounded border border-stone-200 bg-white p-3">
                  <p>
                    <span className="font-medium">{roleName(r)}</span>
                    <span className="ml-2 text-sm text-stone-700">{formatSpan(r.firstDate, r.lastDate)}</span>
                  </p>
                  <ul className="mt-1 space-y-1 text-sm text-stone-700">
                    {r.evidence.slice(0, 3).map((e) => (
                      <li key={e.articleId + e.sentence}>
                        <Link to="/articles/$articleId" params={{ articleId: e.articleId }} search={{ hl: person.name }} className="underline">“{e.sentence.slice(0, 80)}{e.sentence.length > 80 ? '…' : ''}”</Link>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
            <CareerChart roles={person.roles} />
          </>
        )}
      </section>
      <div className="grid gap-6 md:grid-cols-3">
        {meetingList(t.people.chaired, data.chaired)}
        {meetingList(t.people.spoke, data.spoke)}
        {meetingList(t.people.attended, data.attended)}
      </div>
      {data.appointments.length > 0 && (
        <section aria-labelledby="appointments">
          <h2 id="appointments" className="mb-1 font-bold">{t.people.appointments}</h2>
          <ul className="space-y-1 text-sm">
            {data.appointments.map((a) => (
              <li key={a.articleId + a.action + a.title}>
                <span className="mr-2 text-stone-600">{a.date ?? '—'}</span>
                {t.people.actions[a.action]} {a.org ?? ''}{a.title}
                <Link to="/articles/$articleId" params={{ articleId: a.articleId }} className="ml-2 underline">{t.source}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {data.together.length > 0 && (
        <section aria-labelledby="together">
          <h2 id="together" className="mb-1 font-bold">{t.people.together}</h2>
          <ul className="flex flex-wrap gap-2 text-sm">
            {data.together.map(({ person: p, count }) => (
              <li key={p.id}><Link to="/people/$personId" params={{ personId: p.id }} className="rounded bg-stone-100 px-2 py-0.5 hover:bg-stone-200">{p.name}（{t.people.times(count)}）</Link></li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="articles">
        <h2 id="articles" className="mb-1 font-bold">{wrote.length && person.kind === 'journalist' ? t.people.written : t.people.articles}</h2>
        <ul className="space-y-1 text-sm">
          {(person.kind === 'journalist' && wrote.length ? wrote : data.articles).map(({ article, dayLabel, place }) => (
            <li key={article.id}>
              <span className="mr-2 text-stone-600">{dayLabel ?? '—'} {place ?? ''}</span>
              <Link to="/articles/$articleId" params={{ articleId: article.id }} search={{ hl: person.name }} className="underline">{article.headline ?? t.untitled}</Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
