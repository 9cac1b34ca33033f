import { encodeInvite } from '../invite.ts'
import { signRecord, signTicket } from '../records/signing.ts'
import { K, type TicketState } from '../room/keys.ts'
import { fail } from '../../shared/api/errors.ts'
import { requireSigningKey, writable } from './guards.ts'
import type { HearthNode } from '../node.ts'
import type { ImplFactory } from './context.ts'

/** Signs a fresh ticket with this device's owner/moderator key and wraps it in an invite string. */
export async function issueInvite(node: HearthNode, roomId: string) {
  const room = node.room(roomId)
  const entry = node.entry(roomId)
  const kp = requireSigningKey(node, roomId)
  const ticket = signTicket(room.key, kp)
  entry.invites.push({ id: ticket.id, issuer: ticket.issuer })
  await node.profile.save()
  const encryptionKey = node.vault.open(entry.encryptionKey)
  // the current system key lets a newcomer fast-forward straight to the room's signed state
  return { invite: encodeInvite({ roomKey: room.key, encryptionKey, ticket, systemKey: room.base.core.key }), inviteId: ticket.id }
}

export const inviteMethods: ImplFactory<'createInvite' | 'revokeInvite' | 'listInvites'> = (node) => ({
  async createInvite({ roomId }) {
    return issueInvite(node, roomId)
  },

  async revokeInvite({ roomId, inviteId }) {
    const kp = requireSigningKey(node, roomId)
    const room = await writable(node, roomId)
    const state = (await room.base.view.get(K.ticket(inviteId)))?.value as TicketState | undefined
    if (state?.revoked) throw fail('invite_already_revoked')
    await room.append(signRecord(room.key, kp, { type: 'revoke-ticket', ticket: inviteId, time: Date.now() }))
    return { ok: true as const }
  },

  async listInvites({ roomId }) {
    const room = node.room(roomId)
    const invites = await Promise.all(
      node.entry(roomId).invites.map(async (inv) => {
        const state = (await room.base.view.get(K.ticket(inv.id)))?.value as TicketState | undefined
        return { inviteId: inv.id, issuer: inv.issuer, revoked: !!state?.revoked, uses: state?.uses ?? 0 }
      })
    )
    return { invites }
  }
})
