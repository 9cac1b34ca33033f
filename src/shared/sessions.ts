/**
 * When a scheduled session next happens. A session is stored with its first start in UTC and the
 * IANA zone whose wall-clock time a recurrence keeps ("Tuesdays 19:00 in New York" stays 19:00
 * there across daylight-saving changes). Pure: the renderer formats the result in each person's
 * own zone.
 */
export type Repeat = 'none' | 'daily' | 'weekly' | 'fortnightly' | 'monthly'
export type SessionTime = { start: number; minutes: number; repeat: Repeat; zone: string | null }

const DAY = 86_400_000
const STEP_DAYS: Record<Exclude<Repeat, 'none' | 'monthly'>, number> = { daily: 1, weekly: 7, fortnightly: 14 }

/** The zone's offset from UTC at an instant, in ms (Intl gives the zone's wall clock there). */
function offsetAt(zone: string, at: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric'
  }).formatToParts(at)
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'))
  return wall - Math.floor(at / 1000) * 1000
}

/** The instant a wall-clock time (given as if it were UTC) has in `zone`. */
function fromWall(zone: string, wall: number): number {
  const guess = wall - offsetAt(zone, wall)
  return wall - offsetAt(zone, guess)
}

/** The n-th occurrence (0 = the first), keeping the zone's wall time. */
export function occurrence(s: SessionTime, n: number): number {
  if (s.repeat === 'none' || n === 0) return s.start
  const zone = s.zone ?? 'UTC'
  const wall = new Date(s.start + offsetAt(zone, s.start))
  if (s.repeat === 'monthly') {
    const w = Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth() + n, wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes())
    return fromWall(zone, w)
  }
  return fromWall(zone, wall.getTime() + n * STEP_DAYS[s.repeat] * DAY)
}

/** The first occurrence that has not ended by `now` (null: a one-off that is over). */
export function nextOccurrence(s: SessionTime, now: number): number | null {
  const ends = (t: number) => t + s.minutes * 60_000
  if (s.repeat === 'none') return ends(s.start) > now ? s.start : null
  if (ends(s.start) > now) return s.start
  const approxStep = s.repeat === 'monthly' ? 28 * DAY : STEP_DAYS[s.repeat] * DAY
  // a little before the answer (daylight saving moves an occurrence by at most an hour), then forward
  let n = Math.max(0, Math.floor((now - s.start) / approxStep) - (s.repeat === 'monthly' ? 0 : 1))
  if (s.repeat === 'monthly') n = Math.max(0, n - 2)
  while (ends(occurrence(s, n)) <= now) n++
  return occurrence(s, n)
}

/** A wall-clock date and time ("2026-11-03", "19:00") in `zone` as an instant (for the moderator's form). */
export function fromWallTime(zone: string, date: string, time: string): number | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const t = /^(\d{2}):(\d{2})$/.exec(time)
  if (!d || !t) return null
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]))
  return Number.isFinite(wall) ? fromWall(zone, wall) : null
}

/** An instant as the wall-clock date and time `zone` shows for it (fills the form to edit a session). */
export function wallTimeOf(zone: string, at: number): { date: string; time: string } {
  const iso = new Date(at + offsetAt(zone, at)).toISOString()
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) }
}
