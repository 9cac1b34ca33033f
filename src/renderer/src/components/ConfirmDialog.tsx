import { useId, useState } from 'react'
import type { ReactNode } from 'react'
import { useAction } from '../client/context.tsx'
import { useT } from '../i18n/useT.ts'
import { Dialog } from './Dialog.tsx'
import { Status } from './Status.tsx'

interface Props {
  title: string
  body?: ReactNode
  confirmLabel: string
  /** Ask for a reason (moderation actions log it). */
  reasonLabel?: string
  /** Extra fields (e.g. a mute's length), rendered above the reason. */
  extra?: ReactNode
  danger?: boolean
  onConfirm: (reason: string) => Promise<unknown>
  onClose: () => void
}

/** Confirm an action (optionally with a reason); shows the engine's error and stays open on failure. */
export function ConfirmDialog({ title, body, confirmLabel, reasonLabel, extra, danger, onConfirm, onClose }: Props) {
  const t = useT()
  const id = useId()
  const [reason, setReason] = useState('')
  const action = useAction()
  async function submit(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    const r = await action.run(async () => {
      await onConfirm(reason.trim())
      return true
    })
    if (r) onClose()
  }
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit}>
        {body}
        {extra}
        {reasonLabel && (
          <div className="field">
            <label htmlFor={`${id}-reason`}>{reasonLabel}</label>
            <input id={`${id}-reason`} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} data-autofocus />
          </div>
        )}
        <Status error={action.error} />
        <div className="row end">
          <button type="button" className="button" onClick={onClose} {...(reasonLabel ? {} : { 'data-autofocus': true })}>
            {t('common.cancel')}
          </button>
          <button type="submit" className={`button ${danger ? 'danger' : 'primary'}`} disabled={action.busy}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
