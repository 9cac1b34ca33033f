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
