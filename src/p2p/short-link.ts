import z32 from 'z32'
import b4a from 'b4a'
import crypto from 'hypercore-crypto'
import sodium from 'sodium-universal'
import { domainHash } from './crypto.ts'
import type { Dht } from './compat/dht.ts'

/**
 * Short invite links: `hearth://i/` + 26 letters instead of a 350-character invite.
 *
 * The token is the first 16 bytes of a hash of the invite. The inviter's node parks the invite on
 * the DHT as a mutable record under a key pair derived from the token, encrypted with a key
 * derived from it too: a DHT node that stores it sees ciphertext, and only a holder of the link can
 * find and open it. Anyone holding the link could also overwrite the record (the key pair is theirs
 * too), so the joiner checks that what it opens hashes to the token: a swapped invite is refused,
 * and the worst a link holder can do is hide it (the full invite still works).
 * DHT records live 48 hours, so the inviter's node parks its usable invites again while it runs.
 */
export const SHORT_PREFIX = 'hearth://i/'
const TOKEN = 16

export const shortToken = (invite: string): Buffer => domainHash('hearth/short-link/v1', b4a.from(invite)).subarray(0, TOKEN)

export const shortLink = (invite: string): string => SHORT_PREFIX + z32.encode(shortToken(invite))

/** The token of a short link, or null when the text is not one. */
export function parseShortLink(text: string): Buffer | null {
  const s = text.trim().replace(/\s+/g, '').toLowerCase()
  if (!s.startsWith(SHORT_PREFIX)) return null
  try {
    const token = z32.decode(s.slice(SHORT_PREFIX.length))
    return token.byteLength === TOKEN ? token : null
  } catch {
    return null
  }
}

/** What the link gives its holder: the key pair the invite is parked under, and the key that opens it. */
export function linkSecrets(token: Uint8Array) {
  return {
    keyPair: crypto.keyPair(domainHash('hearth/short-link/seed', token)),
    key: domainHash('hearth/short-link/box', token),
    // one key seals one text, ever: a nonce derived from the token is safe, and the record stays
    // byte-identical when parked again (the DHT refuses a different value under the same seq)
    nonce: domainHash('hearth/short-link/nonce', token).subarray(0, sodium.crypto_secretbox_NONCEBYTES)
  }
}

/** Puts the invite on the DHT under its short link. */
export async function parkInvite(dht: Dht, invite: string): Promise<void> {
  const { keyPair, key, nonce } = linkSecrets(shortToken(invite))
  const plain = b4a.from(invite)
  const box = b4a.alloc(plain.byteLength + sodium.crypto_secretbox_MACBYTES)
  sodium.crypto_secretbox_easy(box, plain, nonce, key)
  await dht.mutablePut(keyPair, box, { seq: 0 })
}

/** The invite behind a short link, or null when the DHT has none that checks out. */
export async function fetchParkedInvite(dht: Dht, token: Uint8Array): Promise<string | null> {
  const { keyPair, key, nonce } = linkSecrets(token)
  const got = await dht.mutableGet(keyPair.publicKey, { latest: true })
  if (!got?.value || got.value.byteLength < sodium.crypto_secretbox_MACBYTES) return null
  const plain = b4a.alloc(got.value.byteLength - sodium.crypto_secretbox_MACBYTES)
  if (!sodium.crypto_secretbox_open_easy(plain, got.value, nonce, key)) return null
  const invite = b4a.toString(plain)
  return b4a.equals(shortToken(invite), token) ? invite : null
}
