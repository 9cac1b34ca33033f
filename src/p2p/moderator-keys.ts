import { passphraseKey, PWHASH, randomBytes, secretboxOpen, secretboxSeal } from './crypto.ts'
import { fail } from '../shared/api/errors.ts'

/**
 * A moderator key export: the Ed25519 secret key sealed with a key derived from a passphrase
 * (Argon2id), bound to its room so it is not pasted into the wrong one by mistake.
 * Format: "hearth-modkey-v1." + base64url(JSON {room, salt, ops, mem, box}).
 */
const PREFIX = 'hearth-modkey-v1.'

export function exportModeratorKey(roomId: string, secretKey: Uint8Array, passphrase: string): string {
  const salt = randomBytes(PWHASH.saltBytes)
  const key = passphraseKey(passphrase, salt, PWHASH.ops, PWHASH.mem)
  const box = secretboxSeal(secretKey, key)
  const body = { room: roomId, salt: salt.toString('base64'), ops: PWHASH.ops, mem: PWHASH.mem, box: box.toString('base64') }
  return PREFIX + Buffer.from(JSON.stringify(body)).toString('base64url')
}

export function importModeratorKey(roomId: string, exported: string, passphrase: string): Buffer {
  const text = exported.trim()
  if (!text.startsWith(PREFIX)) throw fail('modkey_prefix')
  let body: { room: string; salt: string; ops: number; mem: number; box: string }
  try {
    body = JSON.parse(Buffer.from(text.slice(PREFIX.length), 'base64url').toString())
  } catch {
    throw fail('modkey_damaged')
  }
  if (body.room !== roomId) throw fail('modkey_other_room')
  // bounded work factors: an export must not make us spend unbounded CPU or memory
  if (!Number.isInteger(body.ops) || body.ops < 1 || body.ops > 10 || !Number.isInteger(body.mem) || body.mem > 1 << 30) throw fail('modkey_parameters')
  const key = passphraseKey(passphrase, Buffer.from(body.salt, 'base64'), body.ops, body.mem)
  const secret = secretboxOpen(Buffer.from(body.box, 'base64'), key)
  if (!secret || secret.byteLength !== 64) throw fail('modkey_passphrase')
  return secret
}
