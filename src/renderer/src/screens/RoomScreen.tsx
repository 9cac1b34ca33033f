import { useEffect, useMemo, useRef, useState } from 'react'
import type { Message } from '../../../shared/api/index.ts'
import { useQueryClient } from '@tanstack/react-query'
import { useClient } from '../client/context.tsx'
import { patchRoom } from '../data/events.ts'
import { useT } from '../i18n/useT.ts'
import type { Route } from '../hooks/useRoute.ts'
import { useMessages } from '../hooks/useMessages.ts'
import { useRoom } from '../hooks/useRoom.ts'
import { usePresence } from '../hooks/usePresence.ts'
import { RoomHeader } from '../components/RoomHeader.tsx'
import { MessageList } from '../components/MessageList.tsx'
import type { MessageActions } from '../components/MessageItem.tsx'
import { Composer } from '../components/Composer.tsx'
import { GuidelinesGate } from '../components/GuidelinesGate.tsx'
import { MemberPanel } from '../components/MemberPanel.tsx'
import { StandingNotice, restrictionFrom } from '../components/StandingNotice.tsx'
import { cleanName } from '../components/PeerText.tsx'
import { RoomModals } from './RoomModals.tsx'
import { RoomLifeBar } from '../components/RoomLifeBar.tsx'
import { keys } from '../data/keys.ts'
import type { Modal } from './RoomModals.tsx'

/**
 * One room: header, grouped messages, composer; the member panel beside them on wide windows.
 * Entering puts focus in the composer (or on the guidelines first, when they need accepting).
 */
