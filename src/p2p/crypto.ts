import crypto from 'hypercore-crypto'
import sodium from 'sodium-universal'
import b4a from 'b4a'

export type KeyPair = { publicKey: Buffer; secretKey: Buffer }

export const randomBytes = (n: number): Buffer => crypto.randomBytes(n)
export const newSigningKeyPair = (): KeyPair => crypto.keyPair()
export const keyPairFromSecret = (secretKey: Uint8Array): KeyPair => {
  // An Ed25519 secret key holds its public key in the last 32 bytes.
  return { publicKey: b4a.from(secretKey.subarray(32)), secretKey: b4a.from(secretKey) }
}

/** Hash of a domain tag and parts; every signature in Hearth signs one of these. */
export function domainHash(domain: string, ...parts: Uint8Array[]): Buffer {
  return crypto.hash([b4a.from(domain), ...parts])
}

export const sign = (message: Uint8Array, secretKey: Uint8Array): Buffer => crypto.sign(message, secretKey)

export function verify(message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): boolean {
  if (signature.byteLength !== 64 || publicKey.byteLength !== 32) return false
  try {
    return crypto.verify(message, signature, publicKey)
  } catch {
    return false
  }
}

const NONCE = sodium.crypto_secretbox_NONCEBYTES as number
const MAC = sodium.crypto_secretbox_MACBYTES as number

/** Authenticated secret-key encryption: nonce || box. */
export function secretboxSeal(plain: Uint8Array, key: Uint8Array): Buffer {
  const out = b4a.alloc(NONCE + MAC + plain.byteLength)
  const nonce = out.subarray(0, NONCE)
  sodium.randombytes_buf(nonce)
  sodium.crypto_secretbox_easy(out.subarray(NONCE), plain, nonce, key)
  return out
}

export function secretboxOpen(sealed: Uint8Array, key: Uint8Array): Buffer | null {
  if (sealed.byteLength < NONCE + MAC) return null
  const out = b4a.alloc(sealed.byteLength - NONCE - MAC)
  const ok = sodium.crypto_secretbox_open_easy(out, sealed.subarray(NONCE), sealed.subarray(0, NONCE), key)
  return ok ? out : null
}

export const toHex = (buf: Uint8Array): string => b4a.toString(buf, 'hex')
export const fromHex = (hex: string): Buffer => b4a.from(hex, 'hex')

const SEAL = sodium.crypto_box_SEALBYTES as number

/** crypto_box_seal to an Ed25519 public key (converted to Curve25519): only its holder can open it. */
export function sealTo(edPublicKey: Uint8Array, plain: Uint8Array): Buffer {
  const pk = b4a.alloc(32)
  sodium.crypto_sign_ed25519_pk_to_curve25519(pk, edPublicKey)
  const out = b4a.alloc(plain.byteLength + SEAL)
  sodium.crypto_box_seal(out, plain, pk)
  return out
}

export function openSealed(keyPair: KeyPair, box: Uint8Array): Buffer | null {
  if (box.byteLength < SEAL) return null
  const pk = b4a.alloc(32)
  const sk = b4a.alloc(32)
  sodium.crypto_sign_ed25519_pk_to_curve25519(pk, keyPair.publicKey)
  sodium.crypto_sign_ed25519_sk_to_curve25519(sk, keyPair.secretKey)
  const out = b4a.alloc(box.byteLength - SEAL)
  return sodium.crypto_box_seal_open(out, box, pk, sk) ? out : null
}

/** Argon2id key derivation for passphrase-protected exports. */
export function passphraseKey(passphrase: string, salt: Uint8Array, ops: number, mem: number): Buffer {
  const out = b4a.alloc(32)
  sodium.crypto_pwhash(out, b4a.from(passphrase.normalize('NFKC')), salt, ops, mem, sodium.crypto_pwhash_ALG_ARGON2ID13)
  return out
}
export const PWHASH = {
  saltBytes: sodium.crypto_pwhash_SALTBYTES as number,
  ops: sodium.crypto_pwhash_OPSLIMIT_MODERATE as number,
  mem: sodium.crypto_pwhash_MEMLIMIT_MODERATE as number
}
