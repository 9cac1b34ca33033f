import b4a from 'b4a'
import type { RecordOf } from '../../records/schema.ts'
import { K, mayBlockCreator, type Blocked, type Genesis, type HiddenState, type MemberRecord, type MuteState, type StoredMessage } from '../keys.ts'
import { acceptOwnerSigned, acceptSigned } from '../authority.ts'
import { publishPending } from './approval.ts'
import { putTimeline } from './messages.ts'
import type { ApplyContext } from '../apply-context.ts'

// Every handler here spends the record's nonce first (acceptSigned), then checks the state it
// meets: a signed record is judged once, so one refused now cannot be replayed to work later.

/** Owner-signed: a key becomes a moderator from this point of the log on. */
export async function modAdd(ctx: ApplyContext, r: RecordOf<'mod-add'>): Promise<boolean> {
  if (!(await acceptOwnerSigned(ctx, r))) return false
  if ((await ctx.genesis())?.owner === r.moderator || (await ctx.view.get(K.mod(r.moderator)))) return false
  await ctx.view.put(K.mod(r.moderator), { addedBy: r.by, time: r.time })
  await ctx.log('moderator-added', r.by, r.moderator, null, r.time)
  return true
}

/** Owner-signed: the key's later records are ignored by every peer. */
export async function modRemove(ctx: ApplyContext, r: RecordOf<'mod-remove'>): Promise<boolean> {
  if (!(await acceptOwnerSigned(ctx, r))) return false
  if (!(await ctx.view.get(K.mod(r.moderator)))) return false
  await ctx.view.del(K.mod(r.moderator))
  await ctx.log('moderator-removed', r.by, r.moderator, null, r.time)
  return true
}

/**
 * Blocked means removed: the member stops being a writer (peers no longer take their new blocks)
 * and every record of theirs that still reaches apply is refused, except records signed by an
 * authority (apply.ts). Their earlier posts are presented hidden (queries). The room's indexer
 * (the creator's writer) is blocked only in a room a moderator moved, by the owner (keys.ts
 * mayBlockCreator), and stays the indexer until the owner moves the room again.
 */
export async function block(ctx: ApplyContext, r: RecordOf<'block'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  if (!(await ctx.view.get(K.member(r.member))) || (await ctx.view.get(K.blocked(r.member)))) return false
  const genesis = (await ctx.genesis()) as Genesis
  const creator = genesis.creator === r.member
  if (creator && !mayBlockCreator(genesis, r.by)) return false
  const state: Blocked = { by: r.by, reason: r.reason, time: r.time, nonce: r.nonce }
  await ctx.view.put(K.blocked(r.member), state)
  if (!creator) await ctx.host.removeWriter(b4a.from(r.member, 'hex'))
  await ctx.log('block', r.by, r.member, r.reason, r.time)
  return true
}

/** Lifts the block it names (`of`, the block's nonce): a saved unblock cannot lift a later block. */
export async function unblock(ctx: ApplyContext, r: RecordOf<'unblock'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  const blocked = await ctx.value<Blocked>(K.blocked(r.member))
  if (!blocked || !lifts(r.of, blocked.nonce)) return false
  await ctx.view.del(K.blocked(r.member))
  // a blocked creator was never removed (it indexes): adding it as a non-indexer would demote it
  if ((await ctx.genesis())?.creator !== r.member) await ctx.host.addWriter(b4a.from(r.member, 'hex'), { indexer: false })
  await ctx.log('unblock', r.by, r.member, r.reason ?? null, r.time)
  return true
}

export async function hide(ctx: ApplyContext, r: RecordOf<'hide'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  const msg = await ctx.value<StoredMessage>(K.msg(r.target))
  if (!msg || (await ctx.view.get(K.hidden(r.target)))) return false
  const hidden: HiddenState = { by: r.by, reason: r.reason, time: r.time, nonce: r.nonce }
  await ctx.view.put(K.hidden(r.target), hidden)
  await putTimeline(ctx, r.target, msg, hidden)
  await ctx.log('hide', r.by, r.target, r.reason, r.time)
  return true
}

export async function unhide(ctx: ApplyContext, r: RecordOf<'unhide'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  const hidden = await ctx.value<HiddenState>(K.hidden(r.target))
  if (!hidden || !lifts(r.of, hidden.nonce)) return false
  await ctx.view.del(K.hidden(r.target))
  const msg = await ctx.value<StoredMessage>(K.msg(r.target))
  if (msg) await putTimeline(ctx, r.target, msg, null)
  await ctx.log('unhide', r.by, r.target, r.reason ?? null, r.time)
  return true
}

/**
 * A mute lasts until the room has accepted `forMessages` more messages, or until the member's
 * effective time (clock.ts) reaches `untilTime`, or until an unmute; a later mute replaces it.
 */
export async function mute(ctx: ApplyContext, r: RecordOf<'mute'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  if (!(await ctx.view.get(K.member(r.member)))) return false
  const state: MuteState = {
    by: r.by,
    reason: r.reason,
    untilMessages: r.forMessages ? ctx.counters.messages + r.forMessages : null,
    untilTime: r.untilTime ?? null,
    nonce: r.nonce
  }
  await ctx.view.put(K.mute(r.member), state)
  await ctx.log('mute', r.by, r.member, r.reason, r.time)
  return true
}

export async function unmute(ctx: ApplyContext, r: RecordOf<'unmute'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  const muted = await ctx.value<MuteState>(K.mute(r.member))
  if (!muted || !lifts(r.of, muted.nonce)) return false
  await ctx.view.del(K.mute(r.member))
  await ctx.log('unmute', r.by, r.member, null, r.time)
  return true
}

/** Approval-required rooms: the member's held posts join the timeline now, in their order. */
export async function approveMember(ctx: ApplyContext, r: RecordOf<'approve-member'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  const member = await ctx.value<MemberRecord>(K.member(r.member))
  if (!member || member.approved !== false) return false
  await ctx.view.put(K.member(r.member), { ...member, approved: true })
  await publishPending(ctx, r.member)
  await ctx.log('approve', r.by, r.member, null, r.time)
  return true
}

/** A lift that names an action must name the one in force; one that names none (older records) lifts any. */
const lifts = (of: string | undefined, current: string | undefined) => of === undefined || of === current
