import { fail } from '../../shared/api/errors.ts'
import { signingKeyPair } from './summary.ts'
import { K, type Blocked } from '../room/keys.ts'
import { toHex } from '../crypto.ts'
import type { HearthNode } from '../node.ts'
import type { Room } from '../room/room.ts'

/**
 * The room, if this device may write to it as a member; otherwise an error that says why: blocked
 * (with the moderator's reason), not a member yet, or history still downloading with nobody online.
 */
export async function writable(node: HearthNode, roomId: string) {
  const room = await writableHistory(node, roomId)
  const blocked = await room.queries.value<Blocked>(K.blocked(room.memberId))
  if (blocked) throw fail('you_are_blocked', { note: blocked.reason || null })
  if (!room.writable) throw fail('not_member_yet')
  return room
}

/**
 * The room, if a write made now would be applied: apply reads old blocks too, so a device still
 * downloading the room's history with no peer online would wait for the network with no end.
 */
export async function writableHistory(node: HearthNode, roomId: string) {
  const room = await node.settledRoom(roomId, { forWrite: true })
  if (room.historyComplete || room.peers > 0) return room
  // a room joined a moment ago can be between connections (a swarm replacing a duplicate one):
  // wait briefly for a peer, or for the history, before saying nobody is online
  if (!(await room.waitFor(async () => room.historyComplete || room.peers > 0, PEER_WAIT_MS))) throw fail('history_downloading')
  return room
}

/** How long a write waits for a peer while the room's history is still downloading. */
const PEER_WAIT_MS = 10_000

export function requireSigningKey(node: HearthNode, roomId: string) {
  const kp = signingKeyPair(node, roomId)
  if (!kp) throw fail('no_moderator_key')
  return kp
}

/** A member who has no box key in the room yet publishes it, so that others can seal things to them. */
export async function publishBoxKey(room: Room) {
  if ((await room.queries.member(room.memberId))?.box) return
  await room.append({ type: 'box-key', box: toHex((await room.boxKeyPair()).publicKey), time: Date.now() })
}
