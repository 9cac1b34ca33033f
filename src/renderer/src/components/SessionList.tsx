import { useEffect, useState } from 'react'
import type { Result } from '../../../shared/api/index.ts'
import { nextOccurrence } from '../../../shared/sessions.ts'
import { useFormat, useT } from '../i18n/useT.ts'
import { PeerText, cleanText } from './PeerText.tsx'
import { dueReminder, mutedSessions } from '../state/sessionReminders.ts'

type Session = Result<'getRoomLife'>['sessions'][number]

/** The room's scheduled sessions, each at its next time in this device's own time zone. */
export function SessionList({ sessions }: { sessions: Session[] }) {
  const t = useT()
  const fmt = useFormat()
  // a session that ends moves on to its next time within a minute
  const [now, setNow] = useState(Date.now)
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000)
    return () => clearInterval(timer)
  }, [])
  const [muted, setMuted] = useState(mutedSessions.get)
  const due = dueReminder(sessions, now, muted)
  const upcoming = sessions
    .map((s) => ({ s, next: nextOccurrence(s, now) }))
    .filter((x): x is { s: Session; next: number } => x.next !== null)
    .sort((a, b) => a.next - b.next)
  if (!upcoming.length) return null
  return (
    <section className="sessions" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('life.sessionsTitle')}</h2>
      <p role="status" className="session-reminder">
        {due && t('life.reminder', { title: cleanText(due.session.title), time: fmt.time(due.at) })}
      </p>
      <ul>
        {upcoming.map(({ s, next }) => (
          <li key={s.sessionId} className="session">
            <PeerText className="session-title" text={s.title} />
            <p className="session-when">
              <time dateTime={new Date(next).toISOString()}>{fmt.dateTime(next)}</time>
              {' · '}
              {t(`life.repeat.${s.repeat}`)}
              {' · '}
              {t('life.sessionMinutes', { minutes: s.minutes })}
            </p>
            {s.note && <PeerText className="pin-note" text={s.note} />}
            <label className="check small">
              <input type="checkbox" checked={!muted.includes(s.sessionId)} onChange={(e) => setMuted(mutedSessions.set(s.sessionId, !e.target.checked))} />{' '}
              {t('life.remindMe', { title: cleanText(s.title) })}
            </label>
          </li>
        ))}
      </ul>
    </section>
  )
}
