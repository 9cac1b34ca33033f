import { fail } from '../../shared/api/errors.ts'
import { toHex, keyPairFromSecret, newSigningKeyPair } from '../crypto.ts'
import { K, mayBlockCreator, type Blocked, type HiddenState, type MemberRecord, type ModAction, type MuteState } from '../room/keys.ts'
import { moderate, made } from './moderate.ts'
import { requireSigningKey, writable } from './guards.ts'
import { isAuthorityKey } from '../room/queries-authority.ts'
import { moveRoom } from '../epochs/move.ts'
import type { ImplFactory } from './context.ts'
import type { Room } from '../room/room.ts'

const OK = { ok: true as const }

async function requireMember(room: Room, memberId: string): Promise<MemberRecord> {
  const m = await room.queries.member(memberId)
  if (!m) throw fail('member_not_found', { memberId })
  return m
}

const has = (key: string) => async (room: Room) => (await room.queries.value(key)) !== null
const lacks = (key: string) => async (room: Room) => (await room.queries.value(key)) === null

export const moderationMethods: ImplFactory<
  | 'blockMember'
  | 'unblockMember'
  | 'hideMessage'
  | 'unhideMessage'
  | 'muteMember'
  | 'unmuteMember'
  | 'approveMember'
  | 'addModerator'
  | 'removeModerator'
  | 'listModerators'
  | 'createModeratorKey'
  | 'getModerationLog'
  | 'rekeyRoom'
> = (node) => ({
  async rekeyRoom({ roomId }) {
    const kp = requireSigningKey(node, roomId)
    const room = await writable(node, roomId)
    if (!(await isAuthorityKey(room.base.view, toHex(kp.publicKey)))) throw fail('not_moderator')
    await moveRoom(node, roomId, room, kp)
    return OK
  },
  async blockMember({ roomId, memberId, reason }) {
    const room = node.room(roomId)
    await requireMember(room, memberId)
    if (await room.queries.value(K.blocked(memberId))) throw fail('already_blocked')
    const genesis = (await room.queries.genesis())!
    if (genesis.creator === memberId && !mayBlockCreator(genesis, toHex(requireSigningKey(node, roomId).publicKey))) throw fail('owner_cannot_be_blocked')
    await moderate(node, roomId, { type: 'block', member: memberId, reason }, has(K.blocked(memberId)))
    return OK
  },
  async unblockMember({ roomId, memberId, reason }) {
    const blocked = await node.room(roomId).queries.value<Blocked>(K.blocked(memberId))
    if (!blocked) throw fail('not_blocked')
    const record = { type: 'unblock', member: memberId, ...(blocked.nonce ? { of: blocked.nonce } : {}), ...(reason ? { reason } : {}) }
    await moderate(node, roomId, record, lacks(K.blocked(memberId)))
    return OK
  },
  async hideMessage({ roomId, messageId, reason }) {
    const room = node.room(roomId)
    if (!(await room.queries.rawMessage(messageId))) throw fail('message_not_found', { messageId })
    if (await room.queries.value(K.hidden(messageId))) throw fail('already_hidden')
    await moderate(node, roomId, { type: 'hide', target: messageId, reason }, has(K.hidden(messageId)))
    return OK
  },
  async unhideMessage({ roomId, messageId, reason }) {
    const hidden = await node.room(roomId).queries.value<HiddenState>(K.hidden(messageId))
    if (!hidden) throw fail('not_hidden')
    const record = { type: 'unhide', target: messageId, ...(hidden.nonce ? { of: hidden.nonce } : {}), ...(reason ? { reason } : {}) }
    await moderate(node, roomId, record, lacks(K.hidden(messageId)))
    return OK
  },
  async muteMember({ roomId, memberId, reason, forMessages, minutes }) {
    await requireMember(node.room(roomId), memberId)
    const record = {
      type: 'mute',
      member: memberId,
      reason,
      ...(forMessages ? { forMessages } : {}),
      ...(minutes ? { untilTime: Date.now() + minutes * 60_000 } : {})
    }
    await moderate(node, roomId, record, made(K.mute(memberId)))
    return OK
  },
  async unmuteMember({ roomId, memberId }) {
    const muted = await node.room(roomId).queries.value<MuteState>(K.mute(memberId))
    if (!muted) throw fail('not_muted')
    await moderate(node, roomId, { type: 'unmute', member: memberId, ...(muted.nonce ? { of: muted.nonce } : {}) }, lacks(K.mute(memberId)))
    return OK
  },
  async approveMember({ roomId, memberId }) {
    const m = await requireMember(node.room(roomId), memberId)
    if (m.approved !== false) throw fail('not_awaiting_approval')
    await moderate(node, roomId, { type: 'approve-member', member: memberId }, async (room) => (await room.queries.member(memberId))?.approved !== false)
    return OK
  },
  async addModerator({ roomId, moderatorKey }) {
    const room = node.room(roomId)
    if (await room.queries.value(K.mod(moderatorKey))) throw fail('already_moderator')
    await moderate(node, roomId, { type: 'mod-add', moderator: moderatorKey }, has(K.mod(moderatorKey)), { ownerOnly: true })
    return OK
  },
  async removeModerator({ roomId, moderatorKey }) {
    const room = node.room(roomId)
    if ((await room.queries.genesis())?.owner === moderatorKey) throw fail('owner_cannot_be_removed')
    if (!(await room.queries.value(K.mod(moderatorKey)))) throw fail('not_a_moderator_key')
    await moderate(node, roomId, { type: 'mod-remove', moderator: moderatorKey }, lacks(K.mod(moderatorKey)), { ownerOnly: true })
    return OK
  },
  async listModerators({ roomId }) {
    const room = node.room(roomId)
    const mods = await room.queries.entries<{ addedBy: string; time: number }>(K.modPrefix)
    return {
      owner: (await room.queries.genesis())?.owner ?? null,
      moderators: mods.map(({ key, value }) => ({ moderatorKey: key.slice(K.modPrefix.length), addedBy: value.addedBy, time: value.time }))
    }
  },
  async createModeratorKey({ roomId }) {
    const entry = node.entry(roomId)
    if (!entry.signingKey) {
      entry.signingKey = node.vault.seal(newSigningKeyPair().secretKey)
      await node.profile.save()
    }
    return { moderatorKey: toHex(keyPairFromSecret(node.vault.open(entry.signingKey)).publicKey) }
  },
  async getModerationLog({ roomId, limit }) {
    const entries = await node.room(roomId).queries.entries<ModAction>(K.modlogPrefix, { reverse: true, limit: limit ?? 200 })
    return { entries: entries.reverse().map((e) => e.value) }
  }
})
