import { describe, it, expect } from 'vitest'
import { fromWallTime, nextOccurrence, occurrence, wallTimeOf } from '../../src/shared/sessions.ts'

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString())

describe('scheduled sessions: the next occurrence, keeping the wall time of their zone', () => {
  // Tuesday 27 October 2026, 19:00 in New York (EDT, UTC-4) = 23:00 UTC
  const weeklyNY = { start: Date.UTC(2026, 9, 27, 23, 0), minutes: 60, repeat: 'weekly' as const, zone: 'America/New_York' }

  it('a weekly New York session stays at 19:00 there across the end of daylight saving (1 November)', () => {
    expect(iso(occurrence(weeklyNY, 1))).toBe('2026-11-04T00:00:00.000Z') // 19:00 EST = 00:00 UTC next day
    expect(iso(nextOccurrence(weeklyNY, Date.UTC(2026, 9, 28)))).toBe('2026-11-04T00:00:00.000Z')
  })

  it('a session under way is still the next one until it ends', () => {
    expect(iso(nextOccurrence(weeklyNY, weeklyNY.start + 30 * 60_000))).toBe('2026-10-27T23:00:00.000Z')
    expect(iso(nextOccurrence(weeklyNY, weeklyNY.start + 60 * 60_000))).toBe('2026-11-04T00:00:00.000Z')
  })

  it('without a zone the recurrence keeps UTC time; a one-off ends', () => {
    const daily = { start: Date.UTC(2026, 0, 1, 8, 0), minutes: 30, repeat: 'daily' as const, zone: null }
    expect(iso(nextOccurrence(daily, Date.UTC(2026, 5, 15, 9)))).toBe('2026-06-16T08:00:00.000Z')
    const once = { ...daily, repeat: 'none' as const }
    expect(nextOccurrence(once, Date.UTC(2026, 0, 1, 8, 29))).toBe(once.start)
    expect(nextOccurrence(once, Date.UTC(2026, 0, 1, 8, 30))).toBeNull()
  })

  it('monthly keeps the day of the month and the local time, in London across the clock change', () => {
    // 10 March 2026 18:30 GMT; 10 April is BST (UTC+1), so 17:30 UTC
    const monthly = { start: Date.UTC(2026, 2, 10, 18, 30), minutes: 60, repeat: 'monthly' as const, zone: 'Europe/London' }
    expect(iso(nextOccurrence(monthly, Date.UTC(2026, 2, 20)))).toBe('2026-04-10T17:30:00.000Z')
    expect(iso(nextOccurrence(monthly, Date.UTC(2026, 10, 11)))).toBe('2026-12-10T18:30:00.000Z')
  })

  it('fortnightly finds the right week far from the start', () => {
    const f = { start: Date.UTC(2026, 0, 5, 12), minutes: 60, repeat: 'fortnightly' as const, zone: 'UTC' }
    // 5 January + 24 fortnights (336 days) = 7 December
    expect(iso(nextOccurrence(f, Date.UTC(2026, 11, 1)))).toBe('2026-12-07T12:00:00.000Z')
  })
})

describe('the moderator form’s wall-clock times', () => {
  it('turn a date and time in a zone into the instant, and back, across daylight saving', () => {
    // 19:00 in New York is 23:00 UTC in summer (EDT) and 00:00 UTC the next day in winter (EST)
    expect(fromWallTime('America/New_York', '2026-07-07', '19:00')).toBe(Date.UTC(2026, 6, 7, 23, 0))
    expect(fromWallTime('America/New_York', '2026-12-08', '19:00')).toBe(Date.UTC(2026, 11, 9, 0, 0))
    expect(wallTimeOf('America/New_York', Date.UTC(2026, 11, 9, 0, 0))).toEqual({ date: '2026-12-08', time: '19:00' })
    expect(wallTimeOf('Asia/Kolkata', Date.UTC(2026, 11, 9, 0, 0))).toEqual({ date: '2026-12-09', time: '05:30' })
    expect(fromWallTime('UTC', '2026-12-08', '07:05')).toBe(Date.UTC(2026, 11, 8, 7, 5))
  })

  it('refuse what is not a date and a time', () => {
    expect(fromWallTime('UTC', '', '19:00')).toBeNull()
    expect(fromWallTime('UTC', '2026-12-08', '')).toBeNull()
    expect(fromWallTime('UTC', '8/12/2026', '19:00')).toBeNull()
  })
})
