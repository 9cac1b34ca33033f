import { useEffect, useMemo, useState } from 'react'
import type { Message } from '../../../shared/api/index.ts'
import { en } from '../strings/en.ts'
import { useClient } from '../client/context.tsx'
import { hideMessage, supported, unhideMessage } from '../client/moderation.ts'
import type { Route } from '../hooks/useRoute.ts'
import { useMessages } from '../hooks/useMessages.ts'
import { useRoomInfo } from '../hooks/useRoomInfo.ts'
import { usePresence } from '../hooks/usePresence.ts'
import { PresenceBar } from '../components/PresenceBar.tsx'
import { MessageList } from '../components/MessageList.tsx'
import type { MessageActions } from '../components/MessageItem.tsx'
import { Composer } from '../components/Composer.tsx'
import { GuidelinesGate } from '../components/GuidelinesGate.tsx'
import { ReportDialog } from '../components/ReportDialog.tsx'
import { ConfirmDialog } from '../components/ConfirmDialog.tsx'
import { Dialog } from '../components/Dialog.tsx'
import { cleanName } from '../components/PeerText.tsx'
import { LeaveRoomDialog } from './RoomDialogs.tsx'
import { NameDialog } from '../components/NameDialog.tsx'
import { ModerationLogView } from '../moderator/LogTab.tsx'

type Modal =
  | { kind: 'report'; m: Message }
  | { kind: 'delete'; m: Message }
  | { kind: 'hide'; m: Message }
  | { kind: 'guidelines' }
  | { kind: 'log' }
  | { kind: 'leave' }
  | { kind: 'name' }
  | null

/** One room: header, virtualized messages, composer, guidelines gate, report and moderation dialogs. */
export function RoomScreen({ roomId, go, onHelp }: { roomId: string; go: (r: Route) => void; onHelp: () => void }) {
  const client = useClient()
  const info = useRoomInfo(roomId)
  const presence = usePresence(roomId)
  const online = presence?.online ?? info.peers
  const messages = useMessages(roomId)
  const [replyTo, setReplyTo] = useState<Message | null>(null)
  const [editing, setEditing] = useState<Message | null>(null)
  const [modal, setModal] = useState<Modal>(null)
  const [gateDismissed, setGateDismissed] = useState<number | null>(null)
  const moderator = Boolean(info.room?.isModerator)
  const name = cleanName(info.room?.name) ?? en.appName
  const g = info.guidelines

  // the gate opens by itself on joining and when a new version needs accepting
  const gateOpen = modal?.kind === 'guidelines' || (modal === null && g !== null && g.version > 0 && !g.accepted && gateDismissed !== g.version)

  // mark read while the room is open
  const count = messages.items.length
  const last = messages.items[count - 1]?.id
  useEffect(() => {
    if (!last || document.hidden) return
    const t = setTimeout(() => {
      client.call('markRead', { roomId }).catch(() => {})
    }, 800)
    return () => clearTimeout(t)
  }, [client, roomId, last])

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
      onReport: supported('reportMessage') ? (m) => setModal({ kind: 'report', m }) : undefined,
      onHide: supported('hideMessage') ? (m) => setModal({ kind: 'hide', m }) : undefined,
      onUnhide: supported('unhideMessage')
        ? (m) => {
            unhideMessage(client, roomId, m.id).then(messages.refresh, () => {})
          }
        : undefined
    }),
    [client, roomId, messages.refresh]
  )

  return (
    <div className="room-screen">
      <div className="room-head">
        <div>
          <h1 className="room-title">
            <bdi dir="auto">{name}</bdi>
          </h1>
          <p className="small muted room-status" role="status">
            <span className={`dot ${online > 0 ? 'on' : ''}`} aria-hidden="true" />
            {info.room?.state === 'joining' ? en.room.joining : en.presence.online(online)}
          </p>
          <PresenceBar presence={presence} />
        </div>
        <div className="row wrap">
          <button type="button" className="button small" onClick={() => setModal({ kind: 'name' })}>
            {en.room.myName}
          </button>
          {g !== null && (
            <button type="button" className="button small" onClick={() => setModal({ kind: 'guidelines' })}>
              {en.room.guidelines}
            </button>
          )}
          {supported('getModerationLog') && (
            <button type="button" className="button small" onClick={() => setModal({ kind: 'log' })}>
              {en.room.moderationLog}
            </button>
          )}
          {moderator && (
            <button type="button" className="button small" onClick={() => go({ name: 'moderate', roomId })}>
              {en.room.moderate}
            </button>
          )}
          <button type="button" className="button small" onClick={() => setModal({ kind: 'leave' })}>
            {en.rooms.leave}
          </button>
        </div>
      </div>
      {info.error && (
        <p role="alert" className="error">
          {info.error}
        </p>
      )}
      <MessageList messages={messages} me={info.me?.memberId ?? null} moderator={moderator} actions={actions} />
      <Composer
        roomId={roomId}
        posting={info.posting}
        replyTo={replyTo}
        onCancelReply={() => setReplyTo(null)}
        editing={editing}
        onCancelEdit={() => setEditing(null)}
        onOpenHelp={onHelp}
        onReviewGuidelines={() => setModal({ kind: 'guidelines' })}
        onSent={messages.refresh}
      />

      {gateOpen && g && (
        <GuidelinesGate
          roomId={roomId}
          guidelines={g}
          updated={g.updated}
          onAccepted={(v) => {
            info.acceptedLocally(v)
            setModal(null)
          }}
          onClose={() => {
            setGateDismissed(g.version)
            setModal(null)
          }}
        />
      )}
      {modal?.kind === 'report' && <ReportDialog roomId={roomId} message={modal.m} onClose={() => setModal(null)} />}
      {modal?.kind === 'delete' && (
        <ConfirmDialog
          title={en.message.delete}
          body={<p>{en.message.confirmDelete}</p>}
          confirmLabel={en.message.delete}
          danger
          onConfirm={async () => {
            await client.call('deleteMessage', { roomId, messageId: modal.m.id })
            messages.refresh()
          }}
          onClose={() => setModal(null)}
        />
      )}
      {modal?.kind === 'hide' && (
        <ConfirmDialog
          title={en.mod.hideMessage}
          confirmLabel={en.message.hide}
          reasonLabel={en.mod.reason}
          onConfirm={async (reason) => {
            await hideMessage(client, roomId, modal.m.id, reason)
            messages.refresh()
          }}
          onClose={() => setModal(null)}
        />
      )}
      {modal?.kind === 'log' && (
        <Dialog title={en.room.moderationLog} onClose={() => setModal(null)} className="wide">
          <ModerationLogView roomId={roomId} />
        </Dialog>
      )}
      {modal?.kind === 'name' && <NameDialog roomId={roomId} current={info.me?.displayName ?? null} onClose={() => setModal(null)} onSaved={info.reloadMe} />}
      {modal?.kind === 'leave' && (
        <LeaveRoomDialog room={{ roomId, name: info.room?.name ?? '' }} onClose={() => setModal(null)} onLeft={() => go({ name: 'rooms' })} />
      )}
    </div>
  )
}
