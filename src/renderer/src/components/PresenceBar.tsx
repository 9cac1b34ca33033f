import { useEffect, useRef, useState } from 'react'
import { useT } from '../i18n/useT.ts'
import type { Presence } from '../hooks/usePresence.ts'

/** How long a presence change must hold before it is announced to screen readers. */
export const ANNOUNCE_AFTER_MS = 1500

/**
 * Calm presence line under the room header: "N people are typing…" and "A moderator is here".
 * Typing is only ever a count. The visible line follows the engine; the screen-reader
 * announcement (a polite live region) speaks only when the wording has settled and changed, and
 * never to say that typing stopped, so it does not chatter while people type.
 */
export function PresenceBar({ presence }: { presence: Presence | null }) {
  const t = useT()
  const typing = presence?.typing ?? 0
  const moderator = (presence?.moderatorsOnDuty ?? 0) > 0
  const typingText = typing > 0 ? t('presence.typing', { count: typing }) : ''
  const announceText = [moderator ? t('presence.moderatorHere') : '', typingText].filter(Boolean).join('. ')
  const [announced, setAnnounced] = useState('')
  const lastSpoken = useRef('')

  useEffect(() => {
    const timer = setTimeout(() => {
      // silence is not announced; the same words twice are not announced again
      if (announceText === lastSpoken.current) return
      lastSpoken.current = announceText
      setAnnounced(announceText)
    }, ANNOUNCE_AFTER_MS)
    return () => clearTimeout(timer)
  }, [announceText])

  return (
    <span className="presence-bar">
      {moderator && (
        <span className="presence-moderator" title={t('presence.moderatorHereHint')}>
          <span className="badge-mod">{t('presence.moderatorHere')}</span>
        </span>
      )}
      <span className="presence-typing" aria-hidden="true">
        {typingText}
      </span>
      <span className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="presence-announcer">
        {announced}
      </span>
    </span>
  )
}
