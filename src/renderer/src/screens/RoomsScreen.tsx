import { useEffect, useRef, useState } from 'react'
import type { RoomSummary } from '../../../shared/api/index.ts'
import { useT } from '../i18n/useT.ts'
import { useRooms } from '../data/queries.ts'
import type { Route } from '../hooks/useRoute.ts'
import { cleanName } from '../components/PeerText.tsx'
import { Status } from '../components/Status.tsx'
import { CreateRoomDialog } from './CreateRoomDialog.tsx'
import { JoinRoomDialog } from './JoinRoomDialog.tsx'
import { LeaveRoomDialog } from './LeaveRoomDialog.tsx'
import { fromRoomLabel } from '../support/PrivateBar.tsx'
import { MyKnocks } from '../directory/MyKnocks.tsx'

function RoomCard({ room, rooms, onOpen, onLeave }: { room: RoomSummary; rooms: RoomSummary[]; onOpen: () => void; onLeave: () => void }) {
  const t = useT()
  // a private conversation's genesis name is the engine's; the app words it in the person's language
  const isPrivate = room.kind === 'private'
  const name = isPrivate ? t('rooms.private') : (cleanName(room.name) ?? t('app.name'))
  return (
    <li className="room-card">
      <div className="room-card-main">
        <h2 className="room-card-title">
          <button type="button" className="link-button room-open" onClick={onOpen} aria-label={t('rooms.open', { name })}>
            <bdi dir="auto">{name}</bdi>
          </button>
        </h2>
        <p className="room-card-meta small">
          <span className={`dot ${room.peers > 0 ? 'on' : ''}`} aria-hidden="true" />
          {room.state === 'joining' ? t(isPrivate ? 'private.listJoining' : 'rooms.joining') : t('rooms.peers', { count: room.peers })}
          {isPrivate ? (
            <span className="tag">{t('rooms.privateTag')}</span>
          ) : room.isOwner ? (
            <span className="tag">{t('rooms.owner')}</span>
          ) : room.isModerator ? (
            <span className="tag">{t('rooms.moderator')}</span>
          ) : null}
          {room.ended && <span className="tag">{t('rooms.ended')}</span>}
        </p>
        {isPrivate && <p className="small muted">{fromRoomLabel(t, room, rooms)}</p>}
      </div>
      {room.unread > 0 && (
        <span className="badge" aria-label={t('rooms.unread', { count: room.unread })}>
          {room.unread > 999 ? '999+' : room.unread}
        </span>
      )}
      <button type="button" className="ghost small" onClick={onLeave} aria-label={t('rooms.leaveNamed', { name })}>
        {t('rooms.leave')}
      </button>
    </li>
  )
}

/**
 * The rooms on this device: unread counts, connection state, create, join, leave. Focus starts on
 * the next step: the first room, or "Join with an invite" when there is none.
 */
export function RoomsScreen({ go, joinInvite }: { go: (r: Route) => void; joinInvite?: string }) {
  const t = useT()
  const rooms = useRooms()
  const [dialog, setDialog] = useState<'create' | 'join' | null>(joinInvite ? 'join' : null)
  const [leaving, setLeaving] = useState<RoomSummary | null>(null)
  const list = rooms.data?.rooms ?? []
  const firstStep = useRef<HTMLDivElement>(null)
  const loaded = rooms.data !== undefined
  useEffect(() => {
    if (joinInvite) setDialog('join')
  }, [joinInvite])
  useEffect(() => {
    if (!loaded || dialog || document.querySelector('[role="dialog"]')) return
    firstStep.current?.querySelector<HTMLElement>('.room-open, .join-first')?.focus()
    // once, when the list first arrives
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded])

  const actions = (
    <div className="row wrap">
      <button type="button" className="button primary join-first" onClick={() => setDialog('join')}>
        {t('rooms.join')}
      </button>
      <button type="button" className="button" onClick={() => setDialog('create')}>
        {t('rooms.create')}
      </button>
      <button type="button" className="button" onClick={() => go({ name: 'directory' })}>
        {t('directory.find')}
      </button>
    </div>
  )
  return (
    <div className="rooms-screen narrow" ref={firstStep}>
      <div className="screen-head">
        <h1>{t('rooms.title')}</h1>
        {list.length > 0 && actions}
      </div>
      <Status error={rooms.error} loading={rooms.isPending} />
      {rooms.error && (
        <button type="button" className="button small" onClick={() => void rooms.refetch()}>
          {t('common.retry')}
        </button>
      )}
      {loaded && list.length === 0 && (
        <div className="empty">
          <p>
            <strong>{t('rooms.empty')}</strong>
          </p>
          <p>{t('rooms.emptyNext')}</p>
          <p>{t('directory.emptyOffer')}</p>
          {actions}
        </div>
      )}
      {list.length > 0 && (
        <ul className="room-list">
          {list.map((r) => (
            <RoomCard key={r.roomId} room={r} rooms={list} onOpen={() => go({ name: 'room', roomId: r.roomId })} onLeave={() => setLeaving(r)} />
          ))}
        </ul>
      )}
      <MyKnocks go={go} />
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
      {leaving && <LeaveRoomDialog room={leaving} onClose={() => setLeaving(null)} onLeft={() => setLeaving(null)} />}
    </div>
  )
}
