import { fail } from '../../shared/api/errors.ts'
import { signRecord } from '../records/signing.ts'
import { toHex } from '../crypto.ts'
import { isAuthorityKey } from '../room/queries-authority.ts'
import { requireSigningKey, writableHistory } from './guards.ts'
import type { HearthNode } from '../node.ts'
import type { Room } from '../room/room.ts'

/** Whether the record (given signed, with its nonce) took effect in the local view. */
export const CARRY_WAIT_MS = 20_000

type Effect = (room: Room, signed: { nonce: string }) => Promise<boolean>

/** The state under `key` is the one this record made (a mute, guidelines or settings replace earlier ones). */
export const made =
  (key: string): Effect =>
  async (room, signed) =>
    (await room.queries.value<{ nonce?: string }>(key))?.nonce === signed.nonce

/**
 * Signs a moderation record with this device's owner or moderator key, appends it, and checks it
 * took effect (apply is deterministic: the local view tells at once). A clear error instead of an
 * "ok" that changed nothing.
 *
 * The owner's authority does not depend on the device: apply judges a signed record by its
 * signature, not by who appended it, and a device whose writer was blocked hands its records to
 * connected members, who carry them in (carry.ts). So an owner key imported on a second device
 * works even after a rogue moderator blocked that device.
 */
export async function moderate(node: HearthNode, roomId: string, record: Record<string, unknown>, effect: Effect, opts: { ownerOnly?: boolean } = {}) {
  const kp = requireSigningKey(node, roomId)
  const room = await writableHistory(node, roomId)
  const me = toHex(kp.publicKey)
  if (opts.ownerOnly ? (await room.queries.genesis())?.owner !== me : !(await isAuthorityKey(room.base.view, me))) {
    throw fail(opts.ownerOnly ? 'owner_only' : 'not_moderator')
  }
  const action = String(record.type)
  const signed = signRecord(room.key, kp, { ...record, time: Date.now() })
  if (room.writable) {
    await room.append(signed)
    if (!(await effect(room, signed))) throw fail('not_applied', { action })
    return room
  }
  // this device was blocked (so removed as a writer, and peers no longer take its log): connected
  // members carry the signed record into the room instead (carry.ts)
  if (!node.carrier.send(roomId, signed)) throw fail('no_carrier')
  if (!(await room.waitFor(() => effect(room, signed), CARRY_WAIT_MS))) throw fail('carry_pending')
  return room
}
