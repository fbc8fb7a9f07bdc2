// The 纠错 action of a fact: the corrections-file entry that would fix it, to edit, copy or download; and the
// corrections already applied to a record, each with what the corpus had before.
import { useState } from 'react'
import type { AppliedCorrection } from '@/shared/corpus-schema'
import { downloadText } from '@/lib/export-table'
import { useT } from '@/lib/i18n'

export function CorrectionDraft({ entry, label }: { entry: string; label?: string }) {
  const t = useT()
  const [text, setText] = useState(entry)
  const [copied, setCopied] = useState(false)
  // the entry is laid out only when opened: a list of fifty facts carries fifty closed actions, not fifty forms
  const [open, setOpen] = useState(false)
  return (
    <details className="mt-1 text-sm" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="inline-block min-h-6 cursor-pointer text-stone-600 underline decoration-dotted">{label ? `${t.correction.action}${t.colon}${label}` : t.correction.action}</summary>
      {open && <div className="mt-1 rounded border border-stone-200 bg-stone-50 p-2">
        <p className="mb-1 text-xs text-stone-700">{t.correction.intro}</p>
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={text.split('\n').length} aria-label={`${t.correction.action} YAML`}
          className="w-full rounded border border-stone-300 bg-white p-1 font-mono text-xs" spellCheck={false} />
        <div className="mt-1 flex gap-2">
          <button type="button" className="min-h-6 rounded border border-stone-300 bg-white px-2" onClick={() => navigator.clipboard?.writeText(text).then(() => setCopied(true), () => setCopied(false))}>
            {copied ? t.correction.copied : t.correction.copy}
          </button>
          <button type="button" className="min-h-6 rounded border border-stone-300 bg-white px-2" onClick={() => downloadText('corrections.yaml', text, 'application/yaml')}>{t.correction.download}</button>
        </div>
      </div>}
    </details>
  )
}

/** The corrections a record carries: each with its line in the file, what it was and what it is now. */
export function AppliedCorrections({ corrections }: { corrections?: readonly AppliedCorrection[] }) {
  const t = useT()
  if (!corrections?.length) return null
  return (
    <ul className="mt-2 space-y-1 text-sm" aria-label={t.correction.applied(corrections[0]!.line)}>
      {corrections.map((c, i) => (
        <li key={`${c.line}-${i}`} className="rounded border border-amber-300 bg-amber-50 px-2 py-1">
          <span className="font-medium">{t.correction.applied(c.line)}</span>
          <span className="ml-2 rounded bg-white px-1 text-xs">{t.correction.kinds[c.kind]}</span>
          <span className="ml-2">{t.correction.was} <del>{c.original}</del> · {t.correction.now} <ins className="no-underline">{c.corrected}</ins></span>
          {c.note && <span className="ml-2 text-stone-600">{c.note}</span>}
        </li>
      ))}
    </ul>
  )
}
