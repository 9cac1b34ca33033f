import type { RoomSummary } from '../../../shared/api/index.ts'
import { useRooms } from '../data/queries.ts'
import { useT } from '../i18n/useT.ts'
import type { Route } from '../hooks/useRoute.ts'
import { fromRoomLabel } from '../support/PrivateBar.tsx'
import { cleanName } from './PeerText.tsx'

interface Props {
  current: string
  go: (r: Route) => void
}

function RailRoom({ room: r, current, go, sub }: Props & { room: RoomSummary; sub?: string }) {
  const t = useT()
  const name = r.kind === 'private' ? t('private.title') : (cleanName(r.name) ?? t('app.name'))
  return (
    <li>
      <button
        type="button"
        className="rail-room"
        aria-current={r.roomId === current ? 'page' : undefined}
        onClick={() => go({ name: 'room', roomId: r.roomId })}
      >
        <span className={`dot ${r.peers > 0 ? 'on' : ''}`} aria-hidden="true" />
        <span className="rail-name">
          <bdi dir="auto">{name}</bdi>
          {sub && <span className="rail-sub small">{sub}</span>}
        </span>
        {r.ended && <span className="tag">{t('rooms.ended')}</span>}
        {r.unread > 0 && (
          <span className="badge">
            <span aria-hidden="true">{r.unread > 99 ? '99+' : r.unread}</span>
            <span className="visually-hidden">{t('rooms.unread', { count: r.unread })}</span>
          </span>
        )}
      </button>
    </li>
  )
}

/** Wide windows: the person's rooms on the inline-start side, then their private conversations, unread counts beside them. */
export function RoomRail({ current, go }: Props) {
  const t = useT()
  const rooms = useRooms().data?.rooms ?? []
  const open = rooms.filter((r) => r.kind !== 'private')
  const conversations = rooms.filter((r) => r.kind === 'private')
  return (
    <nav className="rail" aria-label={t('rooms.railLabel')}>
      <h2 className="rail-title">{t('nav.yourRooms')}</h2>
      <ul>
        {open.map((r) => (
          <RailRoom key={r.roomId} room={r} current={current} go={go} />
        ))}
      </ul>
      {conversations.length > 0 && (
        <>
          <h2 className="rail-title">{t('private.railTitle')}</h2>
          <ul className="rail-private">
            {conversations.map((r) => (
              <RailRoom key={r.roomId} room={r} current={current} go={go} sub={fromRoomLabel(t, r, rooms)} />
            ))}
          </ul>
        </>
      )}
    </nav>
  )
}
