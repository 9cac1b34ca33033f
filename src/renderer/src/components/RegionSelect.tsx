import { useId } from 'react'
import { en } from '../strings/en.ts'
import { regionOptions } from '../safety/regions.ts'

export function RegionSelect({
  value,
  onChange,
  label = en.help.region,
  hint = en.help.regionHint
}: {
  value: string
  onChange: (v: string) => void
  label?: string
  hint?: string
}) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-hint`}>
        <option value="">—</option>
        {regionOptions().map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
    </div>
  )
}
