import z32 from 'z32'
import b4a from 'b4a'
import { domainHash, fromHex, toHex } from './crypto.ts'
import { fail } from '../shared/api/errors.ts'
import type { Ticket } from './records/schema.ts'

/**
 * An invite carries everything a newcomer needs to join while any one peer is online:
 * the room key, the room encryption key, and a ticket signed by the owner or a moderator.
 * Layout: version(1) roomKey(32) encryptionKey(32) ticketId(16) issuer(32) sig(64) [systemKey(32)] checksum(4).
 * Version 2 adds the room's Autobase system core key as issued: a hint that lets a newcomer
 * fast-forward at once instead of first replaying the bootstrap writer's log (docs/performance.md).
 */
export type Invite = { roomKey: Buffer; encryptionKey: Buffer; ticket: Ticket; systemKey?: Buffer }

const VERSION = 1
const BODY = 1 + 32 + 32 + 16 + 32 + 64
const BODY_V2 = BODY + 32
const LINK_PREFIX = 'hearth://join/'

const checksum = (body: Uint8Array) => domainHash('hearth/invite/v1', body).subarray(0, 4)

export function encodeInvite(invite: Invite): string {
  const body = b4a.concat([
    b4a.from([invite.systemKey ? 2 : VERSION]),
    invite.roomKey,
    invite.encryptionKey,
    fromHex(invite.ticket.id),
    fromHex(invite.ticket.issuer),
    fromHex(invite.ticket.sig),
    ...(invite.systemKey ? [invite.systemKey] : [])
  ])
  return z32.encode(b4a.concat([body, checksum(body)]))
}

const bad = (why: 'characters' | 'length' | 'checksum' | 'version' | 'kind') => fail('invite_malformed', { why })

/** Accepts the bare invite or a hearth://join/ link, with stray whitespace from copy-paste. */
export function decodeInvite(text: string): Invite {
  let s = text.trim().replace(/\s+/g, '')
  if (s.toLowerCase().startsWith(LINK_PREFIX)) s = s.slice(LINK_PREFIX.length)
  let buf: Buffer
  try {
    buf = z32.decode(s.toLowerCase())
  } catch {
    throw bad('characters')
  }
  const size = buf.byteLength - 4
  if (size !== BODY && size !== BODY_V2) throw bad('length')
  const body = buf.subarray(0, size)
  if (!b4a.equals(checksum(body), buf.subarray(size))) throw bad('checksum')
  if (body[0] !== (size === BODY ? 1 : 2)) throw bad('version')
  let at = 1
  const take = (n: number) => body.subarray(at, (at += n))
  const roomKey = b4a.from(take(32))
  const encryptionKey = b4a.from(take(32))
  const ticket = { id: toHex(take(16)), issuer: toHex(take(32)), sig: toHex(take(64)) }
  return size === BODY_V2 ? { roomKey, encryptionKey, ticket, systemKey: b4a.from(take(32)) } : { roomKey, encryptionKey, ticket }
}

export const inviteLink = (invite: string) => LINK_PREFIX + invite
