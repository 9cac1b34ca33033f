import { K } from './room/keys.ts'
import { isAuthorityKey } from './room/queries-authority.ts'
import { signRecord } from './records/signing.ts'
import { signingKeyPair } from './api/summary.ts'
import { toHex } from './crypto.ts'
import type { HearthNode } from './node.ts'

const busy = new WeakSet<object>()
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
  if (!room || busy.has(room) || node.closing || !room.writable || !node.profile.get(roomId)?.signingKey) return
  busy.add(room)
  const run = async () => {
    const kp = signingKeyPair(node, roomId)!
    const key = toHex(kp.publicKey)
    if (bound.get(room) === key) return
    if (await room.queries.value(K.signer(room.memberId, key))) return void bound.set(room, key)
    if (!(await isAuthorityKey(room.base.view, key))) return
    await room.append(signRecord(room.key, kp, { type: 'bind-writer', writer: room.memberId, time: Date.now() }))
  }
  run()
    .catch((err: unknown) => node.emit('log', `room ${roomId}: binding the moderator key failed: ${(err as Error).message}`))
    .finally(() => busy.delete(room))
}
