import type { RecordOf } from '../../records/schema.ts'
import { K, type HiddenState, type MemberRecord, type MuteState, type StoredMessage } from '../keys.ts'
import { acceptOwnerSigned, acceptSigned } from '../authority.ts'
import { publishPending } from './approval.ts'
import { putTimeline } from './messages.ts'
import type { ApplyContext } from '../apply-context.ts'

/** Owner-signed: a key becomes a moderator from this point of the log on. */
export async function modAdd(ctx: ApplyContext, r: RecordOf<'mod-add'>): Promise<boolean> {
  if ((await ctx.genesis())?.owner === r.moderator) return false
  if (await ctx.view.get(K.mod(r.moderator))) return false
  if (!(await acceptOwnerSigned(ctx, r))) return false
  await ctx.view.put(K.mod(r.moderator), { addedBy: r.by, time: r.time })
  await ctx.log('moderator-added', r.by, r.moderator, null, r.time)
  return true
}

/** Owner-signed: the key's later records are ignored by every peer. */
export async function modRemove(ctx: ApplyContext, r: RecordOf<'mod-remove'>): Promise<boolean> {
  if (!(await ctx.view.get(K.mod(r.moderator)))) return false
  if (!(await acceptOwnerSigned(ctx, r))) return false
  await ctx.view.del(K.mod(r.moderator))
  await ctx.log('moderator-removed', r.by, r.moderator, null, r.time)
  return true
}

/** A blocked member's later records are refused; their earlier posts are shown hidden (queries). */
export async function block(ctx: ApplyContext, r: RecordOf<'block'>): Promise<boolean> {
  if (!(await ctx.view.get(K.member(r.member))) || (await ctx.view.get(K.blocked(r.member)))) return false
  if ((await ctx.genesis())?.creator === r.member) return false // the owner's own writer cannot be blocked
  if (!(await acceptSigned(ctx, r))) return false
  await ctx.view.put(K.blocked(r.member), { by: r.by, reason: r.reason, time: r.time })
  await ctx.log('block', r.by, r.member, r.reason, r.time)
  return true
}

export async function unblock(ctx: ApplyContext, r: RecordOf<'unblock'>): Promise<boolean> {
  if (!(await ctx.view.get(K.blocked(r.member)))) return false
  if (!(await acceptSigned(ctx, r))) return false
  await ctx.view.del(K.blocked(r.member))
  await ctx.log('unblock', r.by, r.member, r.reason ?? null, r.time)
  return true
}

export async function hide(ctx: ApplyContext, r: RecordOf<'hide'>): Promise<boolean> {
  const msg = await ctx.value<StoredMessage>(K.msg(r.target))
  if (!msg || (await ctx.view.get(K.hidden(r.target)))) return false
  if (!(await acceptSigned(ctx, r))) return false
  const hidden: HiddenState = { by: r.by, reason: r.reason, time: r.time }
  await ctx.view.put(K.hidden(r.target), hidden)
  await putTimeline(ctx, r.target, msg, hidden)
  await ctx.log('hide', r.by, r.target, r.reason, r.time)
  return true
}

export async function unhide(ctx: ApplyContext, r: RecordOf<'unhide'>): Promise<boolean> {
  if (!(await ctx.view.get(K.hidden(r.target)))) return false
  if (!(await acceptSigned(ctx, r))) return false
  await ctx.view.del(K.hidden(r.target))
  const msg = await ctx.value<StoredMessage>(K.msg(r.target))
  if (msg) await putTimeline(ctx, r.target, msg, null)
  await ctx.log('unhide', r.by, r.target, r.reason ?? null, r.time)
  return true
}

/**
 * Mute length is counted over the log, not the clock: the member may post again once the room
 * has accepted `forMessages` more messages (or after an unmute, when absent).
 */
export async function mute(ctx: ApplyContext, r: RecordOf<'mute'>): Promise<boolean> {
  if (!(await ctx.view.get(K.member(r.member)))) return false
  if (!(await acceptSigned(ctx, r))) return false
  const state: MuteState = { by: r.by, reason: r.reason, until: r.forMessages ? ctx.counters.messages + r.forMessages : null }
  await ctx.view.put(K.mute(r.member), state)
  await ctx.log('mute', r.by, r.member, r.reason, r.time)
  return true
}

export async function unmute(ctx: ApplyContext, r: RecordOf<'unmute'>): Promise<boolean> {
  if (!(await ctx.view.get(K.mute(r.member)))) return false
  if (!(await acceptSigned(ctx, r))) return false
  await ctx.view.del(K.mute(r.member))
  await ctx.log('unmute', r.by, r.member, null, r.time)
  return true
}

/** Approval-required rooms: the member's held posts join the timeline now, in their order. */
export async function approveMember(ctx: ApplyContext, r: RecordOf<'approve-member'>): Promise<boolean> {
  const member = await ctx.value<MemberRecord>(K.member(r.member))
  if (!member || member.approved !== false) return false
  if (!(await acceptSigned(ctx, r))) return false
  await ctx.view.put(K.member(r.member), { ...member, approved: true })
  await publishPending(ctx, r.member)
  await ctx.log('approve', r.by, r.member, null, r.time)
  return true
}