export function RoomScreen({ roomId, go, onHelp }: { roomId: string; go: (r: Route) => void; onHelp: () => void }) {
  const t = useT()
  const client = useClient()
  const qc = useQueryClient()
  const room = useRoom(roomId)
  const presence = usePresence(roomId)
  const messages = useMessages(roomId)
  const [replyTo, setReplyTo] = useState<Message | null>(null)
  const [editing, setEditing] = useState<Message | null>(null)
  const [modal, setModal] = useState<Modal>(null)
  const [gateDismissed, setGateDismissed] = useState<number | null>(null)
  const [refused, setRefused] = useState<ReturnType<typeof restrictionFrom>>(null)
  const composerRef = useRef<HTMLTextAreaElement>(null)
  const titleRef = useRef<HTMLHeadingElement>(null)
  const name = cleanName(room.summary?.name) ?? t('app.name')
  const g = room.guidelines
  const gateOpen = modal?.kind === 'guidelines' || (modal === null && g !== null && g.version > 0 && !g.accepted && gateDismissed !== g.version)
  const ready = room.summary !== undefined && g !== null

  // where the next step is: the composer once the room is known (the gate takes focus itself)
  const focused = useRef(false)
  useEffect(() => {
    if (!ready || focused.current || gateOpen) return
    focused.current = true
    if (room.posting.writable) composerRef.current?.focus()
    else titleRef.current?.focus()
  }, [ready, gateOpen, room.posting.writable])
  const focusNext = (): void => {
    if (room.posting.writable) composerRef.current?.focus()
    else titleRef.current?.focus()
  }

  // mark read while the room is open
  const last = messages.items[messages.items.length - 1]?.id
  useEffect(() => {
    if (!last || document.hidden) return
    // patched here at once; the engine's room.changed after markRead confirms it everywhere
    const timer = setTimeout(
      () =>
        client.call('markRead', { roomId }).then(
          () => patchRoom(qc, roomId, { unread: 0 }),
          () => {}
        ),
      800
    )
    return () => clearTimeout(timer)
  }, [client, qc, roomId, last])

  const actions = useMemo<MessageActions>(
    () => ({
      onReply: (m) => {
        setEditing(null)
        setReplyTo(m)
      },
      onEdit: (m) => {
        setReplyTo(null)
        setEditing(m)
      },
      onDelete: (m) => setModal({ kind: 'delete', m }),
      onReport: (m) => setModal({ kind: 'report', m }),
      onHide: (m) => setModal({ kind: 'hide', m }),
      onUnhide: (m) => {
        client.call('unhideMessage', { roomId, messageId: m.id }).then(messages.refresh, () => {})
      },
      onReact: (m, kind) => {
        client.call('reactToMessage', { roomId, messageId: m.id, kind }).then(messages.refresh, () => {})
      },
      onPin: (m) => {
        client.call('pinMessage', { roomId, messageId: m.id }).then(
          () => qc.invalidateQueries({ queryKey: keys.room(roomId) }),
          () => {}
        )
      }
    }),
    [client, qc, roomId, messages.refresh]
  )

  const moderator = room.isModerator
  const menu = [
    { label: t('room.invite'), onSelect: () => setModal({ kind: 'invite' }) },
    { label: t('room.myName'), onSelect: () => setModal({ kind: 'name' }) },
    ...(g !== null ? [{ label: t('room.guidelines'), onSelect: () => setModal({ kind: 'guidelines' }) }] : []),
    { label: t('room.moderationLog'), onSelect: () => setModal({ kind: 'log' }) },
    { label: t('room.members'), onSelect: () => setModal({ kind: 'members' }) },
    { label: t('rooms.leave'), onSelect: () => setModal({ kind: 'leave' }) }
  ]
  const primary = moderator
    ? { label: t('room.moderate'), onClick: () => go({ name: 'moderate', roomId }) }
    : g !== null && g.version > 0
      ? { label: t('room.guidelines'), onClick: () => setModal({ kind: 'guidelines' }) }
      : null
  const panel = <MemberPanel roomId={roomId} members={room.members} myId={room.me?.memberId} myModeratorKey={room.me?.moderatorKey} presence={presence} />

  return (
    <div className="room-layout">
      <section className="room-col" aria-labelledby="room-title">
        <RoomHeader
          name={name}
          joining={room.summary?.state === 'joining' && !room.posting.blocked}
          presence={presence}
          primary={primary}
          menu={menu}
          onBack={() => go({ name: 'rooms' })}
          titleRef={titleRef}
        />
        <StandingNotice roomId={roomId} myId={room.me?.memberId} muted={room.posting.muted} blocked={room.posting.blocked} refused={refused} />
        {room.summary?.movedAway && (
          <section className="standing" role="status" aria-labelledby="moved-away-title">
            <h2 id="moved-away-title" className="standing-title">
              {t('standing.movedAwayTitle')}
            </h2>
            <p>{t('standing.movedAway')}</p>
          </section>
        )}
        <RoomLifeBar roomId={roomId} moderator={moderator} />
        <MessageList
          messages={messages}
          me={room.me?.memberId ?? null}
          moderator={moderator}
          actions={actions}
          authorOf={room.authorOf}
          emptyAction={undefined}
        />
        <Composer
          roomId={roomId}
          posting={room.posting}
          replyTo={replyTo}
          onCancelReply={() => setReplyTo(null)}
          editing={editing}
          onCancelEdit={() => setEditing(null)}
          onOpenHelp={onHelp}
          onReviewGuidelines={() => setModal({ kind: 'guidelines' })}
          // the post shows with the room.changed its own apply sends (useMessages): no extra read
          onSent={() => setRefused(null)}
          onRefused={(err) => setRefused(restrictionFrom(err))}
          textareaRef={composerRef}
        />
      </section>
      <aside className="member-panel" aria-labelledby="member-panel-title">
        <h2 id="member-panel-title" className="panel-title">
          {t('panel.title')}
        </h2>
        {panel}
      </aside>
      {gateOpen && g && (
        <GuidelinesGate
          roomId={roomId}
          guidelines={g}
          onAccepted={(v) => {
            room.acceptedLocally(v)
            setModal(null)
            requestAnimationFrame(focusNext)
          }}
          onClose={() => {
            setGateDismissed(g.version)
            setModal(null)
            requestAnimationFrame(focusNext)
          }}
        />
      )}
      <RoomModals
        roomId={roomId}
        roomName={room.summary?.name ?? ''}
        modal={modal}
        close={() => setModal(null)}
        refresh={messages.refresh}
        me={room.me}
        moderator={moderator}
        onOpenInvites={() => go({ name: 'moderate', roomId, tab: 'invites' })}
        panel={panel}
        onLeft={() => go({ name: 'rooms' })}
      />
    </div>
  )
}
