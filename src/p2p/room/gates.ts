import { K, DEFAULT_SETTINGS, type Guidelines, type MemberRecord, type MuteState, type Settings, type Blocked, type Ended, type Genesis } from './keys.ts'
import { floodExempt, floodRefusal } from './flood.ts'
import { effectiveTime, type RoomClock } from './clock.ts'
import type { Reason, ReasonData } from '../../shared/api/error-reasons.ts'

type Get = <T>(key: string) => Promise<T | null>

/** Why a post is refused: a catalogued reason and its data (the API turns it into an error). */
export type Refusal = { [R in Reason]: { reason: R; data: ReasonData<R> } }[
  'you_are_blocked' | 'conversation_ended' | 'guidelines_not_accepted' | 'muted' | 'slow_mode' | 'rate_limited']

/**
 * Why a member's post would be refused at this point of the log, or null if it passes.
 * apply uses it to decide; the API uses it first, to give the person a clear reason.
 * `time` is the author's claim; gates use its effective value (clock.ts), so a claim that runs
 * ahead of what everyone else in the room has claimed buys nothing.
 */
export async function postRefusal(get: Get, author: string, member: MemberRecord, time: number, messages: number): Promise<Refusal | null> {
  // every gate's key at once: one round of reads, not six in a row (this runs for every post,
  // in apply and before appending)
  const [blocked, ended, guidelines, accepted, muted, settings, clock, genesis] = await Promise.all([
    get<Blocked>(K.blocked(author)),
    get<Ended>(K.ended),
    get<Guidelines>(K.guidelines),
    get<number>(K.accepted(author)),
    get<MuteState>(K.mute(author)),
    get<Settings>(K.settings),
    get<RoomClock>(K.clock),
    get<Genesis>(K.genesis)
  ])
  if (blocked) return { reason: 'you_are_blocked', data: { note: blocked.reason || null } }
  if (ended) return { reason: 'conversation_ended', data: {} }
  if (guidelines && accepted !== guidelines.version) return { reason: 'guidelines_not_accepted', data: { version: guidelines.version } }
  const now = effectiveTime(clock, author, time)
  const mute = muteInForce(muted, messages, now)
  if (mute) return { reason: 'muted', data: mute }
  const last = member.lastPostTime
  const slow = (settings ?? DEFAULT_SETTINGS).slowModeSeconds
  if (slow > 0 && last !== undefined) {
    const wait = slow * 1000 - (now - last)
    if (wait > 0) return { reason: 'slow_mode', data: { waitSeconds: Math.ceil(wait / 1000) } }
  }
  if (floodExempt(genesis, author)) return null
  const flood = floodRefusal(settings?.flood, member, messages)
  if (flood) return { reason: 'rate_limited', data: flood }
  return null
}

/**
 * A mute in force at this point of the log: until a moderator's end time (compared with the
 * member's effective time) or until the room has accepted more messages, or until unmuted.
 */
export function muteInForce(m: MuteState | null, messages: number, now: number): ReasonData<'muted'> | null {
  if (!m) return null
  const byCount = m.untilMessages ?? m.until ?? null
  const byTime = m.untilTime ?? null
  if (byCount !== null && messages >= byCount) return null
  if (byTime !== null && now >= byTime) return null
  return { note: m.reason || null, until: byTime, remaining: byCount === null ? null : byCount - messages }
}
