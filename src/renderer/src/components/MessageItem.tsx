import { memo } from 'react'
import type { Message } from '../../../shared/api/index.ts'
import { useFormat, useT } from '../i18n/useT.ts'
import type { T } from '../i18n/useT.ts'
import { MessageBody } from './MessageBody.tsx'
import { Menu } from './Menu.tsx'
import type { MenuItem } from './Menu.tsx'
import { PeerName, cleanName, cleanText } from './PeerText.tsx'
import { Reactions, reactionLabel } from './Reactions.tsx'
import type { ReactionKind } from './Reactions.tsx'
import { REACTIONS } from '../../../shared/api/life-methods.ts'
import { VerifiedBadge } from './VerifiedBadge.tsx'

export interface MessageActions {
  onReply: (m: Message) => void
  onEdit: (m: Message) => void
  onDelete: (m: Message) => void
  onReport: (m: Message) => void
  onHide: (m: Message) => void
  onUnhide: (m: Message) => void
  /** Leave or take back a supportive reaction (absent: the list shows counts only). */
  onReact?: (m: Message, kind: ReactionKind) => void
  /** Pin the message at the top of the room (moderators). */
  onPin?: (m: Message) => void
}

export interface Author {
  /** A moderator of the room wrote it. */
  moderator: boolean
  /** Another member uses the same display name. */
  sharedName: boolean
}

interface Props {
  message: Message
  own: boolean
  /** The person reading is a moderator. */
  moderator: boolean
  author: Author
  /** Same author as the message before, a moment later: shown without the name line. */
  continued: boolean
  /** The one message in the Tab order (the rest are reached with the arrow keys). */
  active: boolean
  replyTarget: Message | null | undefined
  actions: MessageActions
}

const snippet = (m: Message): string => cleanText(m.text ?? '').slice(0, 80)

function menuItems(t: T, m: Message, own: boolean, moderator: boolean, a: MessageActions): MenuItem[] {
  if (m.deleted) return []
  const items: MenuItem[] = []
  if (!m.hidden) items.push({ label: t('message.reply'), onSelect: () => a.onReply(m) })
  if (own && !m.hidden) items.push({ label: t('message.edit'), onSelect: () => a.onEdit(m) })
  if (!own && !m.hidden) items.push({ label: t('message.report'), onSelect: () => a.onReport(m) })
  if (moderator && !m.hidden && !own) items.push({ label: t('message.hide'), onSelect: () => a.onHide(m) })
  if (moderator && m.hidden) items.push({ label: t('message.unhide'), onSelect: () => a.onUnhide(m) })
  if (moderator && !m.hidden && m.index >= 0 && a.onPin) items.push({ label: t('life.pin'), onSelect: () => a.onPin!(m) })
  if (!own && !m.hidden && m.index >= 0 && a.onReact) {
    for (const kind of REACTIONS) if (!m.reacted?.includes(kind)) items.push({ label: reactionLabel(t, kind), onSelect: () => a.onReact!(m, kind) })
  }
  if (own) items.push({ label: t('message.delete'), onSelect: () => a.onDelete(m), danger: true })
  return items
}

/** One message, compact: a name line only when the author changes; actions in a menu on hover or focus. */
export const MessageItem = memo(function MessageItem({ message: m, own, moderator, author, continued, active, replyTarget, actions }: Props) {
  const t = useT()
  const fmt = useFormat()
  const time = Number.isFinite(m.time) ? m.time : null
  const name = cleanName(m.authorName) ?? t('room.anonymous')
  const items = menuItems(t, m, own, moderator, actions)
  const classes = ['msg', own && 'own', continued && 'continued', author.moderator && 'by-moderator'].filter(Boolean).join(' ')
  return (
    <article className={classes} data-message-id={m.id} tabIndex={active ? 0 : -1} aria-label={`${name}${time !== null ? `, ${fmt.time(time)}` : ''}`}>
      {!continued && (
        <header className="msg-head">
          <PeerName name={m.authorName} memberId={m.author} shared={author.sharedName} />
          <VerifiedBadge title={m.verified} />
          {author.moderator && <span className="badge-mod">{t('room.moderatorBadge')}</span>}
          {own && <span className="badge-you">{t('room.you')}</span>}
          {time !== null && (
            <time className="msg-time" dateTime={new Date(time).toISOString()} title={fmt.dateTime(time)}>
              {fmt.time(time)}
            </time>
          )}
        </header>
      )}
      {m.replyTo && (
        <p className="reply-ref">
          <span aria-hidden="true">↩ </span>
          {t('message.replyingTo', { name: replyTarget ? (cleanName(replyTarget.authorName) ?? t('room.anonymous')) : t('message.replyUnavailable') })}
          {replyTarget && !replyTarget.deleted && !replyTarget.hidden && !replyTarget.contentWarning && replyTarget.text && (
            <>
              : <bdi dir="auto">{snippet(replyTarget)}</bdi>
            </>
          )}
        </p>
      )}
      <MessageBody m={m} moderator={moderator} />
      {!m.hidden && !m.deleted && <Reactions m={m} onReact={actions.onReact} />}
      {(m.editedTime !== null && !m.deleted) || m.index < 0 ? (
        <p className="msg-meta">
          {m.editedTime !== null && !m.deleted && <span>{t('message.edited')}</span>}
          {m.index < 0 && <span className="tag">{t('message.held')}</span>}
        </p>
      ) : null}
      {items.length > 0 && (
        <div className="msg-actions">
          <Menu label={t('message.actionsFor', { name })} items={items} tabIndex={active ? 0 : -1} />
        </div>
      )}
    </article>
  )
})
