// The Holepunch packages ship no TypeScript types. Autobase, Hypercore, Corestore, Hyperbee,
// Hyperswarm, HyperDHT and protomux-wakeup are declared `any` and may only be imported inside
// src/p2p/compat/ (eslint.config.js), whose facades give the rest of the engine typed values. The
// small utility packages used everywhere (b4a, sodium-universal, z32, hypercore-crypto) are typed
// here, for exactly what Hearth calls.
declare module 'autobase' {
  const Autobase: any
  export default Autobase
}
declare module 'hypercore' {
  const Hypercore: any
  export default Hypercore
}
declare module 'corestore' {
  const Corestore: any
  export default Corestore
}
declare module 'hyperbee' {
  const Hyperbee: any
  export default Hyperbee
}
declare module 'hyperswarm' {
  const Hyperswarm: any
  export default Hyperswarm
}
declare module 'hyperdht' {
  const DHT: any
  export default DHT
}
declare module 'hyperdht/testnet' {
  const createTestnet: (size?: number, opts?: unknown) => Promise<any>
  export default createTestnet
}
declare module 'protomux-wakeup' {
  const Wakeup: any
  export default Wakeup
}
declare module 'hypercore-crypto' {
  const crypto: {
    keyPair(seed?: Uint8Array): { publicKey: Buffer; secretKey: Buffer }
    sign(message: Uint8Array, secretKey: Uint8Array): Buffer
    verify(message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): boolean
    randomBytes(n: number): Buffer
    hash(data: Uint8Array | Uint8Array[]): Buffer
    discoveryKey(key: Uint8Array): Buffer
  }
  export default crypto
}
declare module 'sodium-universal' {
  const sodium: {
    randombytes_buf(out: Uint8Array): void
    crypto_secretbox_NONCEBYTES: number
    crypto_secretbox_MACBYTES: number
    crypto_secretbox_easy(out: Uint8Array, message: Uint8Array, nonce: Uint8Array, key: Uint8Array): void
    crypto_secretbox_open_easy(out: Uint8Array, box: Uint8Array, nonce: Uint8Array, key: Uint8Array): boolean
    crypto_box_SEALBYTES: number
    crypto_box_seal(out: Uint8Array, message: Uint8Array, publicKey: Uint8Array): void
    crypto_box_seal_open(out: Uint8Array, sealed: Uint8Array, publicKey: Uint8Array, secretKey: Uint8Array): boolean
    crypto_sign_ed25519_pk_to_curve25519(out: Uint8Array, ed25519PublicKey: Uint8Array): void
    crypto_sign_ed25519_sk_to_curve25519(out: Uint8Array, ed25519SecretKey: Uint8Array): void
    crypto_pwhash_SALTBYTES: number
    crypto_pwhash_OPSLIMIT_MODERATE: number
    crypto_pwhash_MEMLIMIT_MODERATE: number
    crypto_pwhash_ALG_ARGON2ID13: number
    crypto_pwhash(out: Uint8Array, password: Uint8Array, salt: Uint8Array, opslimit: number, memlimit: number, algorithm: number): void
  }
  export default sodium
}
declare module 'z32' {
  const z32: { encode(buf: Uint8Array): string; decode(s: string): Buffer }
  export default z32
}
declare module 'b4a' {
  type Encoding = 'utf8' | 'utf-8' | 'hex' | 'base64' | 'ascii' | 'binary' | 'latin1'
  const b4a: {
    from(data: string, encoding?: Encoding): Buffer
    from(data: Uint8Array | ArrayBuffer | readonly number[]): Buffer
    alloc(size: number, fill?: number): Buffer
    allocUnsafe(size: number): Buffer
    concat(buffers: readonly Uint8Array[], totalLength?: number): Buffer
    equals(a: Uint8Array, b: Uint8Array): boolean
    isBuffer(value: unknown): value is Buffer
    toString(buffer: Uint8Array, encoding?: Encoding, start?: number, end?: number): string
  }
  export default b4a
}
