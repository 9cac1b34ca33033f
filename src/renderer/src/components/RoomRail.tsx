import { useRooms } from '../data/queries.ts'
import { useT } from '../i18n/useT.ts'
import type { Route } from '../hooks/useRoute.ts'
import { cleanName } from './PeerText.tsx'

/** Wide windows: the person's rooms on the inline-start side, unread counts beside them. */
export function RoomRail({ current, go }: { current: string; go: (r: Route) => void }) {
  const t = useT()
  const rooms = useRooms().data?.rooms ?? []
  return (
    <nav className="rail" aria-label={t('rooms.railLabel')}>
      <h2 className="rail-title">{t('nav.yourRooms')}</h2>
      <ul>
        {rooms.map((r) => {
          const name = cleanName(r.name) ?? t('app.name')
          return (
            <li key={r.roomId}>
              <button
                type="button"
                className="rail-room"
                aria-current={r.roomId === current ? 'page' : undefined}
                onClick={() => go({ name: 'room', roomId: r.roomId })}
              >
                <span className={`dot ${r.peers > 0 ? 'on' : ''}`} aria-hidden="true" />
                <bdi dir="auto" className="rail-name">
                  {name}
                </bdi>
                {r.unread > 0 && (
                  <span className="badge">
                    <span aria-hidden="true">{r.unread > 99 ? '99+' : r.unread}</span>
                    <span className="visually-hidden">{t('rooms.unread', { count: r.unread })}</span>
                  </span>
                )}
              </button>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
