import type { ReactNode } from 'react'
import { useT } from '../i18n/useT.ts'

/** A dialog's "done" state: what happened (announced), anything more to say, and Close (focused). */
export function SentView({ text, onClose, children, also }: { text: string; onClose: () => void; children?: ReactNode; also?: ReactNode }) {
  const t = useT()
  return (
    <>
      <p role="status">{text}</p>
      {children}
      <div className="row end">
        {also}
        <button type="button" className="button primary" onClick={onClose} autoFocus>
          {t('common.close')}
        </button>
      </div>
    </>
  )
}
