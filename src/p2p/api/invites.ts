import { encodeInvite } from '../invite.ts'
import { shortLink } from '../short-link.ts'
import { signTicket } from '../records/signing.ts'
import { K, type TicketState } from '../room/keys.ts'
import { fail } from '../../shared/api/errors.ts'
import { requireSigningKey } from './guards.ts'
import { moderate } from './moderate.ts'
import { encodeSeedInvite } from '../seed/seed-invite.ts'
import { isAuthorityKey } from '../room/queries-authority.ts'
import { toHex } from '../crypto.ts'
import type { HearthNode } from '../node.ts'
import type { ImplFactory } from './context.ts'

const DAY = 24 * 60 * 60_000
/** How long an invite works unless the moderator says otherwise. */
export const DEFAULT_INVITE_DAYS = 7

type Limits = { label?: string; expiresInDays?: number; maxUses?: number }

/**
 * Signs a fresh ticket with this device's owner/moderator key and wraps it in an invite string.
 * The invite is kept here, sealed, so it can be copied again from the moderator console.
 */
export async function issueInvite(node: HearthNode, roomId: string, limits: Limits = {}) {
  const room = node.room(roomId)
  const entry = node.entry(roomId)
  const kp = requireSigningKey(node, roomId)
  const days = limits.expiresInDays ?? DEFAULT_INVITE_DAYS
  const createdAt = Date.now()
  const expires = days > 0 ? createdAt + days * DAY : undefined
  const ticket = signTicket(room.key, kp, { expires, maxUses: limits.maxUses })
  const encryptionKey = node.vault.open(entry.encryptionKey)
  // the current system key lets a newcomer fast-forward straight to the room's signed state
  const invite = encodeInvite({ roomKey: room.key, encryptionKey, ticket, systemKey: room.base.core.key })
  entry.invites.push({
    id: ticket.id,
    issuer: ticket.issuer,
    createdAt,
    ...(limits.label ? { label: limits.label } : {}),
    ...(expires ? { expires } : {}),
    ...(limits.maxUses ? { maxUses: limits.maxUses } : {}),
    invite: node.vault.seal(Buffer.from(invite))
  })
  await node.profile.save()
  node.parking.park(invite)
  return { invite, inviteId: ticket.id, link: shortLink(invite), expires: expires ?? null, maxUses: limits.maxUses ?? null }
}

export const inviteMethods: ImplFactory<'createInvite' | 'createSeedInvite' | 'revokeInvite' | 'listInvites'> = (node) => ({
  async createInvite({ roomId, label, expiresInDays, maxUses }) {
    if (node.entry(roomId).privateOf) throw fail('private_conversation_no_invites')
    return issueInvite(node, roomId, { label, expiresInDays, maxUses })
  },

  async createSeedInvite({ roomId }) {
    const kp = requireSigningKey(node, roomId)
    const room = node.room(roomId)
    if (!(await isAuthorityKey(room.base.view, toHex(kp.publicKey)))) throw fail('not_moderator')
    return { seedInvite: encodeSeedInvite(room.key) }
  },

  async revokeInvite({ roomId, inviteId }) {
    const state = await node.room(roomId).queries.value<TicketState>(K.ticket(inviteId))
    if (state?.revoked) throw fail('invite_already_revoked')
    const revoked = async (room: ReturnType<HearthNode['room']>) => !!(await room.queries.value<TicketState>(K.ticket(inviteId)))?.revoked
    await moderate(node, roomId, { type: 'revoke-ticket', ticket: inviteId }, revoked)
    return { ok: true as const }
  },

  async listInvites({ roomId }) {
    const room = node.room(roomId)
    const now = Date.now()
    const invites = await Promise.all(
      node.entry(roomId).invites.map(async (inv) => {
        const state = await room.queries.value<TicketState>(K.ticket(inv.id))
        const uses = state?.uses ?? 0
        const expires = inv.expires ?? null
        const maxUses = inv.maxUses ?? null
        const full = inv.invite ? node.vault.open(inv.invite).toString() : null
        const usable = !state?.revoked && (expires === null || expires > now) && (maxUses === null || uses < maxUses)
        return {
          inviteId: inv.id,
          issuer: inv.issuer,
          label: inv.label ?? null,
          createdAt: inv.createdAt ?? null,
          expires,
          maxUses,
          revoked: !!state?.revoked,
          uses,
          invite: full,
          link: full ? shortLink(full) : null,
          usable
        }
      })
    )
    return { invites }
  }
})
