import { oneAtATime } from './one-at-a-time.ts'
import type { Room } from './room/room.ts'
import { K } from './room/keys.ts'
import { isAuthorityKey } from './room/queries-authority.ts'
import { signRecord } from './records/signing.ts'
import { signingKeyPair } from './api/summary.ts'
import { toHex } from './crypto.ts'
import type { HearthNode } from './node.ts'

/** The moderator key each room's writer is known to be bound to: no read per update after that. */
const bound = new WeakMap<object, string>()

/**
 * A device that holds a current moderator key for a room says, once, that its writer stands behind
 * that key (`bind-writer`), so that reports about its posts go to the other moderators and the
 * owner, not to this moderator (api/safety.ts). A modified client can skip this; apply also binds
 * any writer that appends what the key signs (handlers/signers.ts), and docs/threat-model.md says
 * what is left.
 */
export function bindModeratorWriter(node: HearthNode, roomId: string) {
  const room = node.rooms.get(roomId)
  if (!room || node.closing || !room.writable || !node.profile.get(roomId)?.signingKey) return
  asked.set(room, { node, roomId })
  bindOnce(room)
}

/** The node and room id each room was asked about with (bindOnce is keyed by the room). */
const asked = new WeakMap<Room, { node: HearthNode; roomId: string }>()

/** One binding check per room at a time; one asked for meanwhile runs after it (the key may have become a moderator's). */
const bindOnce = oneAtATime(async (room: Room) => {
  const { node, roomId } = asked.get(room)!
  if (node.closing || room.base.closing || !room.writable) return
  const run = async () => {
    const kp = signingKeyPair(node, roomId)
    if (!kp) return
    const key = toHex(kp.publicKey)
    if (bound.get(room) === key) return
    if (await room.queries.value(K.signer(room.memberId, key))) return void bound.set(room, key)
    if (!(await isAuthorityKey(room.base.view, key))) return
    await room.append(signRecord(room.key, kp, { type: 'bind-writer', writer: room.memberId, time: Date.now() }))
  }
  await run().catch((err: unknown) => node.emit('log', `room ${roomId}: binding the moderator key failed: ${(err as Error).message}`))
})
