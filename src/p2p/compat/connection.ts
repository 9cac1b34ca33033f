/**
 * The part of a Hyperswarm connection (a @hyperswarm/secret-stream duplex) the engine uses outside
 * compat: who is on the other end, the handshake hash channels bind their capabilities to, and
 * its life events. Hyperswarm hands these out untyped; this is their type for the rest of src/p2p.
 */
export interface PeerConnection {
  /** This side's and the remote's Noise static keys. */
  readonly publicKey: Buffer
  readonly remotePublicKey: Buffer
  /** Unique to this connection once the handshake is done (null before). */
  readonly handshakeHash: Buffer | null
  /** Resolves once the handshake is done (false if the stream closed first); absent on some streams. */
  readonly opened?: Promise<boolean> | boolean
  readonly destroyed: boolean
  destroy(err?: Error): void
  on(event: 'error', listener: (err: Error) => void): unknown
  on(event: 'close', listener: () => void): unknown
  once(event: 'close', listener: () => void): unknown
}
