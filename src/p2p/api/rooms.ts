import { fail } from '../../shared/api/errors.ts'
import { newSigningKeyPair, randomBytes, toHex } from '../crypto.ts'
import { signRecord } from '../records/signing.ts'
import { roomSummary, signingKeyPair } from './summary.ts'
import { writable } from './guards.ts'
import { completeJoin } from '../join.ts'
import { decodeInvite } from '../invite.ts'
import { parseShortLink } from '../short-link.ts'
import { issueInvite } from './invites.ts'
import type { ImplFactory } from './context.ts'
import { K, type MuteState } from '../room/keys.ts'
import { muteInForce } from '../room/gates.ts'
import { roomPins } from './life.ts'

export const roomMethods: ImplFactory<
  'createRoom' | 'joinRoom' | 'listRooms' | 'getRoom' | 'leaveRoom' | 'markRead' | 'whoami' | 'listMembers' | 'setProfile'
> = (node, options) => ({
  async createRoom({ name, displayName }) {
    const owner = newSigningKeyPair()
    const room = await node.addRoom(null, randomBytes(32), { signingKey: node.vault.seal(owner.secretKey) }, async (room) => {
      const time = Date.now()
      await room.append(signRecord(room.key, owner, { type: 'genesis', name, owner: toHex(owner.publicKey), time }))
      if (displayName) await room.append({ type: 'profile', name: displayName, time })
    })
    const { invite, link } = await issueInvite(node, room.id)
    return { roomId: room.id, invite, link }
  },

  async joinRoom({ invite, displayName }) {
    const token = parseShortLink(invite)
    const inv = decodeInvite(token ? await node.parking.lookUp(token, options.joinTimeoutMs ?? 20_000) : invite)
    // an invite to a room this device has (also one from before the room moved to new keys)
    for (const [roomId, room] of node.rooms) {
      if (node.epochs(roomId).some((r) => r.key.equals(inv.roomKey))) return { roomId, state: room.writable ? 'ready' : 'joining' }
    }
    if (inv.ticket.expires !== undefined && Date.now() > inv.ticket.expires) throw fail('invite_expired')
    const room = await node.addRoom(
      inv.roomKey,
      inv.encryptionKey,
      { pendingJoin: { ticket: inv.ticket, name: displayName ?? null } },
      undefined,
      inv.systemKey
    )
    const state = await completeJoin(node, room.id, options.joinTimeoutMs ?? 20_000)
    return { roomId: room.id, state }
  },

  async listRooms() {
    return { rooms: await Promise.all([...node.rooms.keys()].map((id) => roomSummary(node, id))) }
  },

  async getRoom({ roomId }) {
    const room = node.room(roomId)
    const [summary, genesis, counters, viewHash] = await Promise.all([
      roomSummary(node, roomId),
      room.queries.genesis(),
      room.queries.counters(),
      room.queries.viewHash()
    ])
    const [moves, pins] = await Promise.all([node.history(roomId).moves(), roomPins(room)])
    return { ...summary, owner: genesis?.owner ?? null, memberCount: counters.members, skipped: counters.skipped, viewHash, moves, pins }
  },

  async leaveRoom({ roomId, erase }) {
    await node.removeRoom(roomId, !!erase)
    return { ok: true as const }
  },

  async markRead({ roomId }) {
    const entry = node.entry(roomId)
    entry.lastRead = await node.history(roomId).total()
    await node.profile.save()
    node.emit('room-read', roomId)
    return { ok: true as const }
  },

  async whoami({ roomId }) {
    const room = await node.settledRoom(roomId)
    const kp = signingKeyPair(node, roomId)
    const member = await room.queries.member(room.memberId)
    return { memberId: room.memberId, displayName: member?.name ?? null, moderatorKey: kp ? toHex(kp.publicKey) : null, writable: room.writable }
  },

  async listMembers({ roomId }) {
    const room = node.room(roomId)
    const [members, counters] = await Promise.all([room.queries.members(), room.queries.counters()])
    return {
      members: await Promise.all(
        members.map(async (m) => {
          const [blocked, mute] = await Promise.all([room.queries.value(K.blocked(m.memberId)), room.queries.value<MuteState>(K.mute(m.memberId))])
          const muted = muteInForce(mute, counters.messages, Date.now()) !== null
          return { memberId: m.memberId, displayName: m.name, posts: m.posts, blocked: !!blocked, muted, approved: m.approved !== false }
        })
      )
    }
  },

  async setProfile({ roomId, displayName }) {
    const room = await writable(node, roomId)
    await room.append({ type: 'profile', name: displayName, time: Date.now() })
    if ((await room.queries.member(room.memberId))?.name !== displayName) throw fail('not_applied', { action: 'profile' })
    return { ok: true as const }
  }
})
