import { FLOOD_MAX } from '../records/life-schema.ts'
import { K, type Flood, type Genesis, type MemberRecord, type Settings } from './keys.ts'
import { L } from './life-keys.ts'
import type { ApplyContext } from './apply-context.ts'
import type { ReasonData } from '../../shared/api/error-reasons.ts'

/**
 * Flood limits, counted in messages (never the clock, so no claimed time can game them): a
 * member's posts may be at most `posts` of the room's last `window` accepted messages, the new
 * post included; a newcomer (fewer than `newcomerFor` room messages since they joined) at most
 * `newcomerPosts`. The room's creator (its indexer, the owner's device) is not limited.
 * Returns the refusal's data: how many more messages from others the member must wait for.
 */
export function floodRefusal(flood: Flood | null | undefined, member: MemberRecord, messages: number): ReasonData<'rate_limited'> | null {
  if (!flood) return null
  const newcomer = member.joinedAt !== undefined && messages - member.joinedAt < flood.newcomerFor
  const limit = newcomer ? flood.newcomerPosts : flood.posts
  // the new post would take index `messages`: its window is [messages - window + 1, messages]
  const from = messages - flood.window + 1
  const inWindow = (member.recent ?? []).filter((i) => i >= from)
  if (inWindow.length < limit) return null
  // the post that must leave the window before one more fits
  const leaving = inWindow[inWindow.length - limit]
  return { after: leaving + flood.window - messages, limit, window: flood.window, newcomer }
}

/** The member's record after an accepted post at `index` (-1: held for approval) and effective time `time`: apply and the post queue both use it. */
export function afterPost(member: MemberRecord, index: number, time: number): MemberRecord {
  const next: MemberRecord = { ...member, posts: member.posts + 1, lastPostTime: Math.max(member.lastPostTime ?? 0, time) }
  if (index >= 0) next.recent = [...(member.recent ?? []), index].slice(-FLOOD_MAX)
  return next
}

/** The creator's writer is the owner's device: flood limits do not hold it. */
export const floodExempt = (genesis: Genesis | null, author: string) => genesis?.creator === author

/**
 * A newcomer admitted by ticket: whether they are held for approval, and where their newcomer
 * count starts. With lockdown set, the join that makes `joins` joins within `window` messages and
 * joins switches the room to approval (from this joiner on), and the log says it happened by
 * itself. Deterministic: positions are counted over the log (messages + members).
 */
export async function admitNewcomer(ctx: ApplyContext, settings: Settings | null, time: number): Promise<{ approved: boolean; joinedAt: number }> {
  const joinedAt = ctx.counters.messages
  if (settings?.joinMode === 'approval') return { approved: false, joinedAt }
  const lockdown = settings?.lockdown
  if (!settings || !lockdown) return { approved: true, joinedAt }
  const at = ctx.counters.messages + ctx.counters.members
  const wave = [...((await ctx.value<number[]>(L.wave)) ?? []), at].slice(-lockdown.joins)
  if (wave.length < lockdown.joins || at - wave[0] >= lockdown.window) {
    await ctx.view.put(L.wave, wave)
    return { approved: true, joinedAt }
  }
  await ctx.view.put(L.wave, [])
  await ctx.view.put(K.settings, { ...settings, joinMode: 'approval', lockedDown: true })
  const owner = (await ctx.genesis())?.owner ?? ''
  await ctx.log('lockdown', owner, null, `${lockdown.joins} joins within ${lockdown.window}`, time)
  return { approved: false, joinedAt }
}
