import { HearthError, ErrorCode } from '../../shared/api/errors.ts'
import { signRecord } from '../records/signing.ts'
import { toHex, keyPairFromSecret, newSigningKeyPair } from '../crypto.ts'
import { K, type MemberRecord } from '../room/keys.ts'
import { isAuthorityKey } from '../room/queries-authority.ts'
import { requireSigningKey, writable } from './guards.ts'
import type { HearthNode } from '../node.ts'
import type { ImplFactory } from './context.ts'
import type { Room } from '../room/room.ts'

const OK = { ok: true as const }

/** Signs and appends a moderation record, after checking this device may (clear errors, not silent skips). */
export async function moderate(node: HearthNode, roomId: string, record: Record<string, unknown>, opts: { ownerOnly?: boolean } = {}) {
  const kp = requireSigningKey(node, roomId)
  const room = await writable(node, roomId)
  const me = toHex(kp.publicKey)
  const owner = (await room.queries.genesis())?.owner
  if (opts.ownerOnly ? owner !== me : !(await isAuthorityKey(room.base.view, me))) {
    throw new HearthError(
      ErrorCode.NotAllowed,
      opts.ownerOnly ? 'Only the room owner can change who moderates.' : 'Your moderator key is not (or no longer) a moderator of this room.'
    )
  }
  await room.append(signRecord(room.key, kp, { ...record, time: Date.now() }))
  return room
}

async function requireMember(room: Room, memberId: string): Promise<MemberRecord> {
  const m = await room.queries.member(memberId)
  if (!m) throw new HearthError(ErrorCode.NotFound, `No member ${memberId.slice(0, 12)}… in this room.`)
  return m
}

/** Fails unless the record took effect (apply is deterministic: the local view tells at once). */
async function expectState(room: Room, key: string, present: boolean, what: string) {
  if (((await room.base.view.get(key)) !== null) !== present) throw new HearthError(ErrorCode.Conflict, `${what} did not take effect.`)
}

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
> = (node) => ({
  async blockMember({ roomId, memberId, reason }) {
    const room = node.room(roomId)
    await requireMember(room, memberId)
    if (await room.base.view.get(K.blocked(memberId))) throw new HearthError(ErrorCode.Conflict, 'That member is already blocked.')
    if ((await room.queries.genesis())?.creator === memberId) throw new HearthError(ErrorCode.NotAllowed, 'The room owner cannot be blocked.')
    await moderate(node, roomId, { type: 'block', member: memberId, reason })
    await expectState(room, K.blocked(memberId), true, 'The block')
    return OK
  },
  async unblockMember({ roomId, memberId, reason }) {
    const room = node.room(roomId)
    if (!(await room.base.view.get(K.blocked(memberId)))) throw new HearthError(ErrorCode.Conflict, 'That member is not blocked.')
    await moderate(node, roomId, { type: 'unblock', member: memberId, ...(reason ? { reason } : {}) })
    return OK
  },
  async hideMessage({ roomId, messageId, reason }) {
    const room = node.room(roomId)
    if (!(await room.queries.rawMessage(messageId))) throw new HearthError(ErrorCode.NotFound, `No message ${messageId} in this room.`)
    if (await room.base.view.get(K.hidden(messageId))) throw new HearthError(ErrorCode.Conflict, 'That message is already hidden.')
    await moderate(node, roomId, { type: 'hide', target: messageId, reason })
    return OK
  },
  async unhideMessage({ roomId, messageId, reason }) {
    if (!(await node.room(roomId).base.view.get(K.hidden(messageId)))) throw new HearthError(ErrorCode.Conflict, 'That message is not hidden.')
    await moderate(node, roomId, { type: 'unhide', target: messageId, ...(reason ? { reason } : {}) })
    return OK
  },
  async muteMember({ roomId, memberId, reason, forMessages }) {
    await requireMember(node.room(roomId), memberId)
    await moderate(node, roomId, { type: 'mute', member: memberId, reason, ...(forMessages ? { forMessages } : {}) })
    return OK
  },
  async unmuteMember({ roomId, memberId }) {
    if (!(await node.room(roomId).base.view.get(K.mute(memberId)))) throw new HearthError(ErrorCode.Conflict, 'That member is not muted.')
    await moderate(node, roomId, { type: 'unmute', member: memberId })
    return OK
  },
  async approveMember({ roomId, memberId }) {
    const m = await requireMember(node.room(roomId), memberId)
    if (m.approved !== false) throw new HearthError(ErrorCode.Conflict, 'That member is not waiting for approval.')
    await moderate(node, roomId, { type: 'approve-member', member: memberId })
    return OK
  },
  async addModerator({ roomId, moderatorKey }) {
    const room = node.room(roomId)
    if (await room.base.view.get(K.mod(moderatorKey))) throw new HearthError(ErrorCode.Conflict, 'That key is already a moderator.')
    await moderate(node, roomId, { type: 'mod-add', moderator: moderatorKey }, { ownerOnly: true })
    await expectState(room, K.mod(moderatorKey), true, 'Adding the moderator')
    return OK
  },
  async removeModerator({ roomId, moderatorKey }) {
    const room = node.room(roomId)
    if (!(await room.base.view.get(K.mod(moderatorKey)))) throw new HearthError(ErrorCode.Conflict, 'That key is not a moderator.')
    await moderate(node, roomId, { type: 'mod-remove', moderator: moderatorKey }, { ownerOnly: true })
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
    const entries = await node.room(roomId).queries.entries<any>(K.modlogPrefix, { reverse: true, limit: limit ?? 200 })
    return { entries: entries.reverse().map((e) => e.value) }
  }
})
