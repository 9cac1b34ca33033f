import { useState } from 'react'
import { FormattedMessage } from 'react-intl'
import type { Message } from '../../../shared/api/index.ts'
import { useFormat, useT } from '../i18n/useT.ts'
import { around, highlight } from './highlight.ts'
import type { Piece } from './highlight.ts'
import { MessageBody } from './MessageBody.tsx'
import { PeerName, cleanText } from './PeerText.tsx'
import { VerifiedBadge } from './VerifiedBadge.tsx'

/** Peer text with the search's words marked (<mark> is announced as highlighted, not only coloured). */
function Marked({ pieces }: { pieces: Piece[] }) {
  return <bdi dir="auto">{pieces.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : p.text))}</bdi>
}

/**
 * One message a search found: author, time, and the words found marked in a window of its text.
 * A post behind a content warning shows only the warning until the person opens it, as in the room.
 */
export function SearchResult({ m, words, onReply }: { m: Message; words: string[]; onReply: (m: Message) => void }) {
  const t = useT()
  const fmt = useFormat()
  const [whole, setWhole] = useState(false)
  const text = cleanText(m.text ?? '')
  return (
    <li className="search-result" data-message-id={m.id}>
      <p className="search-result-head small">
        <PeerName name={m.authorName} memberId={m.author} />
        <VerifiedBadge title={m.verified} />
        {Number.isFinite(m.time) && (
          <time className="msg-time" dateTime={new Date(m.time).toISOString()}>
            {fmt.dateTime(m.time)}
          </time>
        )}
      </p>
      {whole ? (
        <MessageBody m={m} moderator={false} />
      ) : m.contentWarning ? (
        <p className="cw-label">
          <span aria-hidden="true">⚠ </span>
          <FormattedMessage id="message.contentWarning" values={{ cw: <Marked pieces={highlight(cleanText(m.contentWarning), words)} /> }} />
        </p>
      ) : (
        <p className="peer-text">
          <Marked pieces={around(highlight(text, words))} />
        </p>
      )}
      <div className="row">
        <button type="button" className="link-button" aria-expanded={whole} onClick={() => setWhole((w) => !w)}>
          {whole ? t('search.showLess') : t('search.showAll')}
        </button>
        <button type="button" className="button small" onClick={() => onReply(m)}>
          {t('search.reply')}
        </button>
      </div>
    </li>
  )
}
