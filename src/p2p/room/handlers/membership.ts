import b4a from 'b4a'
import { verifyRecord, verifyTicket } from '../../records/signing.ts'
import type { RecordOf } from '../../records/schema.ts'
import { K, type MemberRecord, type Settings, type TicketState } from '../keys.ts'
import { acceptSigned, isAuthority } from '../authority.ts'
import type { ApplyContext } from '../apply-context.ts'

/** The room's first record: only from the bootstrap writer, signed by the owner key it names. */
export async function genesis(ctx: ApplyContext, r: RecordOf<'genesis'>): Promise<boolean> {
  if (await ctx.genesis()) return false
  if (!b4a.equals(ctx.node.from.key, ctx.roomKey)) return false
  if (r.by !== r.owner || !verifyRecord(ctx.roomKey, r)) return false
  const g = { name: r.name, owner: r.owner, time: r.time, creator: ctx.author }
  await ctx.view.put(K.genesis, g)
  ctx.setGenesis(g)
  await ctx.view.put(K.nonce(r.nonce), 1)
  await addMember(ctx, null, null)
  return true
}

async function addMember(ctx: ApplyContext, name: string | null, ticket: string | null, approved = true) {
  const member: MemberRecord = { name, posts: 0, joinedBy: ticket, approved }
  await ctx.view.put(K.member(ctx.author), member)
  ctx.counters.members++
}

/**
 * A newcomer's optimistic block. It becomes a (non-indexer) writer only if its ticket is signed,
 * for this room, by a current authority, and not revoked at this point of the log.
 */
export async function join(ctx: ApplyContext, r: RecordOf<'join'>): Promise<boolean> {
  if (!ctx.node.optimistic) return false // already a writer: nothing to admit
  if (!(await ctx.genesis())) return false
  if (await ctx.view.get(K.blocked(ctx.author))) return false // a blocked member cannot come back in
  if (!verifyTicket(ctx.roomKey, r.ticket)) return false
  if (!(await isAuthority(ctx, r.ticket.issuer))) return false
  const state = await ctx.value<TicketState>(K.ticket(r.ticket.id))
  if (state?.revoked) return false
  await ctx.host.addWriter(ctx.node.from.key, { indexer: false })
  await ctx.host.ackWriter(ctx.node.from.key)
  if (!(await ctx.view.get(K.member(ctx.author)))) {
    const settings = await ctx.value<Settings>(K.settings)
    await addMember(ctx, r.name ?? null, r.ticket.id, settings?.joinMode !== 'approval')
  }
  await ctx.view.put(K.ticket(r.ticket.id), { revoked: false, uses: (state?.uses ?? 0) + 1 })
  return true
}

export async function revokeTicket(ctx: ApplyContext, r: RecordOf<'revoke-ticket'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  const state = await ctx.value<TicketState>(K.ticket(r.ticket))
  await ctx.view.put(K.ticket(r.ticket), { revoked: true, uses: state?.uses ?? 0 })
  await ctx.log('revoke-invite', r.by, r.ticket, null, r.time)
  return true
}

export async function profile(ctx: ApplyContext, r: RecordOf<'profile'>): Promise<boolean> {
  const member = await ctx.value<MemberRecord>(K.member(ctx.author))
  if (!member) return false
  await ctx.view.put(K.member(ctx.author), { ...member, name: r.name })
  return true
}
