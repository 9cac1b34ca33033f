import type { Result } from '../../../shared/api/index.ts'
import { useAction, useClient } from '../client/context.tsx'
import { useJoinRequests, useRefreshRoom } from '../data/queries.ts'
import { useFormat, useT } from '../i18n/useT.ts'
import { cleanName } from '../components/PeerText.tsx'
import { PeerNote } from '../components/PeerNote.tsx'
import { Status } from '../components/Status.tsx'

type Knock = Result<'listJoinRequests'>['requests'][number]

function KnockItem({ roomId, knock: k }: { roomId: string; knock: Knock }) {
  const t = useT()
  const fmt = useFormat()
  const client = useClient()
  const refresh = useRefreshRoom(roomId)
  const action = useAction()
  const name = cleanName(k.displayName) ?? t('knocks.someone')
  const answer = (approve: boolean): void => {
    void action.run(async () => {
      await client.call('answerJoinRequest', { roomId, requestId: k.requestId, approve })
      await refresh()
      return true
    })
  }
  return (
    <li className={`mod-item knock${k.state === 'pending' ? '' : ' resolved'}`} data-knock-id={k.requestId}>
      <div className="grow">
        <p>
          <strong>
            <bdi dir="auto">{name}</bdi>
          </strong>
          {k.state !== 'pending' && <span className="tag">{t(`knocks.${k.state}`)}</span>}
        </p>
        <PeerNote note={k.note} label={t('knocks.note')} none={t('knocks.noNote')} />
        <p className="small muted">{t('knocks.asked', { time: fmt.dateTime(k.time) })}</p>
        <Status error={action.error} />
      </div>
      {k.state === 'pending' && (
        <div className="row wrap">
          <button type="button" className="button small primary" disabled={action.busy} onClick={() => answer(true)}>
            {t('knocks.approve', { name })}
          </button>
          <button type="button" className="button small" disabled={action.busy} onClick={() => answer(false)}>
            {t('knocks.decline', { name })}
          </button>
        </div>
      )}
    </li>
  )
}

/** The room's knocks (moderators): those waiting first, each approved or declined once. */
export function JoinRequestsInbox({ roomId }: { roomId: string }) {
  const t = useT()
  const knocks = useJoinRequests(roomId)
  const list = knocks.data?.requests ?? []
  const waiting = list.filter((k) => k.state === 'pending')
  const answered = list.filter((k) => k.state !== 'pending').reverse()
  const unreadable = knocks.data?.unreadable ?? 0
  return (
    <div>
      <Status loading={knocks.isPending} error={knocks.error} />
      {knocks.data && waiting.length === 0 && <p>{t('knocks.empty')}</p>}
      {unreadable > 0 && <p className="notice small">{t('knocks.unreadable', { count: unreadable })}</p>}
      <ul className="mod-list">
        {[...waiting, ...answered].map((k) => (
          <KnockItem key={k.requestId} roomId={roomId} knock={k} />
        ))}
      </ul>
    </div>
  )
}
