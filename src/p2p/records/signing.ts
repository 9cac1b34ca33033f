import b4a from 'b4a'
import { canonicalJson } from './canonical.ts'
import { domainHash, sign, verify, fromHex, toHex, randomBytes, type KeyPair } from '../crypto.ts'
import { RECORD_VERSION, type Ticket } from './schema.ts'

/**
 * Domain-separated, room-bound signatures: a record or ticket signed for one room is worthless in
 * another, and a record can never pass as a ticket (different domain tags).
 */
const RECORD_DOMAIN = 'hearth/record/v1'
const TICKET_DOMAIN = 'hearth/ticket/v1'

function recordDigest(roomKey: Uint8Array, record: Record<string, unknown>): Buffer {
  const { sig: _sig, ...unsigned } = record
  return domainHash(RECORD_DOMAIN, roomKey, b4a.from(canonicalJson(unsigned)))
}

/** Adds by/nonce/sig to a record. The nonce makes each signed record unique (replays are refused). */
export function signRecord<T extends Record<string, unknown>>(roomKey: Uint8Array, keyPair: KeyPair, record: T) {
  const unsigned = { v: RECORD_VERSION, ...record, by: toHex(keyPair.publicKey), nonce: toHex(randomBytes(16)) }
  const sig = toHex(sign(recordDigest(roomKey, unsigned), keyPair.secretKey))
  return { ...unsigned, sig }
}

export function verifyRecord(roomKey: Uint8Array, record: { by: string; sig: string } & Record<string, unknown>): boolean {
  return verify(recordDigest(roomKey, record), fromHex(record.sig), fromHex(record.by))
}

const TICKET_V2_DOMAIN = 'hearth/ticket/v2'
type Limits = { expires?: number; maxUses?: number }

/** v1 tickets (no limits) sign the id; v2 tickets sign the id, the expiry and the use limit (0 for none). */
function ticketDigest(roomKey: Uint8Array, id: string, limits: Limits): Buffer {
  if (limits.expires === undefined && limits.maxUses === undefined) return domainHash(TICKET_DOMAIN, roomKey, fromHex(id))
  const l = b4a.alloc(12)
  const view = new DataView(l.buffer, l.byteOffset, l.byteLength)
  view.setBigUint64(0, BigInt(limits.expires ?? 0))
  view.setUint32(8, limits.maxUses ?? 0)
  return domainHash(TICKET_V2_DOMAIN, roomKey, fromHex(id), l)
}

export function signTicket(roomKey: Uint8Array, keyPair: KeyPair, limits: Limits = {}): Ticket {
  const id = toHex(randomBytes(16))
  return { id, issuer: toHex(keyPair.publicKey), sig: toHex(sign(ticketDigest(roomKey, id, limits), keyPair.secretKey)), ...definedLimits(limits) }
}

export function verifyTicket(roomKey: Uint8Array, ticket: Ticket): boolean {
  return verify(ticketDigest(roomKey, ticket.id, ticket), fromHex(ticket.sig), fromHex(ticket.issuer))
}

const definedLimits = (l: Limits): Limits => ({
  ...(l.expires !== undefined ? { expires: l.expires } : {}),
  ...(l.maxUses !== undefined ? { maxUses: l.maxUses } : {})
})

const CONTINUE_DOMAIN = 'hearth/continue/v1'
const continuationDigest = (roomKey: Uint8Array, member: string) => domainHash(CONTINUE_DOMAIN, roomKey, fromHex(member))

/** A continuation ticket: lets the old room's member `member` join the room `roomKey` that continues it. */
export function signContinuation(roomKey: Uint8Array, keyPair: KeyPair, member: string): string {
  return toHex(sign(continuationDigest(roomKey, member), keyPair.secretKey))
}

export function verifyContinuation(roomKey: Uint8Array, member: string, sig: string, signer: string): boolean {
  return verify(continuationDigest(roomKey, member), fromHex(sig), fromHex(signer))
}
