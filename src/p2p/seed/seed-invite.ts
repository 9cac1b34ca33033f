import z32 from 'z32'
import b4a from 'b4a'
import { domainHash } from '../crypto.ts'
import { fail } from '../../shared/api/errors.ts'

/**
 * A seed invite lets an always-on peer keep a room available without being able to read it: it
 * holds the room's key (to find the room's peers and fetch its logs) and no encryption key.
 * Layout: "hearth-seed:" + z-base-32 of version(1) roomKey(32) checksum(4).
 */
const PREFIX = 'hearth-seed:'
const VERSION = 1
const checksum = (body: Uint8Array) => domainHash('hearth/seed-invite/v1', body).subarray(0, 4)

export function encodeSeedInvite(roomKey: Uint8Array): string {
  const body = b4a.concat([b4a.from([VERSION]), roomKey])
  return PREFIX + z32.encode(b4a.concat([body, checksum(body)]))
}

export const isSeedInvite = (text: string) => text.trim().toLowerCase().startsWith(PREFIX)

export function decodeSeedInvite(text: string): { roomKey: Buffer } {
  const s = text.trim().replace(/\s+/g, '')
  if (!s.toLowerCase().startsWith(PREFIX)) throw fail('invite_malformed', { why: 'kind' })
  let buf: Buffer
  try {
    buf = z32.decode(s.slice(PREFIX.length).toLowerCase())
  } catch {
    throw fail('invite_malformed', { why: 'characters' })
  }
  if (buf.byteLength !== 1 + 32 + 4) throw fail('invite_malformed', { why: 'length' })
  const body = buf.subarray(0, 33)
  if (!b4a.equals(checksum(body), buf.subarray(33))) throw fail('invite_malformed', { why: 'checksum' })
  if (body[0] !== VERSION) throw fail('invite_malformed', { why: 'version' })
  return { roomKey: b4a.from(body.subarray(1)) }
}
