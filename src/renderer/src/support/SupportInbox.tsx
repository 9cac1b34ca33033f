import type { Result } from '../../../shared/api/index.ts'
import { useAction, useClient } from '../client/context.tsx'
import { useRefreshRoom, useSupportRequests } from '../data/queries.ts'
import { useFormat, useT } from '../i18n/useT.ts'
import { PeerName, cleanName } from '../components/PeerText.tsx'
import { PeerNote } from '../components/PeerNote.tsx'
import { Status } from '../components/Status.tsx'

type Request = Result<'listSupportRequests'>['requests'][number]

interface Props {
  roomId: string
  onOpenConversation: (roomId: string) => void
}

function RequestItem({ roomId, request: r, onOpenConversation }: { request: Request } & Props) {
  const t = useT()
  const fmt = useFormat()
  const client = useClient()
  const refresh = useRefreshRoom(roomId)
  const action = useAction()
  const name = cleanName(r.requesterName) ?? t('room.anonymous')
  async function accept(): Promise<void> {
    const opened = await action.run(() => client.call('acceptSupportRequest', { roomId, requestId: r.requestId }))
    void refresh()
    if (opened) onOpenConversation(opened.roomId)
  }
  return (
    <li className={`mod-item support-request${r.acceptedBy ? ' resolved' : ''}`} data-request-id={r.requestId}>
      <div className="grow">
        <p>
          <PeerName name={r.requesterName} memberId={r.requester} />
          {r.acceptedBy === null && <span className="tag warn">{t('inbox.waiting')}</span>}
        </p>
        <PeerNote note={r.note} label={t('inbox.note')} none={t('inbox.noNote')} />
        <p className="small muted">
          {t('inbox.asked', { time: fmt.dateTime(r.time) })}
          {r.acceptedBy !== null && <span className="tag">{r.conversationRoomId ? t('inbox.acceptedByYou') : t('inbox.acceptedByOther')}</span>}
        </p>
        <Status error={action.error} />
      </div>
      {r.acceptedBy === null ? (
        <button type="button" className="button small primary" disabled={action.busy} onClick={() => void accept()}>
          {t('inbox.accept', { name })}
        </button>
      ) : (
        r.conversationRoomId && (
          <button type="button" className="button small" onClick={() => onOpenConversation(r.conversationRoomId!)}>
            {t('inbox.openConversation')}
          </button>
        )
      )}
    </li>
  )
}

/** The moderator's inbox of people asking for someone to talk to: those waiting first, oldest first. */
export function SupportInbox({ roomId, onOpenConversation }: Props) {
  const t = useT()
  const requests = useSupportRequests(roomId)
  const list = requests.data?.requests ?? []
  const waiting = list.filter((r) => r.acceptedBy === null)
  const taken = list.filter((r) => r.acceptedBy !== null).reverse()
  const unreadable = requests.data?.unreadable ?? 0
  return (
    <div>
      <Status loading={requests.isPending} error={requests.error} />
      {requests.data && waiting.length === 0 && <p>{t('inbox.empty')}</p>}
      {unreadable > 0 && <p className="notice small">{t('inbox.unreadable', { count: unreadable })}</p>}
      <ul className="mod-list">
        {[...waiting, ...taken].map((r) => (
          <RequestItem key={r.requestId} roomId={roomId} request={r} onOpenConversation={onOpenConversation} />
        ))}
      </ul>
    </div>
  )
}
