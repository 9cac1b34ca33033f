import { useId, useState } from 'react'
import type { Message } from '../../../shared/api/index.ts'
import { useAction, useClient } from '../client/context.tsx'
import { useT } from '../i18n/useT.ts'
import type { MessageId } from '../i18n/catalog.ts'
import { Dialog } from './Dialog.tsx'
import { Status } from './Status.tsx'
import { FormButtons } from './FormButtons.tsx'
import { SentView } from './SentView.tsx'

const REASONS: MessageId[] = ['report.reason.harassment', 'report.reason.selfHarm', 'report.reason.spam', 'report.reason.privacy', 'report.reason.other']

/** Report a post to the room's moderators (the engine seals it to their keys). */
export function ReportDialog({ roomId, message, onClose }: { roomId: string; message: Message; onClose: () => void }) {
  const t = useT()
  const client = useClient()
  const id = useId()
  const [reason, setReason] = useState<MessageId>(REASONS[0])
  const [details, setDetails] = useState('')
  const [sent, setSent] = useState(false)
  const action = useAction()
  async function submit(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    // the reporter's own words, in their language: the moderators read them as written
    const label = t(reason)
    const full = details.trim() ? `${label}: ${details.trim()}` : label
    const r = await action.run(() => client.call('reportMessage', { roomId, messageId: message.id, reason: full.slice(0, 1000) }))
    if (r !== undefined) setSent(true)
  }
  return (
    <Dialog title={t('report.title')} onClose={onClose}>
      {sent ? (
        <SentView text={t('report.sent')} onClose={onClose} />
      ) : (
        <form onSubmit={submit}>
          <p>{t('report.body')}</p>
          <fieldset className="field">
            <legend>{t('report.reason')}</legend>
            {REASONS.map((r, i) => (
              <label key={r} className="check">
                <input
                  type="radio"
                  name={`${id}-reason`}
                  value={r}
                  checked={reason === r}
                  onChange={() => setReason(r)}
                  {...(i === 0 ? { 'data-autofocus': true } : {})}
                />{' '}
                {t(r)}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-details`}>{t('report.details')}</label>
            <textarea id={`${id}-details`} value={details} maxLength={400} rows={3} onChange={(e) => setDetails(e.target.value)} />
          </div>
          <Status error={action.error} />
          <FormButtons onCancel={onClose} submit={t('report.submit')} busy={action.busy} />
        </form>
      )}
    </Dialog>
  )
}
