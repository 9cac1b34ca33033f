import type { ReactNode } from 'react'
import type { Message, Result } from '../../../shared/api/index.ts'
import { useClient } from '../client/context.tsx'
import { useT } from '../i18n/useT.ts'
import { ReportDialog } from '../components/ReportDialog.tsx'
import { ConfirmDialog } from '../components/ConfirmDialog.tsx'
import { Dialog } from '../components/Dialog.tsx'
import { NameDialog } from '../components/NameDialog.tsx'
import { ModerationLogView } from '../moderator/LogTab.tsx'
import { LeaveRoomDialog } from './LeaveRoomDialog.tsx'
import { InvitePeopleDialog } from '../invites/InvitePeopleDialog.tsx'
import { PostDialog } from '../components/PostDialog.tsx'
import { AskSupportDialog } from '../support/AskSupportDialog.tsx'
import { MyReportsDialog } from '../support/MyReportsDialog.tsx'
import { HideDialog } from '../support/HideDialog.tsx'
import { SearchDialog } from '../components/SearchDialog.tsx'

export type Modal =
  | { kind: 'report'; m: Message }
  | { kind: 'delete'; m: Message }
  | { kind: 'hide'; m: Message }
  | { kind: 'guidelines' }
  | { kind: 'log' }
  | { kind: 'members' }
  | { kind: 'leave' }
  | { kind: 'name' }
  | { kind: 'invite' }
  | { kind: 'post'; messageId: string }
  | { kind: 'ask' }
  | { kind: 'myReports' }
  | { kind: 'search' }
  | null

interface Props {
  roomId: string
  roomName: string
  modal: Modal
  close: () => void
  refresh: () => void
  me: Result<'whoami'> | undefined
  moderator: boolean
  onOpenInvites: () => void
  /** The member panel, shown in a dialog where the window is too narrow for it beside the room. */
  panel: ReactNode
  onLeft: () => void
  onReply: (m: Message) => void
  onHelp: () => void
  /** Moderators on duty now, or null when presence is unknown. */
  onDuty: number | null
  /** Moderators, in a room (not a private conversation): show a conversation they opened. */
  onOpenConversation?: (roomId: string) => void
  /** A private conversation: its dialogs speak of the conversation, not a room. */
  conversation: boolean
}

/** The room's dialogs (the guidelines gate lives in RoomScreen: it opens by itself). */
export function RoomModals(props: Props) {
  const { roomId, roomName, modal, close, refresh, me, moderator, onOpenInvites, panel, onLeft, onReply, conversation } = props
  const t = useT()
  const client = useClient()
  switch (modal?.kind) {
    case 'invite':
      return <InvitePeopleDialog roomId={roomId} moderator={moderator} onClose={close} onOpenConsole={onOpenInvites} />
    case 'report':
      return <ReportDialog roomId={roomId} message={modal.m} onClose={close} />
    case 'delete':
      return (
        <ConfirmDialog
          title={t('message.delete')}
          body={<p>{t('message.confirmDelete')}</p>}
          confirmLabel={t('message.delete')}
          danger
          onConfirm={async () => {
            await client.call('deleteMessage', { roomId, messageId: modal.m.id })
            refresh()
          }}
          onClose={close}
        />
      )
    case 'hide':
      return <HideDialog roomId={roomId} message={modal.m} refresh={refresh} onClose={close} onOpenConversation={props.onOpenConversation} />
    case 'ask':
      return <AskSupportDialog roomId={roomId} onDuty={props.onDuty} onHelp={props.onHelp} onClose={close} />
    case 'myReports':
      return <MyReportsDialog roomId={roomId} onClose={close} />
    case 'log':
      return (
        <Dialog title={t('room.moderationLog')} onClose={close} className="wide">
          <ModerationLogView roomId={roomId} />
        </Dialog>
      )
    case 'members':
      return (
        <Dialog title={t(conversation ? 'private.panelTitle' : 'panel.title')} onClose={close}>
          {panel}
        </Dialog>
      )
    case 'name':
      return <NameDialog roomId={roomId} current={me?.displayName ?? null} onClose={close} conversation={conversation} />
    case 'post':
      return <PostDialog roomId={roomId} messageId={modal.messageId} onClose={close} onReply={onReply} />
    case 'search':
      return <SearchDialog roomId={roomId} onClose={close} onReply={onReply} />
    case 'leave':
      return <LeaveRoomDialog room={{ roomId, name: roomName, kind: conversation ? 'private' : 'room' }} onClose={close} onLeft={onLeft} />
    default:
      return null
  }
}
