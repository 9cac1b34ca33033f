import { useState } from 'react'
import type { Message } from '../../../shared/api/index.ts'
import { useT } from '../i18n/useT.ts'
import { PeerText, cleanText } from './PeerText.tsx'

/** A message's text, or what stands in for it: content warning (blurred until asked), hidden, deleted. */
export function MessageBody({ m, moderator }: { m: Message; moderator: boolean }) {
  const t = useT()
  const [revealed, setRevealed] = useState(false)
  const [showHidden, setShowHidden] = useState(false)
  if (m.deleted) return <p className="msg-note">{t('message.deleted')}</p>
  if (m.hidden) {
    const reason = m.hiddenReason ? cleanText(m.hiddenReason) : ''
    return (
      <div className="msg-note">
        <p>{reason ? t('message.hiddenReason', { reason }) : t('message.hidden')}</p>
        {moderator && m.text && !showHidden && (
          <button type="button" className="link-button" onClick={() => setShowHidden(true)}>
            {t('message.showHidden')}
          </button>
        )}
        {showHidden && m.text && <PeerText text={m.text} className="msg-body msg-hidden-text" />}
      </div>
    )
  }
  if (m.text === null) return <p className="msg-note">{t('message.hidden')}</p>
  if (m.contentWarning) {
    return (
      <div className="cw">
        <p className="cw-label">
          <span aria-hidden="true">⚠ </span>
          <bdi dir="auto">{t('message.contentWarning', { cw: cleanText(m.contentWarning) })}</bdi>{' '}
          <button type="button" className="link-button" aria-expanded={revealed} onClick={() => setRevealed((r) => !r)}>
            {revealed ? t('message.hideContent') : t('message.showContent')}
          </button>
        </p>
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
