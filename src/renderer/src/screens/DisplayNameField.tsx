import { useId } from 'react'
import { useT } from '../i18n/useT.ts'

/** The per-room display name the create and join dialogs ask for (optional; pseudonymous). */
export function DisplayNameField({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  const t = useT()
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} value={value} maxLength={64} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-h`} />
      <p id={`${id}-h`} className="hint">
        {t('createRoom.displayNameHint')}
      </p>
    </div>
  )
}
