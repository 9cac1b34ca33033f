import { useState } from 'react'
import { useUnanswered } from '../data/queries.ts'
import { usePresence } from '../hooks/usePresence.ts'
import { useFormat, useT } from '../i18n/useT.ts'
import { useSettings } from '../state/settings.tsx'
import { dismissedNudges } from '../state/dismissedNudges.ts'
import { cleanName } from './PeerText.tsx'

/**
 * The unanswered nudge (docs/safety.md): a post the distress check on this device grades concern or
 * urgent, that nobody answered for the set time, raises a gentle note to a moderator on duty, or to
 * a member who opted in. One click opens the post; "Not now" puts it away on this device.
 */
export function UnansweredNudge({ roomId, moderator, onOpen }: { roomId: string; moderator: boolean; onOpen: (messageId: string) => void }) {
  const t = useT()
  const fmt = useFormat()
  const { settings } = useSettings()
  const presence = usePresence(roomId)
  const enabled = (moderator && presence?.onDuty === true) || settings.nudgeUnanswered
  const items = useUnanswered(roomId, settings.nudgeMinutes, enabled).data?.items ?? []
  const [dismissed, setDismissed] = useState(() => dismissedNudges.get(roomId))
  const waiting = items.filter((i) => !dismissed.includes(i.messageId))
  if (!enabled || waiting.length === 0) return null
  const first = waiting[0]
  const name = cleanName(first.authorName) ?? t('room.anonymous')
  const when = fmt.relative(first.time)
  return (
    <section className="nudge" aria-labelledby="nudge-title">
      <h2 id="nudge-title">{t('nudge.title')}</h2>
      <p>{t(first.about === 'other' ? 'nudge.other' : 'nudge.self', { name, when })}</p>
      {waiting.length > 1 && <p className="small">{t('nudge.more', { count: waiting.length - 1 })}</p>}
      <div className="row">
        <button type="button" className="button primary small" onClick={() => onOpen(first.messageId)}>
          {t('nudge.open')}
        </button>
        <button type="button" className="button small" onClick={() => setDismissed(dismissedNudges.add(roomId, first.messageId))}>
          {t('nudge.dismiss')}
        </button>
      </div>
    </section>
  )
}
