import { nextOccurrence } from '../../../shared/sessions.ts'
import type { SessionTime } from '../../../shared/sessions.ts'

/** How long before a session its reminder shows. */
export const REMIND_BEFORE_MS = 15 * 60_000
const KEY = 'hearth.sessionsMuted.v1'

type Remindable = SessionTime & { sessionId: string }

/**
 * The session to remind of now: the soonest one not muted on this device whose next time is
 * within REMIND_BEFORE_MS and has not begun. `at` is that time (UTC ms; shown in local time).
 */
export function dueReminder<S extends Remindable>(sessions: S[], now: number, muted: string[]): { session: S; at: number } | null {
  let best: { session: S; at: number } | null = null
  for (const session of sessions) {
    if (muted.includes(session.sessionId)) continue
    const at = nextOccurrence(session, now)
    if (at === null || at <= now || at - now > REMIND_BEFORE_MS) continue
    if (!best || at < best.at) best = { session, at }
  }
  return best
}

/** Sessions whose reminders this person turned off, on this device (ids only). */
export const mutedSessions = {
  get(): string[] {
    try {
      const ids = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown
      return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : []
    } catch {
      return []
    }
  },
  set(sessionId: string, muted: boolean): string[] {
    const ids = [...mutedSessions.get().filter((x) => x !== sessionId), ...(muted ? [sessionId] : [])].slice(-200)
    try {
      localStorage.setItem(KEY, JSON.stringify(ids))
    } catch {
      /* memory only: the caller keeps its own copy */
    }
    return ids
  }
}
