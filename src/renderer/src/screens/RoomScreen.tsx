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
import { UnansweredNudge } from '../components/UnansweredNudge.tsx'
import { keys } from '../data/keys.ts'
import type { Modal } from './RoomModals.tsx'
import { SupportBar } from '../support/SupportBar.tsx'
import { PrivateBar, otherPersonName } from '../support/PrivateBar.tsx'
import { useOpenPrivate } from '../support/useOpenPrivate.ts'
import { useSearchShortcut } from '../hooks/useSearchShortcut.ts'

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
  // a private conversation's genesis name is the engine's: the app words it in the person's language
  const isPrivate = room.summary?.kind === 'private'
  const ended = room.summary?.ended === true
  const name = isPrivate ? t('private.title') : (cleanName(room.summary?.name) ?? t('app.name'))
  const other = isPrivate ? otherPersonName(room.members, room.me?.memberId) : null
  const start = isPrivate
    ? { beginning: other ? t('private.beginning', { name: other }) : t('private.beginningSomeone'), emptyNext: t('private.emptyNext') }
    : undefined
  const openRoom = (id: string): void => go({ name: 'room', roomId: id })
  const talk = useOpenPrivate(roomId, openRoom)
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
  const openSearch = (): void => setModal({ kind: 'search' })
  useSearchShortcut(openSearch)

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
  // a private conversation has no invites, guidelines or log of its own: only its two people
  const menu = [
    ...(isPrivate ? [] : [{ label: t('room.invite'), onSelect: () => setModal({ kind: 'invite' }) }]),
    ...(isPrivate || moderator ? [] : [{ label: t('support.ask'), onSelect: () => setModal({ kind: 'ask' }) }]),
    { label: t('room.myName'), onSelect: () => setModal({ kind: 'name' }) },
    ...(g !== null && !isPrivate ? [{ label: t('room.guidelines'), onSelect: () => setModal({ kind: 'guidelines' }) }] : []),
    ...(isPrivate ? [] : [{ label: t('room.moderationLog'), onSelect: () => setModal({ kind: 'log' }) }]),
    ...(isPrivate ? [] : [{ label: t('myReports.menu'), onSelect: () => setModal({ kind: 'myReports' }) }]),
    { label: t(isPrivate ? 'private.peopleMenu' : 'room.members'), onSelect: () => setModal({ kind: 'members' }) },
    { label: t('rooms.leave'), onSelect: () => setModal({ kind: 'leave' }) }
  ]
  const primary = isPrivate
    ? null
    : moderator
      ? { label: t('room.moderate'), onClick: () => go({ name: 'moderate', roomId }) }
      : { label: t('support.ask'), onClick: () => setModal({ kind: 'ask' }) }
  const panel = (
    <MemberPanel
      roomId={roomId}
      members={room.members}
      myId={room.me?.memberId}
      myModeratorKey={room.me?.moderatorKey}
      presence={presence}
      messages={messages.items}
      talk={moderator && !isPrivate ? talk : undefined}
      conversation={isPrivate}
    />
  )

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
          conversation={isPrivate}
          onSearch={openSearch}
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
        {!isPrivate && <UnansweredNudge roomId={roomId} moderator={moderator} onOpen={(messageId) => setModal({ kind: 'post', messageId })} />}
        {isPrivate && room.summary ? (
          <PrivateBar summary={room.summary} members={room.members} myId={room.me?.memberId} onOpenRoom={openRoom} />
        ) : (
          <SupportBar
            roomId={roomId}
            moderator={moderator}
            onOpenInbox={() => go({ name: 'moderate', roomId, tab: 'support' })}
            onOpenConversation={openRoom}
            onHelp={onHelp}
          />
        )}
        <RoomLifeBar roomId={roomId} moderator={moderator} />
        <MessageList
          messages={messages}
          me={room.me?.memberId ?? null}
          moderator={moderator}
          actions={actions}
          authorOf={room.authorOf}
          emptyAction={undefined}
          start={start}
        />
        {!ended && (
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
            conversation={isPrivate}
          />
        )}
      </section>
      <aside className="member-panel" aria-labelledby="member-panel-title">
        <h2 id="member-panel-title" className="panel-title">
          {t(isPrivate ? 'private.panelTitle' : 'panel.title')}
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
        onReply={(m) => {
          actions.onReply(m)
          setModal(null)
          requestAnimationFrame(focusNext)
        }}
        onHelp={onHelp}
        onDuty={presence ? presence.moderatorsOnDuty : null}
        onOpenConversation={moderator && !isPrivate ? openRoom : undefined}
        conversation={isPrivate}
      />
    </div>
  )
}
