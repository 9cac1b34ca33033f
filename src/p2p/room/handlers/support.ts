import type { RecordOf } from '../../records/schema.ts'
import { K, type Ended, type MemberRecord, type SupportOfferState, type SupportRequestState } from '../keys.ts'
import { acceptSigned } from '../authority.ts'
import { messageId } from './messages.ts'
import type { ApplyContext } from '../apply-context.ts'

/** A member asks for someone to talk to: the view holds who asked and the note sealed to moderators. */
export async function supportRequest(ctx: ApplyContext, r: RecordOf<'support-request'>): Promise<boolean> {
  if (!(await ctx.view.get(K.member(ctx.author)))) return false
  const state: SupportRequestState = { requester: ctx.author, sealed: r.sealed, time: r.time, accepted: null }
  await ctx.view.put(K.support(messageId(ctx.author, ctx.node.length)), state)
  return true
}

/**
 * A moderator's offer of a private conversation to one member, sealed to that member's box key.
 * Signed by an authority, so a member's device opens only conversations a moderator offered; an
 * offer answering a request counts once per request (the first moderator to accept has it).
 */
export async function supportOffer(ctx: ApplyContext, r: RecordOf<'support-offer'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  const member = await ctx.value<MemberRecord>(K.member(r.member))
  if (!member?.box || (await ctx.view.get(K.blocked(r.member)))) return false
  if (r.request) {
    const request = await ctx.value<SupportRequestState>(K.support(r.request))
    if (!request || request.requester !== r.member || request.accepted) return false
    await ctx.view.put(K.support(r.request), { ...request, accepted: { by: r.by, time: r.time } })
  }
  const offer: SupportOfferState = { by: r.by, request: r.request ?? null, box: r.box, time: r.time }
  await ctx.view.put(K.offer(r.member, r.nonce), offer)
  return true
}

/** Either member of a private conversation ends it: posts after this point do not count. */
export async function endConversation(ctx: ApplyContext, r: RecordOf<'end-conversation'>): Promise<boolean> {
  if (!(await ctx.view.get(K.member(ctx.author))) || (await ctx.view.get(K.ended))) return false
  const ended: Ended = { by: ctx.author, time: r.time }
  await ctx.view.put(K.ended, ended)
  return true
}
