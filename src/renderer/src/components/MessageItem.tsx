import { memo, useState } from 'react'
import type { Message } from '../../../shared/api/index.ts'
import { en } from '../strings/en.ts'
import { PeerName, PeerText, cleanName, cleanText } from './PeerText.tsx'

export interface MessageActions {
  onReply: (m: Message) => void
  onEdit: (m: Message) => void
  onDelete: (m: Message) => void
  onReport?: (m: Message) => void
  onHide?: (m: Message) => void
  onUnhide?: (m: Message) => void
}

interface Props {
  message: Message
  own: boolean
  moderator: boolean
  replyTarget: Message | null | undefined
  actions: MessageActions
}

const snippet = (m: Message): string => cleanText(m.text ?? '').slice(0, 80)

function Body({ m, moderator }: { m: Message; moderator: boolean }) {
  const [revealed, setRevealed] = useState(false)
  const [showHidden, setShowHidden] = useState(false)
  if (m.deleted) return <p className="msg-note">{en.message.deleted}</p>
  if (m.hidden) {
    const reason = m.hiddenReason ? cleanText(m.hiddenReason) : ''
    return (
      <div className="msg-note">
        <p>{reason ? en.message.hiddenReason(reason) : en.message.hidden}</p>
        {moderator && m.text && !showHidden && (
          <button type="button" className="link-button" onClick={() => setShowHidden(true)}>
            {en.message.showHidden}
          </button>
        )}
        {showHidden && m.text && <PeerText text={m.text} className="msg-body msg-hidden-text" />}
      </div>
    )
  }
  if (m.text === null) return <p className="msg-note">{en.message.hidden}</p>
  if (m.contentWarning) {
    return (
      <div className="cw">
        <p className="cw-label">
          <span aria-hidden="true">⚠ </span>
          <bdi dir="auto">{en.message.contentWarning(cleanText(m.contentWarning))}</bdi>
        </p>
        <button type="button" className="button small" aria-expanded={revealed} onClick={() => setRevealed((r) => !r)}>
          {revealed ? en.message.hideContent : en.message.showContent}
        </button>
        {revealed ? (
          <PeerText text={m.text} className="msg-body" />
        ) : (
          <div className="msg-body blurred" aria-hidden="true">
            <p className="peer-text">{cleanText(m.text).slice(0, 300)}</p>
          </div>
        )}
      </div>
    )
  }
  return <PeerText text={m.text} className="msg-body" />
}

/** One message: author, local time, reply context, body (with CW/hidden/deleted states), actions. */
export const MessageItem = memo(function MessageItem({ message: m, own, moderator, replyTarget, actions }: Props) {
  const time = new Date(m.time)
  const validTime = Number.isFinite(time.getTime())
  const name = cleanName(m.authorName) ?? en.room.anonymous
  const canAct = !m.deleted
  return (
    <article className={`msg${own ? ' own' : ''}`} data-message-id={m.id}>
      <header className="msg-head">
        <PeerName name={m.authorName} memberId={m.author} />
        {own && <span className="muted small"> ({en.room.you})</span>}
        {validTime && (
          <time className="msg-time" dateTime={time.toISOString()} title={en.message.time(time)}>
            {en.message.shortTime(time)}
          </time>
        )}
        {m.editedTime !== null && !m.deleted && <span className="muted small"> · {en.message.edited}</span>}
        {m.index < 0 && <span className="tag">{en.message.held}</span>}
      </header>
      {m.replyTo && (
        <p className="reply-ref">
          <span aria-hidden="true">↩ </span>
          {en.message.replyingTo(replyTarget ? (cleanName(replyTarget.authorName) ?? en.room.anonymous) : en.message.replyUnavailable)}
          {replyTarget && !replyTarget.deleted && !replyTarget.hidden && !replyTarget.contentWarning && replyTarget.text && (
            <>
              : <bdi dir="auto">{snippet(replyTarget)}</bdi>
            </>
          )}
        </p>
      )}
      <Body m={m} moderator={moderator} />
      {canAct && (
        <div className="msg-actions" role="group" aria-label={en.message.actionsFor(name)}>
          {!m.hidden && (
            <button type="button" className="ghost small" onClick={() => actions.onReply(m)}>
              {en.message.reply}
            </button>
          )}
          {own && !m.hidden && (
            <button type="button" className="ghost small" onClick={() => actions.onEdit(m)}>
              {en.message.edit}
            </button>
          )}
          {own && (
            <button type="button" className="ghost small" onClick={() => actions.onDelete(m)}>
              {en.message.delete}
            </button>
          )}
          {!own && !m.hidden && actions.onReport && (
            <button type="button" className="ghost small" onClick={() => actions.onReport!(m)}>
              {en.message.report}
            </button>
          )}
          {moderator && !m.hidden && actions.onHide && (
            <button type="button" className="ghost small" onClick={() => actions.onHide!(m)}>
              {en.message.hide}
            </button>
          )}
          {moderator && m.hidden && actions.onUnhide && (
            <button type="button" className="ghost small" onClick={() => actions.onUnhide!(m)}>
              {en.message.unhide}
            </button>
          )}
        </div>
      )}
    </article>
  )
})
