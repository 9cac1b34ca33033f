import { useId, useState } from 'react'
import type { Message } from '../../../shared/api/index.ts'
import { en } from '../strings/en.ts'
import { useAction, useClient } from '../client/context.tsx'
import { reportMessage } from '../client/moderation.ts'
import { Dialog } from './Dialog.tsx'

/** Report a post to the room's moderators (the engine seals it to their keys). */
export function ReportDialog({ roomId, message, onClose }: { roomId: string; message: Message; onClose: () => void }) {
  const client = useClient()
  const id = useId()
  const [reason, setReason] = useState(en.report.reasons[0])
  const [details, setDetails] = useState('')
  const [sent, setSent] = useState(false)
  const action = useAction()
  async function submit(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    const full = details.trim() ? `${reason}: ${details.trim()}` : reason
    const r = await action.run(() => reportMessage(client, roomId, message.id, full.slice(0, 500)))
    if (r !== undefined) setSent(true)
  }
  return (
    <Dialog title={en.report.title} onClose={onClose}>
      {sent ? (
        <>
          <p role="status">{en.report.sent}</p>
          <div className="row end">
            <button type="button" className="button primary" onClick={onClose}>
              {en.close}
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={submit}>
          <p>{en.report.body}</p>
          <fieldset className="field">
            <legend>{en.report.reason}</legend>
            {en.report.reasons.map((r) => (
              <label key={r} className="check">
                <input type="radio" name={`${id}-reason`} value={r} checked={reason === r} onChange={() => setReason(r)} /> {r}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-details`}>{en.report.details}</label>
            <textarea id={`${id}-details`} value={details} maxLength={400} rows={3} onChange={(e) => setDetails(e.target.value)} />
          </div>
          {action.error && (
            <p role="alert" className="error">
              {action.error}
            </p>
          )}
          <div className="row end">
            <button type="button" className="button" onClick={onClose}>
              {en.cancel}
            </button>
            <button type="submit" className="button primary" disabled={action.busy}>
              {en.report.submit}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  )
}
