import { K, DEFAULT_SETTINGS, type Guidelines, type MemberRecord, type MuteState, type Settings } from './keys.ts'

type Get = <T>(key: string) => Promise<T | null>

/**
 * Why a member's post would be refused at this point of the log, or null if it passes.
 * apply uses it to decide; the API uses it first, to give the person a clear reason.
 */
export async function postRefusal(get: Get, author: string, member: MemberRecord, time: number, messages: number): Promise<string | null> {
  // every gate's key at once: one round of reads, not five in a row (this runs for every post,
  // in apply and before appending)
  const [blocked, guidelines, accepted, muted, settings] = await Promise.all([
    get(K.blocked(author)),
    get<Guidelines>(K.guidelines),
    get<number>(K.accepted(author)),
    get<MuteState>(K.mute(author)),
    get<Settings>(K.settings)
  ])
  if (blocked) return 'You have been blocked in this room by a moderator.'
  if (guidelines && accepted !== guidelines.version) {
    return `Please read and accept the room guidelines (version ${guidelines.version}) before posting.`
  }
  if (muted && (muted.until === null || messages < muted.until)) {
    return muted.until === null
      ? 'A moderator has muted you in this room for now.'
      : `A moderator has muted you until ${muted.until - messages} more message(s) have been posted.`
  }
  const last = member.lastPostTime
  if (last !== undefined) {
    // claimed times are not trusted for authority; slow mode holds between a member's own
    // consecutive claims (a claim behind the previous one counts as no gap at all)
    const wait = (settings ?? DEFAULT_SETTINGS).slowModeSeconds * 1000 - (time - last)
    if (wait > 0) return `Slow mode is on: you can post again in ${Math.ceil(wait / 1000)} s.`
  }
  return null
}
