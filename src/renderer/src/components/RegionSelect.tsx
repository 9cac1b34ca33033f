import { useId } from 'react'
import { useIntl } from 'react-intl'
import { useT } from '../i18n/useT.ts'
import { regionOptions } from '../safety/regions.ts'

export function RegionSelect({ value, onChange, label, hint }: { value: string; onChange: (v: string) => void; label?: string; hint?: string }) {
  const t = useT()
  const locale = useIntl().locale
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label ?? t('help.region')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-hint`}>
        <option value="">—</option>
        {regionOptions(locale).map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="hint">
        {hint ?? t('help.regionHint')}
      </p>
    </div>
  )
}
