/**
 * The room's clock, as far as apply can know one. apply has no clock of its own (it must be
 * deterministic), and every time in a record is its author's claim. A claim can lie, so rules
 * that depend on time (slow mode, timed mutes) use the claim's *effective* value: the claim, but
 * never more than TOLERANCE_MS past the latest time anyone ELSE in the room has claimed. A member
 * who claims to be an hour ahead gains at most the tolerance, and only once: their own claims
 * never move the clock they are measured against. What it cannot stop: two memberships held by
 * one person taking turns (each is "someone else" to the other); flood limits, which count
 * messages, hold there (docs/records.md).
 */
export const TOLERANCE_MS = 10 * 60_000

/** The latest effective claims of the two authors who claimed last: enough to answer "the latest claim by anyone but X". */
export type RoomClock = { top: Array<{ author: string; time: number }> }

/** The latest effective time claimed by anyone but `author`, or null when nobody else has claimed one. */
export function othersLatest(clock: RoomClock | null, author: string): number | null {
  return clock?.top.find((t) => t.author !== author)?.time ?? null
}

/** The claim as gates use it: never more than the tolerance ahead of everyone else's latest claim. */
export function effectiveTime(clock: RoomClock | null, author: string, claim: number): number {
  const others = othersLatest(clock, author)
  return others === null ? claim : Math.min(claim, others + TOLERANCE_MS)
}

/** The clock after `author` made an accepted claim (stored as its effective value). */
export function advance(clock: RoomClock | null, author: string, claim: number): RoomClock {
  const time = effectiveTime(clock, author, claim)
  const top = (clock?.top ?? []).filter((t) => t.author !== author)
  const mine = clock?.top.find((t) => t.author === author)
  top.push({ author, time: Math.max(time, mine?.time ?? 0) })
  top.sort((a, b) => b.time - a.time || (a.author < b.author ? -1 : 1))
  return { top: top.slice(0, 2) }
}
