import b4a from 'b4a'
import { verifyRecord, verifyTicket } from '../../records/signing.ts'
import type { RecordOf } from '../../records/schema.ts'
import { K, type MemberRecord, type Settings, type TicketState } from '../keys.ts'
import { acceptSigned, isAuthority } from '../authority.ts'
import { carryIn, continueMember } from './rekey.ts'
import { addMember, admit } from './members.ts'
import type { RoomClock } from '../clock.ts'
import type { ApplyContext } from '../apply-context.ts'
import { admitNewcomer } from '../flood.ts'

/**
 * The room's first record: only from the bootstrap writer, signed by the owner key it names; or,
 * for a room that continues another after a move to new keys, by the authority that moved it,
 * carrying the old room's state (handlers/rekey.ts).
 */
export async function genesis(ctx: ApplyContext, r: RecordOf<'genesis'>): Promise<boolean> {
  if (await ctx.genesis()) return false
  if (!b4a.equals(ctx.node.from.key, ctx.roomKey)) return false
  if (!!r.prev !== !!r.carry) return false
  const signer = r.carry ? r.by === r.owner || r.carry.moderators.includes(r.by) : r.by === r.owner
  if (!signer || !verifyRecord(ctx.roomKey, r)) return false
  const g = { name: r.name, owner: r.owner, time: r.time, creator: ctx.author, ...(r.prev ? { prev: r.prev, by: r.by, moderators: r.carry!.moderators } : {}) }
  await ctx.view.put(K.genesis, g)
  ctx.setGenesis(g)
  await ctx.view.put(K.nonce(r.nonce), 1)
  if (r.carry) {
    await carryIn(ctx, r.carry, r.by, r.time)
    const self = r.carry.members.find((m) => m.prev === r.carry!.self)
    await addMember(ctx, { name: self?.name ?? null, joinedBy: null, prev: r.carry.self })
    if (self?.accepted && self.accepted === r.carry.guidelines?.version) await ctx.view.put(K.accepted(ctx.author), self.accepted)
  } else await addMember(ctx, { name: null, joinedBy: null })
  return true
}

/**
 * A newcomer's optimistic block. It becomes a (non-indexer) writer only if its ticket is signed,
 * for this room, by a current authority, and not revoked at this point of the log; or, in a room
 * that continues another, if it holds a continuation ticket for a member of the old room.
 */
export async function join(ctx: ApplyContext, r: RecordOf<'join'>): Promise<boolean> {
  if (!ctx.node.optimistic) return false // already a writer: nothing to admit
  if (!(await ctx.genesis())) return false
  if (await ctx.view.get(K.blocked(ctx.author))) return false // a blocked member cannot come back in
  // once the room has moved to new keys, nobody joins the old one: old invites stop working
  if (await ctx.view.get(K.moved)) return false
  if (r.cont) return continueMember(ctx, r)
  const ticket = r.ticket
  if (!ticket || !verifyTicket(ctx.roomKey, ticket)) return false
  if (!(await isAuthority(ctx, ticket.issuer))) return false
  const state = await ctx.value<TicketState>(K.ticket(ticket.id))
  if (state?.revoked || ticketSpent(ticket, state, await ctx.value<RoomClock>(K.clock))) return false
  await admit(ctx)
  if (!(await ctx.view.get(K.member(ctx.author)))) {
    const settings = await ctx.value<Settings>(K.settings)
    await addMember(ctx, { name: r.name ?? null, joinedBy: ticket.id, ...(await admitNewcomer(ctx, settings, r.time)), ...(r.box ? { box: r.box } : {}) })
  }
  await ctx.view.put(K.ticket(ticket.id), { revoked: false, uses: (state?.uses ?? 0) + 1 })
  return true
}

/**
 * Whether a ticket can admit nobody more: used as often as it allows, or expired. apply has no
 * clock, and the joiner's own claim cannot be trusted (it could claim any time before the expiry),
 * so "now" is the latest time anyone already in the room has claimed (clock.ts): once the room has
 * seen a time past the expiry, the ticket is spent for every peer, deterministically. A quiet room
 * can let an expired ticket through until someone claims a later time; the joiner's own app
 * refuses an expired invite by the wall clock before it asks (join.ts).
 */
export function ticketSpent(
  ticket: { expires?: number; maxUses?: number },
  state: TicketState | null,
  clock: RoomClock | null
): 'invite_used_up' | 'invite_expired' | null {
  if (ticket.maxUses !== undefined && (state?.uses ?? 0) >= ticket.maxUses) return 'invite_used_up'
  const latest = clock?.top[0]?.time
  if (ticket.expires !== undefined && latest !== undefined && latest > ticket.expires) return 'invite_expired'
  return null
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
  if (member.name !== r.name) await ctx.view.put(K.renames, ((await ctx.value<number>(K.renames)) ?? 0) + 1)
  return true
}

/** A member publishes the key others seal to them with (a move to new keys uses it). */
export async function boxKey(ctx: ApplyContext, r: RecordOf<'box-key'>): Promise<boolean> {
  const member = await ctx.value<MemberRecord>(K.member(ctx.author))
  if (!member || member.box) return false
  await ctx.view.put(K.member(ctx.author), { ...member, box: r.box })
  return true
}
