// A labelled select of filter values with an "any" choice: the filters of the list views.
import { useT } from '@/lib/i18n'

interface Props {
  label: string
  value: string | undefined
  options: readonly (string | readonly [value: string, label: string])[]
  onChange: (value: string | undefined) => void
}

export function FilterSelect({ label, value, options, onChange }: Props) {
  const t = useT()
  return (
    <label className="text-sm">
      <span className="block text-stone-700">{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)} className="rounded border border-stone-300 bg-white px-2 py-1">
        <option value="">{t.any}</option>
        {options.map((o) => {
          const [v, l] = typeof o === 'string' ? [o, o] : o
          return <option key={v} value={v}>{l}</option>
        })}
      </select>
    </label>
  )
}
