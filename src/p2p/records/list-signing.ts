import b4a from 'b4a'
import { canonicalJson } from './canonical.ts'
import { domainHash, sign, verify, fromHex, toHex, type KeyPair } from '../crypto.ts'
import { RECORD_VERSION } from './schema.ts'

/**
 * Shared block lists (docs/records.md, "Shared block lists"). An entry is signed by the list's
 * publisher key over its own domain and is NOT bound to a room: the same signed entry is copied
 * into every room that subscribes, and each checks it against the publisher key its subscription
 * names. It can never pass as a record (those are signed over "hearth/record/v1" and a room key).
 *
 * A link key is a member's key for one list (derived on their device from the list's publisher
 * key, so the same person shows the same key in every room that shares that list, and different
 * keys for different lists). Showing it proves possession over the room and the member's writer
 * key, so nobody can show someone else's key to get them blocked or to pass as them.
 */
const ENTRY_DOMAIN = 'hearth/list-entry/v1'
const LINK_DOMAIN = 'hearth/link-key/v1'

type EntryFields = { list: string; subject: string; on: boolean; seq: number; reason: string; time: number }
type EntryRecord = EntryFields & { v: number; type: 'list-entry'; lsig: string }

const entryDigest = (entry: Record<string, unknown>) => {
  const { lsig: _lsig, ...unsigned } = entry
  return domainHash(ENTRY_DOMAIN, fromHex(String(entry.list)), b4a.from(canonicalJson(unsigned)))
}

export function signListEntry(publisher: KeyPair, fields: Omit<EntryFields, 'list'>): EntryRecord {
  const unsigned = { v: RECORD_VERSION, type: 'list-entry' as const, list: toHex(publisher.publicKey), ...fields }
  return { ...unsigned, lsig: toHex(sign(entryDigest(unsigned), publisher.secretKey)) }
}

export function verifyListEntry(entry: EntryFields & { lsig: string }): boolean {
  return verify(entryDigest(entry as unknown as Record<string, unknown>), fromHex(entry.lsig), fromHex(entry.list))
}

const linkDigest = (roomKey: Uint8Array, list: string, member: string) => domainHash(LINK_DOMAIN, roomKey, fromHex(list), fromHex(member))

/** `member`'s proof, in room `roomKey`, that they hold the link key `kp` for `list`. */
export function linkProof(roomKey: Uint8Array, kp: KeyPair, list: string, member: string): string {
  return toHex(sign(linkDigest(roomKey, list, member), kp.secretKey))
}

export function verifyLinkProof(roomKey: Uint8Array, list: string, member: string, key: string, proof: string): boolean {
  return verify(linkDigest(roomKey, list, member), fromHex(proof), fromHex(key))
}
