// The Holepunch packages ship no TypeScript types. These declarations cover only what Hearth uses,
// loosely: the engine wraps each of them behind its own typed classes.
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
  const sodium: any
  export default sodium
}
declare module 'z32' {
  const z32: { encode(buf: Uint8Array): string; decode(s: string): Buffer }
  export default z32
}
declare module 'b4a' {
  const b4a: any
  export default b4a
}
