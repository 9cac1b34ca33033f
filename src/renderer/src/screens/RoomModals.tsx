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
}

/** The room's dialogs (the guidelines gate lives in RoomScreen: it opens by itself). */
export function RoomModals({ roomId, roomName, modal, close, refresh, me, moderator, onOpenInvites, panel, onLeft }: Props) {
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
      return (
        <ConfirmDialog
          title={t('mod.hideMessage')}
          confirmLabel={t('message.hide')}
          reasonLabel={t('mod.reason')}
          onConfirm={async (reason) => {
            await client.call('hideMessage', { roomId, messageId: modal.m.id, reason })
            refresh()
          }}
          onClose={close}
        />
      )
    case 'log':
      return (
        <Dialog title={t('room.moderationLog')} onClose={close} className="wide">
          <ModerationLogView roomId={roomId} />
        </Dialog>
      )
    case 'members':
      return (
        <Dialog title={t('panel.title')} onClose={close}>
          {panel}
        </Dialog>
      )
    case 'name':
      return <NameDialog roomId={roomId} current={me?.displayName ?? null} onClose={close} />
    case 'leave':
      return <LeaveRoomDialog room={{ roomId, name: roomName }} onClose={close} onLeft={onLeft} />
    default:
      return null
  }
}
