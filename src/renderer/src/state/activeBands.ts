import type { Message } from '../../../shared/api/index.ts'

/** Parts of the day, on the reader's own clock. */
export const PARTS = ['night', 'morning', 'afternoon', 'evening'] as const
export type Part = (typeof PARTS)[number]
/** A band is shown only when at least this many people share it: it never points at one person. */
export const MIN_PEOPLE = 3
/** Posts older than this say little about when people are around now. */
export const WINDOW_MS = 14 * 86_400_000
/** A claimed time may run ahead a little (docs/records.md); further ahead it is not counted. */
const AHEAD_MS = 10 * 60_000

type Post = Pick<Message, 'author' | 'time' | 'deleted' | 'hidden' | 'index'>

/**
 * "Active now" bands: how many people usually post in each part of the reader's day, worked out on
 * this device from post times every member already sees (docs/threat-model.md, "Active bands").
 * Each person counts once, in the part of the day most of their posts fall in (the earlier part on
 * a tie); parts with fewer than MIN_PEOPLE are left out. `hourOf` is the reader's local hour.
 */
export function activeBands(posts: Post[], now: number, hourOf: (t: number) => number = (t) => new Date(t).getHours()): Array<{ part: Part; people: number }> {
  const byAuthor = new Map<string, number[]>()
  for (const p of posts) {
    if (p.deleted || p.hidden || p.index < 0 || p.time < now - WINDOW_MS || p.time > now + AHEAD_MS) continue
    const counts = byAuthor.get(p.author) ?? [0, 0, 0, 0]
    counts[Math.floor(hourOf(p.time) / 6)]++
    byAuthor.set(p.author, counts)
  }
  const people = [0, 0, 0, 0]
  for (const counts of byAuthor.values()) people[counts.indexOf(Math.max(...counts))]++
  return PARTS.map((part, i) => ({ part, people: people[i] })).filter((b) => b.people >= MIN_PEOPLE)
}
