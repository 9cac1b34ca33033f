import { useState } from 'react'
import type { Result } from '../../../shared/api/index.ts'
import { nextOccurrence } from '../../../shared/sessions.ts'
import { useAction, useClient } from '../client/context.tsx'
import { useRefreshRoom, useRoomLife } from '../data/queries.ts'
import { useFormat, useT } from '../i18n/useT.ts'
import { Status } from '../components/Status.tsx'
import { PeerText, cleanText } from '../components/PeerText.tsx'
import { ConfirmDialog } from '../components/ConfirmDialog.tsx'
import { SessionForm } from './SessionForm.tsx'
import type { SessionDraft } from './SessionForm.tsx'
import type { TabProps } from './tab.ts'

type Session = Result<'getRoomLife'>['sessions'][number]

/** Scheduled sessions: each with its next time here and in its own zone; schedule, edit, cancel. */
export function SessionsTab({ roomId }: TabProps) {
  const t = useT()
  const fmt = useFormat()
  const client = useClient()
  const life = useRoomLife(roomId)
  const refresh = useRefreshRoom(roomId)
  const action = useAction()
  const [editing, setEditing] = useState<Session | null>(null)
  const [cancelling, setCancelling] = useState<Session | null>(null)
  const [ok, setOk] = useState<string | null>(null)
  // a new form (empty, or the session being edited) each time: the key remounts it
  const [formKey, setFormKey] = useState(0)
  const sessions = life.data?.sessions ?? []
  // the console is opened for a moment: the time it opened is "now" enough for the next occurrence
  const [now] = useState(Date.now)

  async function save(d: SessionDraft): Promise<void> {
    setOk(null)
    const r = await action.run(() => client.call('scheduleSession', { roomId, ...d }))
    if (!r) return
    setOk(d.sessionId ? t('mod.sessionSaved') : t('mod.sessionScheduled'))
    setEditing(null)
    setFormKey((k) => k + 1)
    void refresh()
  }
  const inZone = (s: Session, at: number) =>
    new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: s.zone ?? 'UTC' }).format(at)
  return (
    <div>
      <p>{t('mod.sessionsHelp')}</p>
      <Status loading={life.isPending} error={life.error} ok={ok} />
      {sessions.length === 0 && !life.isPending && <p className="muted">{t('mod.sessionsNone')}</p>}
      <ul className="mod-list">
        {sessions.map((s) => {
          const next = nextOccurrence(s, now)
          return (
            <li key={s.sessionId} className="mod-item session-item">
              <span>
                <PeerText className="session-title" text={s.title} />
                <span className="small muted">
                  {next === null ? t('mod.sessionOver') : t('mod.sessionNext', { here: fmt.dateTime(next), there: inZone(s, next), zone: s.zone ?? 'UTC' })}
                  {' · '}
                  {t(`life.repeat.${s.repeat}`)}
                </span>
              </span>
              <span className="row">
                <button
                  type="button"
                  className="button small"
                  onClick={() => {
                    setEditing(s)
                    setFormKey((k) => k + 1)
                  }}
                >
                  {t('mod.sessionEditButton', { title: cleanText(s.title) })}
                </button>
                <button type="button" className="button small danger" onClick={() => setCancelling(s)}>
                  {t('mod.sessionCancelButton', { title: cleanText(s.title) })}
                </button>
              </span>
            </li>
          )
        })}
      </ul>
      <SessionForm
        key={formKey}
        editing={editing}
        busy={action.busy}
        error={action.error}
        onSave={(d) => void save(d)}
        onCancel={() => {
          setEditing(null)
          setFormKey((k) => k + 1)
        }}
      />
      {cancelling && (
        <ConfirmDialog
          title={t('mod.sessionCancelTitle')}
          body={<p>{t('mod.sessionCancelBody', { title: cleanText(cancelling.title) })}</p>}
          confirmLabel={t('mod.sessionCancelConfirm')}
          danger
          onConfirm={async () => {
            await client.call('cancelSession', { roomId, sessionId: cancelling.sessionId })
            setOk(t('mod.sessionCancelled'))
            void refresh()
          }}
          onClose={() => setCancelling(null)}
        />
      )}
    </div>
  )
}
