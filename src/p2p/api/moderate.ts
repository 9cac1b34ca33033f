import { fail } from '../../shared/api/errors.ts'
import { signRecord } from '../records/signing.ts'
import { toHex } from '../crypto.ts'
import { isAuthorityKey } from '../room/queries-authority.ts'
import { requireSigningKey, writableHistory } from './guards.ts'
import type { HearthNode } from '../node.ts'
import type { Room } from '../room/room.ts'

/** Whether the record (given signed, with its nonce) took effect in the local view. */
export type Effect = (room: Room, signed: { nonce: string }) => Promise<boolean>

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
 * The owner's authority does not depend on the device: a device whose writer was blocked (and so
 * removed) still carries records signed by an authority, as optimistic blocks apply accepts for
 * their signature (apply.ts). So an owner key imported on a second device works even after a
 * rogue moderator blocked that device.
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
  await room.append(signed, { optimistic: !room.writable })
  if (!(await effect(room, signed))) throw fail('not_applied', { action })
  return room
}
