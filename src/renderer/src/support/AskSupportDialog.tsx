import { useId, useState } from 'react'
import { useAction, useClient } from '../client/context.tsx'
import { useRefreshRoom } from '../data/queries.ts'
import { useT } from '../i18n/useT.ts'
import { Dialog } from '../components/Dialog.tsx'
import { FormButtons } from '../components/FormButtons.tsx'
import { Status } from '../components/Status.tsx'
import { SentView } from '../components/SentView.tsx'

interface Props {
  roomId: string
  /** Moderators on duty now (presence), or null when presence is unknown. */
  onDuty: number | null
  onHelp: () => void
  onClose: () => void
}

/**
 * "Talk to someone now": tells the room's moderators, with an optional note sealed to them. Says
 * plainly when nobody is on duty, and keeps "Get help now" one step away either way.
 */
export function AskSupportDialog({ roomId, onDuty, onHelp, onClose }: Props) {
  const t = useT()
  const id = useId()
  const client = useClient()
  const refresh = useRefreshRoom(roomId)
  const action = useAction()
  const [note, setNote] = useState('')
  const [sent, setSent] = useState(false)

  async function submit(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    const text = note.trim()
    const r = await action.run(() => client.call('requestSupport', { roomId, ...(text ? { note: text } : {}) }))
    if (r === undefined) return
    setSent(true)
    void refresh()
  }
  const helpButton = (
    <button
      type="button"
      className="button"
      onClick={() => {
        onClose()
        onHelp()
      }}
    >
      {t('support.getHelp')}
    </button>
  )
  return (
    <Dialog title={t('support.askTitle')} onClose={onClose}>
      {sent ? (
        <SentView text={t('support.sent')} onClose={onClose} also={helpButton}>
          <p className="small">{t('support.inDanger')}</p>
        </SentView>
      ) : (
        <form onSubmit={submit}>
          <p>{t('support.askBody')}</p>
          {onDuty !== null && (
            <p className={onDuty === 0 ? 'notice small' : 'small'}>{onDuty === 0 ? t('support.noneOnDuty') : t('support.onDuty', { count: onDuty })}</p>
          )}
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('support.askNote')}</label>
            <textarea
              id={`${id}-note`}
              value={note}
              maxLength={500}
              rows={3}
              aria-describedby={`${id}-hint`}
              onChange={(e) => setNote(e.target.value)}
              data-autofocus
            />
            <p id={`${id}-hint`} className="small muted">
              {t('support.askNoteHint')}
            </p>
          </div>
          <Status error={action.error} />
          <div className="row wrap space-between">
            {helpButton}
            <FormButtons onCancel={onClose} submit={t('support.askSubmit')} busy={action.busy} />
          </div>
        </form>
      )}
    </Dialog>
  )
}
