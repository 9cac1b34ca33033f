import DHTModule from 'hyperdht'
import type { PeerConnection } from './connection.ts'

/** HyperDHT 6, typed for what the engine calls (the directory, short links, knocks, each room's swarm). */

/** The value the DHT stores under a mutable record's key. */
export type MutableRecord = { seq: number; value: Buffer }
export type DhtKeyPair = { publicKey: Uint8Array; secretKey: Uint8Array }

/** A query's progress (announce): resolves once it is done. */
export interface DhtQuery extends AsyncIterable<{ peers?: Array<{ publicKey: Buffer }> }> {
  finished(): Promise<void>
}

/** A HyperDHT server: takes connections made to its key pair's public key. */
export interface DhtServer {
  listen(keyPair: DhtKeyPair): Promise<void>
  close(): Promise<void>
}

/** A connection made through the DHT directly (no swarm): a secret stream. */
export interface DhtConnection extends PeerConnection {
  readonly rawStream?: { readonly remoteHost?: string }
  write(data: Uint8Array): boolean
  end(): void
  on(event: 'data', listener: (data: Buffer) => void): unknown
  on(event: 'error', listener: (err: Error) => void): unknown
  on(event: 'close' | 'open', listener: () => void): unknown
  once(event: 'close' | 'open', listener: () => void): unknown
  removeListener(event: 'data', listener: (data: Buffer) => void): unknown
  removeListener(event: 'close' | 'open', listener: () => void): unknown
}

/** A HyperDHT 6 node (the node's one DHT node, shared by every room's swarm). */
export interface Dht {
  readonly destroyed: boolean
  listeners(event: 'network-change' | 'network-update'): unknown[]
  ready(): Promise<void>
  destroy(): Promise<void>
  address(): { host: string; port: number }
  setMaxListeners(n: number): void
  mutablePut(keyPair: DhtKeyPair, value: Uint8Array, opts: { seq: number }): Promise<unknown>
  mutableGet(publicKey: Uint8Array, opts: { latest: boolean }): Promise<MutableRecord | null>
  lookup(topic: Uint8Array): DhtQuery
  announce(topic: Uint8Array, keyPair: DhtKeyPair, relays: unknown[]): DhtQuery
  unannounce(topic: Uint8Array, keyPair: DhtKeyPair): Promise<void>
  createServer(onconnection: (conn: DhtConnection) => void): DhtServer
  connect(publicKey: Uint8Array, opts: { keyPair: DhtKeyPair }): DhtConnection
}

/** Where a DHT node finds the network (none: the public Hyperswarm DHT). */
export type DhtOptions = { bootstrap?: Array<{ host: string; port: number }>; host?: string; ephemeral?: boolean; firewalled?: boolean }

/** The hyperdht module, typed: a DHT node, or a bootstrap node for a private network. */
export const DHT = DHTModule as { new (opts?: DhtOptions): Dht; bootstrapper(port: number, host: string): Dht }
