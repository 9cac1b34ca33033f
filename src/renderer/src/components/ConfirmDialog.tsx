import { useId, useState } from 'react'
import type { ReactNode } from 'react'
import { en } from '../strings/en.ts'
import { useAction } from '../client/context.tsx'
import { Dialog } from './Dialog.tsx'

interface Props {
  title: string
  body?: ReactNode
  confirmLabel: string
  /** Ask for a reason (moderation actions log it). */
  reasonLabel?: string
  /** Ask for an optional whole number (e.g. a mute's length). */
  numberLabel?: string
  danger?: boolean
  onConfirm: (reason: string, n?: number) => Promise<unknown>
  onClose: () => void
}

/** Confirm an action (optionally with a reason); shows the engine's error and stays open on failure. */
export function ConfirmDialog({ title, body, confirmLabel, reasonLabel, numberLabel, danger, onConfirm, onClose }: Props) {
  const id = useId()
  const [reason, setReason] = useState('')
  const [num, setNum] = useState('')
  const action = useAction()
  async function submit(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    const n = Math.round(Number(num))
    const r = await action.run(async () => {
      await onConfirm(reason.trim(), num.trim() && n > 0 ? n : undefined)
      return true
    })
    if (r) onClose()
  }
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit}>
        {body}
        {reasonLabel && (
          <div className="field">
            <label htmlFor={`${id}-reason`}>{reasonLabel}</label>
            <input id={`${id}-reason`} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} data-autofocus />
          </div>
        )}
        {numberLabel && (
          <div className="field">
            <label htmlFor={`${id}-num`}>{numberLabel}</label>
            <input id={`${id}-num`} type="number" min={0} max={100000} value={num} onChange={(e) => setNum(e.target.value)} />
          </div>
        )}
        {action.error && (
          <p role="alert" className="error">
            {action.error}
          </p>
        )}
        <div className="row end">
          <button type="button" className="button" onClick={onClose}>
            {en.cancel}
          </button>
          <button type="submit" className={`button ${danger ? 'danger' : 'primary'}`} disabled={action.busy}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
