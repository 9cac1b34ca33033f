import type { Message } from '../../../shared/api/index.ts'
import { useMessageById } from '../data/queries.ts'
import { useFormat, useT } from '../i18n/useT.ts'
import { Dialog } from './Dialog.tsx'
import { MessageBody } from './MessageBody.tsx'
import { Status } from './Status.tsx'
import { cleanName } from './PeerText.tsx'

/** One post on its own (from the unanswered nudge), with a way to reply to it at once. */
export function PostDialog({ roomId, messageId, onReply, onClose }: { roomId: string; messageId: string; onReply: (m: Message) => void; onClose: () => void }) {
  const t = useT()
  const fmt = useFormat()
  const q = useMessageById(roomId, messageId)
  const m = q.data?.message
  return (
    <Dialog title={t('nudge.postTitle')} onClose={onClose}>
      <Status error={q.error} />
      {m && (
        <article className="post-alone">
          <p className="small muted">
            <strong>{cleanName(m.authorName) ?? t('room.anonymous')}</strong> · <time dateTime={new Date(m.time).toISOString()}>{fmt.dateTime(m.time)}</time>
          </p>
          <MessageBody m={m} moderator={false} />
        </article>
      )}
      <div className="row end">
        <button type="button" className="button" onClick={onClose}>
          {t('common.close')}
        </button>
        <button type="button" className="button primary" disabled={!m || m.deleted || m.hidden} data-autofocus onClick={() => m && onReply(m)}>
          {t('nudge.reply')}
        </button>
      </div>
    </Dialog>
  )
}
