/**
 * The shapes of the Holepunch values the engine uses outside compat (the versions pinned by
 * versions.ts), so the rest of src/p2p gets real types instead of `any`. Only what Hearth calls is
 * declared. The untyped modules are cast to these once, where compat loads or constructs them.
 */

type Listener = (...args: never[]) => void

/** A hypercore 11 session: one append-only log. */
export interface Core {
  readonly key: Buffer
  readonly discoveryKey: Buffer
  readonly id: string
  readonly length: number
  /** Blocks 0..contiguousLength-1 are all on this device. */
  readonly contiguousLength: number
  /** The length the log's signers agreed on (the indexed part). */
  readonly signedLength: number
  /** Bumped by every truncation. */
  readonly fork: number
  readonly opened: boolean
  readonly closed: boolean
  /** Who signs the log (null until it is known). */
  readonly manifest: CoreManifest | null
  ready(): Promise<void>
  close(): Promise<void>
  get(index: number, opts?: { timeout?: number; wait?: boolean }): Promise<Buffer | null>
  has(start: number, end?: number): Promise<boolean>
  /** Keeps fetching blocks in [start, end) (end -1: for ever, as the log grows). */
  download(range?: { start?: number; end?: number; linear?: boolean }): Download
  update(opts?: { wait?: boolean }): Promise<boolean>
  session(opts?: object): Core
  /** Appends blocks (a writer log only; tests write raw records with it). */
  append(blocks: Uint8Array | Uint8Array[]): Promise<{ length: number }>
  getUserData(key: string): Promise<Buffer | null>
  setUserData(key: string, value: Uint8Array | string | null): Promise<void>
  on(event: 'append' | 'download' | 'close' | 'ready', listener: () => void): this
  off(event: string, listener: Listener): this
}

/** Who signs a core: `quorum` of `signers` (hypercore's manifest). */
export type CoreManifest = { quorum?: number; signers?: Array<{ publicKey: Uint8Array }> }

/** A running download range of a core. */
export interface Download {
  done(): Promise<void>
  destroy(): void
}

/** A Corestore 7 (the root store or a namespace of it). */
export interface Corestore {
  get(opts: { key?: Uint8Array; name?: string; discoveryKey?: Uint8Array; active?: boolean } | string): Core
  namespace(name: string): Corestore
  session(opts?: object): Corestore
  ready(): Promise<void>
  close(): Promise<void>
  /** A key pair derived from the store's primary key and a name (the same on every open). */
  createKeyPair(name: string): Promise<{ publicKey: Buffer; secretKey: Buffer }>
  /** The RocksDB underneath (hypercore-storage): walSyncer fsyncs its write-ahead log. */
  readonly storage: { readonly db: RocksDb }
}

/** What walSyncer reads of rocksdb-native. */
export interface RocksDb {
  readonly path: string
  currentWalFile(): Promise<{ path: string }>
}

/** One entry of a room's view: a utf-8 key and the JSON value written under it. */
export type ViewEntry<V = unknown> = { key: string; value: V }
export type ViewRange = { gt?: string; gte?: string; lt?: string; lte?: string; reverse?: boolean; limit?: number }

/**
 * Reads of a room's view (a Hyperbee with utf-8 keys and JSON values). A value is JSON as apply
 * wrote it: `unknown` unless the caller names the type its key holds (room/keys.ts).
 */
export interface ViewReader {
  get<V = unknown>(key: string, opts?: { wait?: boolean }): Promise<{ value: V } | null>
  createReadStream<V = unknown>(range?: ViewRange): AsyncIterable<ViewEntry<V>>
}

/** A Hyperbee batch: reads see the batch's own pending writes. */
export interface ViewBatch extends ViewReader {
  put(key: string, value: unknown): Promise<void>
  del(key: string): Promise<void>
  flush(): Promise<void>
}

/** A room's view: the Hyperbee that apply builds (Hyperbee 2). */
export interface RoomView extends ViewReader {
  readonly core: Core
  readonly version: number
  batch(): ViewBatch
  /** The write at block `seq` (a deletion: value null). */
  getBySeq<V = unknown>(seq: number): Promise<ViewEntry<V>>
  /** The view as it was at `version` (a snapshot: close it after use). */
  checkout(version: number): RoomView
  close(): Promise<void>
}

/** An Autobase 7 room, as the engine uses it (its internals stay in compat/autobase.ts). */
export interface RoomBase {
  readonly key: Buffer
  readonly discoveryKey: Buffer
  readonly view: RoomView
  /** This device's writer log. */
  readonly local: Core
  /** The system core (its key is the hint an invite carries). */
  readonly core: Core
  readonly writable: boolean
  /** Writers whose logs are being applied now (an idle one is closed, and comes back when it grows). */
  readonly activeWriters: { readonly size: number } & Iterable<{ readonly core: Core; readonly length: number }>
  /** The room's namespace of the root store (the one Autobase was given). */
  readonly store: Corestore
  /** The room's encryption key (null until known). */
  readonly encryptionKey: Buffer | null
  readonly closing: boolean
  readonly opened: boolean
  ready(): Promise<void>
  close(): Promise<void>
  update(): Promise<void>
  /** Appends values; resolves with the local log's length after them. */
  append(values: Uint8Array[], opts?: { optimistic?: boolean }): Promise<number>
  waitForWritable(): Promise<boolean>
  on(event: 'update' | 'writable' | 'unwritable', listener: () => void): this
  /** The view jumped from one system core length to another (a checkpoint, or an invite's hint). */
  on(event: 'fast-forward', listener: (to: number, from: number) => void): this
  on(event: 'error', listener: (err: Error) => void): this
}
