import { useState } from 'react'
import { useClient } from '../client/context.tsx'
import { useMessageById, useRefreshRoom, useRoomLife } from '../data/queries.ts'
import { useT } from '../i18n/useT.ts'
import { PeerText, cleanName } from './PeerText.tsx'
import { roomVersions } from '../state/roomVersions.ts'
import { SessionList } from './SessionList.tsx'
import { Status } from './Status.tsx'

/** The welcome version this device has shown for each room (each newcomer sees a welcome once). */
const welcomeSeen = roomVersions('hearth.welcomeSeen.v1')

/** Above the messages: the room's welcome (until dismissed, once per version) and its pinned messages. */
export function RoomLifeBar({ roomId, moderator }: { roomId: string; moderator: boolean }) {
  const t = useT()
  const life = useRoomLife(roomId).data
  const [seen, setSeen] = useState(() => welcomeSeen.get(roomId))
  const welcome = life?.welcome && life.welcome.version > seen ? life.welcome : null
  const pins = life?.pins ?? []
  const sessions = life?.sessions ?? []
  if (!welcome && !pins.length && !sessions.length) return null
  return (
    <div className="room-life">
      {welcome && (
        <section className="welcome" aria-labelledby="welcome-title">
          <h2 id="welcome-title">{t('life.welcomeTitle')}</h2>
          <PeerText text={welcome.text} />
          <button
            type="button"
            onClick={() => {
              welcomeSeen.set(roomId, welcome.version)
              setSeen(welcome.version)
            }}
          >
            {t('life.welcomeDismiss')}
          </button>
        </section>
      )}
      <SessionList sessions={sessions} />
      {pins.length > 0 && (
        <section className="pinned" aria-labelledby="pinned-title">
          <h2 id="pinned-title">{t('life.pinnedTitle')}</h2>
          <ul>
            {pins.map((p) => (
              <Pinned key={p.messageId} roomId={roomId} messageId={p.messageId} note={p.note} moderator={moderator} />
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}

function Pinned({ roomId, messageId, note, moderator }: { roomId: string; messageId: string; note: string | null; moderator: boolean }) {
  const t = useT()
  const client = useClient()
  const refresh = useRefreshRoom(roomId)
  const m = useMessageById(roomId, messageId).data?.message
  // a failed unpin (the key gone, the room unreachable) is said under the pin, not swallowed
  const [error, setError] = useState<unknown>(null)
  const unpin = () => {
    setError(null)
    client.call('unpinMessage', { roomId, messageId }).then(refresh, setError)
  }
  const readable = m && !m.hidden && !m.deleted && m.text
  return (
    <li className="pin">
      {readable ? (
        <div className="pin-body">
          <strong>{cleanName(m.authorName) ?? t('room.anonymous')}</strong>
          <PeerText text={m.text!} />
        </div>
      ) : (
        <p className="muted">{t('life.pinnedUnavailable')}</p>
      )}
      {note && <PeerText className="pin-note" text={note} />}
      {moderator && (
        <>
          <button type="button" className="link-button" onClick={unpin}>
            {t('life.unpin')}
          </button>
          <Status error={error} />
        </>
      )}
    </li>
  )
}
