import b4a from 'b4a'
import { canonicalJson } from './canonical.ts'
import { domainHash, sign, verify, fromHex, toHex, type KeyPair } from '../crypto.ts'
import type { ListEnvelope } from './list-schema.ts'

/**
 * A block list's envelope is signed for no room in particular (it travels to the rooms that
 * subscribe), under its own domain tag, so it can never pass as a record or a ticket of any room.
 */
const LIST_DOMAIN = 'hearth/list/v1'

const digest = (unsigned: Omit<ListEnvelope, 'sig'>) => domainHash(LIST_DOMAIN, b4a.from(canonicalJson(unsigned)))

export function signList(keyPair: KeyPair, list: Omit<ListEnvelope, 'by' | 'sig'>): ListEnvelope {
  const unsigned = { ...list, by: toHex(keyPair.publicKey) }
  return { ...unsigned, sig: toHex(sign(digest(unsigned), keyPair.secretKey)) }
}

export function verifyList(list: ListEnvelope): boolean {
  const { sig, ...unsigned } = list
  return verify(digest(unsigned), fromHex(sig), fromHex(list.by))
}
