import { useEffect, useState } from 'react'
import type { RoomSummary } from '../../../shared/api/index.ts'
import { en } from '../strings/en.ts'
import { useClient, useEvent, useLoad, useReconnect } from '../client/context.tsx'
import type { Route } from '../hooks/useRoute.ts'
import { cleanName } from '../components/PeerText.tsx'
import { CreateRoomDialog, JoinRoomDialog, LeaveRoomDialog } from './RoomDialogs.tsx'

function RoomCard({ room, onOpen, onLeave }: { room: RoomSummary; onOpen: () => void; onLeave: () => void }) {
  const name = cleanName(room.name) ?? en.appName
  return (
    <li className="room-card">
      <div className="room-card-main">
        <h2 className="room-card-title">
          <button type="button" className="link-button room-open" onClick={onOpen} aria-label={en.rooms.open(name)}>
            <bdi dir="auto">{name}</bdi>
          </button>
        </h2>
        <p className="room-card-meta small">
          <span className={`dot ${room.peers > 0 ? 'on' : ''}`} aria-hidden="true" />
          {room.state === 'joining' ? en.rooms.joining : en.rooms.peers(room.peers)}
          {room.isOwner ? <span className="tag">{en.rooms.owner}</span> : room.isModerator ? <span className="tag">{en.rooms.moderator}</span> : null}
        </p>
      </div>
      {room.unread > 0 && (
        <span className="badge" aria-label={en.rooms.unread(room.unread)}>
          {room.unread > 999 ? '999+' : room.unread}
        </span>
      )}
      <button type="button" className="ghost small" onClick={onLeave} aria-label={en.rooms.leaveNamed(name)}>
        {en.rooms.leave}
      </button>
    </li>
  )
}

/** The rooms on this device: unread counts, connection state, create, join, leave. */
export function RoomsScreen({ go, joinInvite }: { go: (r: Route) => void; joinInvite?: string }) {
  const client = useClient()
  const rooms = useLoad(() => client.call('listRooms', {}), [client])
  const [dialog, setDialog] = useState<'create' | 'join' | null>(joinInvite ? 'join' : null)
  const [leaving, setLeaving] = useState<RoomSummary | null>(null)
  useEvent('rooms.changed', rooms.reload)
  useEvent('room.changed', rooms.reload)
  useEvent('room.peers', rooms.reload)
  useReconnect(rooms.reload)
  useEffect(() => {
    if (joinInvite) setDialog('join')
  }, [joinInvite])
  const list = rooms.value?.rooms ?? []

  return (
    <div className="rooms-screen narrow">
      <div className="screen-head">
        <h1>{en.rooms.title}</h1>
        <div className="row">
          <button type="button" className="button primary" onClick={() => setDialog('create')}>
            {en.rooms.create}
          </button>
          <button type="button" className="button" onClick={() => setDialog('join')}>
            {en.rooms.join}
          </button>
        </div>
      </div>
      {rooms.error && (
        <p role="alert" className="error">
          {rooms.error}{' '}
          <button type="button" className="link-button" onClick={rooms.reload}>
            {en.retry}
          </button>
        </p>
      )}
      {rooms.loading && !rooms.value && <p>{en.loading}</p>}
      {rooms.value && list.length === 0 && <p className="empty">{en.rooms.empty}</p>}
      {list.length > 0 && (
        <ul className="room-list">
          {list.map((r) => (
            <RoomCard key={r.roomId} room={r} onOpen={() => go({ name: 'room', roomId: r.roomId })} onLeave={() => setLeaving(r)} />
          ))}
        </ul>
      )}
      {dialog === 'create' && <CreateRoomDialog onClose={() => setDialog(null)} onOpen={(roomId) => go({ name: 'room', roomId })} />}
      {dialog === 'join' && (
        <JoinRoomDialog
          initialInvite={joinInvite}
          onClose={() => {
            setDialog(null)
            if (joinInvite) go({ name: 'rooms' })
          }}
          onJoined={(roomId) => go({ name: 'room', roomId })}
        />
      )}
      {leaving && (
        <LeaveRoomDialog
          room={leaving}
          onClose={() => setLeaving(null)}
          onLeft={() => {
            setLeaving(null)
            rooms.reload()
          }}
        />
      )}
    </div>
  )
}
