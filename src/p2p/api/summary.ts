import type { HearthNode } from '../node.ts'
import type { RoomSummary } from '../../shared/api/common.ts'
import { keyPairFromSecret, toHex } from '../crypto.ts'
import { K } from '../room/keys.ts'

/** This device's signing key for a room (owner or moderator), unsealed; null if it has none. */
export function signingKeyPair(node: HearthNode, roomId: string) {
  const entry = node.entry(roomId)
  return entry.signingKey ? keyPairFromSecret(node.vault.open(entry.signingKey)) : null
}

export async function roomSummary(node: HearthNode, roomId: string): Promise<RoomSummary> {
  const room = await node.settledRoom(roomId)
  const entry = node.entry(roomId)
  const [genesis, messages, ended] = await Promise.all([room.queries.genesis(), node.history(roomId).total(), room.queries.value(K.ended)])
  const kp = signingKeyPair(node, roomId)
  const myKey = kp ? toHex(kp.publicKey) : null
  const isOwner = !!genesis && genesis.owner === myKey
  return {
    roomId,
    name: genesis?.name ?? 'Joining…',
    messageCount: messages,
    unread: Math.max(0, messages - entry.lastRead),
    peers: room.peers,
    writable: room.writable,
    isOwner,
    isModerator: isOwner || (!!myKey && (await room.queries.value(K.mod(myKey))) !== null),
    state: genesis && room.writable ? 'ready' : 'joining',
    ...(entry.movedAway ? { movedAway: true } : {}),
    kind: entry.privateOf ? 'private' : 'room',
    ...(entry.privateOf ? { fromRoomId: entry.privateOf.roomId } : {}),
    ...(ended ? { ended: true } : {})
  }
}
