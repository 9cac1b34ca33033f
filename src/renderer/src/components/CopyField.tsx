import { useId, useState } from 'react'
import { useT } from '../i18n/useT.ts'

/** A read-only value (invite, exported key) with a copy button. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const t = useT()
  const id = useId()
  const [copied, setCopied] = useState(false)
  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(value)
      setCopied(true)
    } catch {
      const el = document.getElementById(id) as HTMLTextAreaElement | null
      el?.select()
    }
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} className="mono" readOnly value={value} rows={3} spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
      <div className="row">
        <button type="button" className="button small" onClick={copy}>
          {t('common.copy')}
        </button>
        <span role="status" className="small muted">
          {copied ? t('common.copied') : ''}
        </span>
      </div>
    </div>
  )
}
