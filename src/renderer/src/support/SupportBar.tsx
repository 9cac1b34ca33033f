import type { Result } from '../../../shared/api/index.ts'
import { useRooms, useSupportRequests } from '../data/queries.ts'
import { useT } from '../i18n/useT.ts'
import { NoticeBar } from './NoticeBar.tsx'

type Request = Result<'listSupportRequests'>['requests'][number]

interface Props {
  roomId: string
  moderator: boolean
  onOpenInbox: () => void
  onOpenConversation: (roomId: string) => void
  onHelp: () => void
}

/**
 * Under a room's header. A moderator sees how many people wait for someone to talk to (and the way
 * to the inbox); a member sees where their own latest request stands, until its conversation ends.
 */
export function SupportBar({ roomId, moderator, onOpenInbox, onOpenConversation, onHelp }: Props) {
  const t = useT()
  const requests = useSupportRequests(roomId).data?.requests ?? []
  const rooms = useRooms().data?.rooms ?? []
  if (moderator) {
    const waiting = requests.filter((r) => r.acceptedBy === null).length
    if (waiting === 0) return null
    return (
      <section className="support-bar mod" aria-labelledby="support-waiting">
        <p id="support-waiting" className="support-bar-title">
          <span className="badge" aria-hidden="true">
            {waiting}
          </span>{' '}
          {t('support.waitingCount', { count: waiting })}
        </p>
        <button type="button" className="button small primary" onClick={onOpenInbox}>
          {t('support.openInbox')}
        </button>
      </section>
    )
  }
  const latest: Request | undefined = requests[requests.length - 1]
  if (!latest) return null
  const conversation = latest.conversationRoomId ? rooms.find((r) => r.roomId === latest.conversationRoomId) : undefined
  // a finished conversation closes the request's story: nothing more to show here
  if (conversation?.ended) return null
  const waiting = latest.acceptedBy === null
  const action = waiting ? (
    <button type="button" className="button small" onClick={onHelp}>
      {t('support.getHelp')}
    </button>
  ) : (
    conversation && (
      <button type="button" className="button small primary" onClick={() => onOpenConversation(conversation.roomId)}>
        {t('support.open')}
      </button>
    )
  )
  return (
    <NoticeBar
      id="support-state"
      className={waiting ? 'support-bar' : 'support-bar ready'}
      title={waiting ? t('support.waitingTitle') : t('support.acceptedTitle')}
      action={action}
    >
      {waiting ? (
        <>
          <p>{t('support.waiting')}</p>
          <p className="small">{t('support.inDanger')}</p>
        </>
      ) : (
        <p>{conversation ? t('support.accepted') : t('support.arriving')}</p>
      )}
    </NoticeBar>
  )
}
