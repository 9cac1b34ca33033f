import type { RecordOf } from '../../records/schema.ts'
import type { Carry } from '../../records/rekey-schema.ts'
import { verifyContinuation } from '../../records/signing.ts'
import { K, prefixRange, type Blocked, type Genesis, type MemberRecord, type Moved, type MuteState } from '../keys.ts'
import { acceptSigned } from '../authority.ts'
import { addMember, admit } from './members.ts'
import type { ApplyContext } from '../apply-context.ts'
import { carryLifeIn } from './life-carry.ts'
import { carryListsIn } from './lists.ts'

/**
 * Moving a room to new keys, as apply sees it (docs/architecture.md, "Moving a room to new keys").
 *
 * In the old room, a `rekey` signed by an authority seals the new room's keys to each member who
 * may follow. It counts only if it seals to exactly the members in good standing at its point of
 * the log (not blocked, with a published box key) and names exactly the current moderators: a
 * block or a new member ordered before it by a concurrent write makes it refuse, and the mover's
 * device moves again. From an accepted `rekey` on, the old room admits nobody new.
 */
export async function rekey(ctx: ApplyContext, r: RecordOf<'rekey'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  if (await ctx.view.get(K.moved)) return false
  const [eligible, moderators] = await Promise.all([eligibleMembers(ctx), currentModerators(ctx)])
  const to = r.sealed.map((s) => s.to)
  if (!sameSet(to, eligible) || !sameSet(r.moderators, moderators)) return false
  const moved: Moved = { by: r.by, nonce: r.nonce, time: r.time, sealed: r.sealed, moderators, at: ctx.counters.messages }
  await ctx.view.put(K.moved, moved)
  await ctx.log('move', r.by, null, null, r.time)
  return true
}

/** Members who may follow a move: not blocked, and with a box key to seal the new keys to. */
async function eligibleMembers(ctx: ApplyContext): Promise<string[]> {
  const out: string[] = []
  for await (const { key, value } of ctx.view.createReadStream<MemberRecord>(prefixRange(K.memberPrefix))) {
    const id = key.slice(K.memberPrefix.length)
    if (value.box && !(await ctx.value<Blocked>(K.blocked(id)))) out.push(id)
  }
  return out
}

async function currentModerators(ctx: ApplyContext): Promise<string[]> {
  const out: string[] = []
  for await (const { key } of ctx.view.createReadStream(prefixRange(K.modPrefix))) out.push(key.slice(K.modPrefix.length))
  return out
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && new Set(a).size === a.length && a.every((x) => b.includes(x))

/** The new room's genesis brings the old room's state: moderators, guidelines, resources, settings, who may continue, mutes. */
export async function carryIn(ctx: ApplyContext, carry: Carry, by: string, time: number) {
  for (const m of carry.moderators) await ctx.view.put(K.mod(m), { addedBy: by, time })
  if (carry.guidelines) await ctx.view.put(K.guidelines, carry.guidelines)
  if (carry.resources) await ctx.view.put(K.resources, { resources: carry.resources, by, time })
  await ctx.view.put(K.settings, carry.settings)
  for (const m of carry.members) await ctx.view.put(K.carried(m.prev), { name: m.name, accepted: m.accepted })
  for (const m of carry.mutes) await ctx.view.put(K.carriedMute(m.prev), m)
  // the mover continues as the new room's creator
  await ctx.view.put(K.continued(carry.self), ctx.author)
  await carryLifeIn(ctx, carry.life)
  await carryListsIn(ctx, carry.lists)
  await ctx.log('moved-in', by, null, null, time)
}

/** An old member continues in the new room with the continuation ticket sealed to them in the old one. */
export async function continueMember(ctx: ApplyContext, r: RecordOf<'join'>): Promise<boolean> {
  const genesis = (await ctx.genesis()) as Genesis | null
  const cont = r.cont!
  if (!genesis?.prev || !genesis.by) return false
  const carried = await ctx.value<{ name: string | null; accepted: number | null }>(K.carried(cont.member))
  if (!carried || (await ctx.view.get(K.continued(cont.member)))) return false
  if (!verifyContinuation(ctx.roomKey, cont.member, cont.sig, genesis.by)) return false
  await admit(ctx)
  await ctx.view.put(K.continued(cont.member), ctx.author)
  await addMember(ctx, { name: r.name ?? carried.name, joinedBy: null, prev: cont.member, ...(r.box ? { box: r.box } : {}) })
  const guidelines = await ctx.value<{ version: number }>(K.guidelines)
  if (guidelines && carried.accepted === guidelines.version) await ctx.view.put(K.accepted(ctx.author), carried.accepted)
  const mute = await ctx.value<Carry['mutes'][number]>(K.carriedMute(cont.member))
  if (mute) {
    const state: MuteState = {
      by: mute.by,
      reason: mute.reason,
      untilMessages: mute.remaining === null ? null : ctx.counters.messages + mute.remaining,
      untilTime: mute.untilTime
    }
    await ctx.view.put(K.mute(ctx.author), state)
  }
  return true
}
