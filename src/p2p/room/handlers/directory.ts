import type { RecordOf } from '../../records/schema.ts'
import { K, type KnockState } from '../keys.ts'
import { acceptOwnerSigned, acceptSigned } from '../authority.ts'
import type { ApplyContext } from '../apply-context.ts'

/** Unanswered knocks a room holds at most: the owner's device refuses more (directory/knock-host.ts), and so does apply. */
export const KNOCKS_PENDING_MAX = 50

/**
 * A knock, recorded by the owner's device: only the owner key signs one (a member cannot fill the
 * moderators' queue), each request id once, and at most KNOCKS_PENDING_MAX wait at a time.
 */
export async function knock(ctx: ApplyContext, r: RecordOf<'knock'>): Promise<boolean> {
  if (!(await acceptOwnerSigned(ctx, r))) return false
  if (await ctx.view.get(K.knock(r.request))) return false
  const pending = (await ctx.value<number>(K.knocksPending)) ?? 0
  if (pending >= KNOCKS_PENDING_MAX) return false
  const state: KnockState = { sealed: r.sealed, time: r.time, nonce: r.nonce, answer: null }
  await ctx.view.put(K.knock(r.request), state)
  await ctx.view.put(K.knocksPending, pending + 1)
  return true
}

/** A moderator answers a knock, once: a second answer, or one replayed, changes nothing. */
export async function knockAnswer(ctx: ApplyContext, r: RecordOf<'knock-answer'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  const state = await ctx.value<KnockState>(K.knock(r.request))
  if (!state || state.answer) return false
  await ctx.view.put(K.knock(r.request), { ...state, answer: { by: r.by, approve: r.approve, box: r.box, time: r.time, nonce: r.nonce } })
  await ctx.view.put(K.knocksPending, Math.max(0, ((await ctx.value<number>(K.knocksPending)) ?? 1) - 1))
  return true
}
