import { useId, useState } from 'react'
import type { Message } from '../../../shared/api/index.ts'
import { useClient } from '../client/context.tsx'
import { useT } from '../i18n/useT.ts'
import { ConfirmDialog } from '../components/ConfirmDialog.tsx'

interface Props {
  roomId: string
  message: Message
  refresh: () => void
  onClose: () => void
  /** Given in a room (not a private conversation): offers to talk with the author privately afterwards. */
  onOpenConversation?: (roomId: string) => void
}

/**
 * Hide a post with a reason (the log keeps it); optionally then open a private conversation with
 * its author, so what the moderator says to them need not be public.
 */
export function HideDialog({ roomId, message, refresh, onClose, onOpenConversation }: Props) {
  const t = useT()
  const id = useId()
  const client = useClient()
  const [talk, setTalk] = useState(false)
  const [hidden, setHidden] = useState(false)
  return (
    <ConfirmDialog
      title={t('mod.hideMessage')}
      confirmLabel={t('message.hide')}
      reasonLabel={t('mod.reason')}
      extra={
        onOpenConversation && (
          <label className="check" htmlFor={`${id}-talk`}>
            <input id={`${id}-talk`} type="checkbox" checked={talk} onChange={(e) => setTalk(e.target.checked)} /> {t('private.afterHide')}
          </label>
        )
      }
      onConfirm={async (reason) => {
        // hidden once: if opening the conversation fails, trying again only opens it
        if (!hidden) {
          await client.call('hideMessage', { roomId, messageId: message.id, reason })
          setHidden(true)
          refresh()
        }
        if (talk && onOpenConversation) {
          const opened = await client.call('openPrivateConversation', { roomId, memberId: message.author })
          onOpenConversation(opened.roomId)
        }
      }}
      onClose={onClose}
    />
  )
}
