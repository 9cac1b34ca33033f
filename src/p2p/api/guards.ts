import { HearthError, ErrorCode } from '../../shared/api/errors.ts'
import { signingKeyPair } from './summary.ts'
import type { HearthNode } from '../node.ts'

/** The room, if this device may write to it; otherwise an error that says why. */
export async function writable(node: HearthNode, roomId: string) {
  const room = await node.settledRoom(roomId)
  if (!room.writable) {
    throw new HearthError(
      ErrorCode.NotAllowed,
      'You are not a member of this room yet: joining completes when any peer of the room is online. Try again in a moment.'
    )
  }
  // a write is applied locally first, and apply may need history not downloaded yet: offline it
  // would wait for the network with no end, so say so instead of hanging
  if (!room.historyComplete && room.peers === 0) {
    throw new HearthError(
      ErrorCode.Unavailable,
      "This device is still downloading the room's history and no other member is online. Try again once you are connected."
    )
  }
  return room
}

export function requireSigningKey(node: HearthNode, roomId: string) {
  const kp = signingKeyPair(node, roomId)
  if (!kp) throw new HearthError(ErrorCode.NotAllowed, 'Only the room owner or a moderator can do this, and this device holds no moderator key for the room.')
  return kp
}
