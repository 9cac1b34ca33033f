import z32 from 'z32'
import b4a from 'b4a'
import { domainHash, fromHex, toHex } from './crypto.ts'
import { fail } from '../shared/api/errors.ts'
import type { Ticket } from './records/schema.ts'

/**
 * An invite carries everything a newcomer needs to join while any one peer is online:
 * the room key, the room encryption key, and a ticket signed by the owner or a moderator.
 * Layouts (all end with a 4-byte checksum):
 * - v1: version roomKey(32) encryptionKey(32) ticketId(16) issuer(32) sig(64)
 * - v2: v1 + systemKey(32): the room's Autobase system core as issued, a hint that lets a
 *   newcomer fast-forward at once instead of replaying the bootstrap writer's log
 * - v3: v2 + expires(8, ms since the epoch, 0 = never) maxUses(2, 0 = unlimited), both covered
 *   by the ticket's signature and enforced by every peer's apply
 */
export type Invite = { roomKey: Buffer; encryptionKey: Buffer; ticket: Ticket; systemKey?: Buffer }

const V1 = 1 + 32 + 32 + 16 + 32 + 64
const V2 = V1 + 32
const V3 = V2 + 8 + 2
const SIZES: Record<number, number> = { 1: V1, 2: V2, 3: V3 }
const LINK_PREFIX = 'hearth://join/'

const checksum = (body: Uint8Array) => domainHash('hearth/invite/v1', body).subarray(0, 4)

export function encodeInvite(invite: Invite): string {
  const { ticket } = invite
  const limited = ticket.expires !== undefined || ticket.maxUses !== undefined
  const version = limited ? 3 : invite.systemKey ? 2 : 1
  const parts = [b4a.from([version]), invite.roomKey, invite.encryptionKey, fromHex(ticket.id), fromHex(ticket.issuer), fromHex(ticket.sig)]
  if (version >= 2) parts.push(invite.systemKey ?? b4a.alloc(32))
  if (version === 3) {
    const limits = b4a.alloc(10)
    const view = new DataView(limits.buffer, limits.byteOffset, 10)
    view.setBigUint64(0, BigInt(ticket.expires ?? 0))
    view.setUint16(8, ticket.maxUses ?? 0)
    parts.push(limits)
  }
  const body = b4a.concat(parts)
  return z32.encode(b4a.concat([body, checksum(body)]))
}

const bad = (why: 'characters' | 'length' | 'checksum' | 'version' | 'kind') => fail('invite_malformed', { why })

/** Accepts the bare invite or a hearth://join/ link, with stray whitespace from copy-paste. */
export function decodeInvite(text: string): Invite {
  let s = text.trim().replace(/\s+/g, '')
  if (s.toLowerCase().startsWith('hearth-seed:')) throw fail('seed_invite_not_for_members')
  if (s.toLowerCase().startsWith(LINK_PREFIX)) s = s.slice(LINK_PREFIX.length)
  let buf: Buffer
  try {
    buf = z32.decode(s.toLowerCase())
  } catch {
    throw bad('characters')
  }
  const size = buf.byteLength - 4
  const version = Object.entries(SIZES).find(([, n]) => n === size)?.[0]
  if (!version) throw bad('length')
  const body = buf.subarray(0, size)
  if (!b4a.equals(checksum(body), buf.subarray(size))) throw bad('checksum')
  if (body[0] !== Number(version)) throw bad('version')
  let at = 1
  const take = (n: number) => body.subarray(at, (at += n))
  const roomKey = b4a.from(take(32))
  const encryptionKey = b4a.from(take(32))
  const ticket: Ticket = { id: toHex(take(16)), issuer: toHex(take(32)), sig: toHex(take(64)) }
  if (body[0] === 1) return { roomKey, encryptionKey, ticket }
  const hint = b4a.from(take(32))
  const systemKey = hint.every((b: number) => b === 0) ? undefined : hint
  if (body[0] === 3) {
    const limits = take(10)
    const view = new DataView(limits.buffer, limits.byteOffset, 10)
    const expires = Number(view.getBigUint64(0))
    const maxUses = view.getUint16(8)
    if (expires) ticket.expires = expires
    if (maxUses) ticket.maxUses = maxUses
  }
  return { roomKey, encryptionKey, ticket, ...(systemKey ? { systemKey } : {}) }
}
