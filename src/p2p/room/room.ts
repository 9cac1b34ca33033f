import { EventEmitter } from 'node:events'
import b4a from 'b4a'
import z32 from 'z32'
import { makeApply } from './apply.ts'
import { RoomQueries } from './queries.ts'
import { messageId } from './handlers/messages.ts'
import { isGenuineSystemHint } from './system-hint.ts'
import { RECORD_VERSION } from '../records/schema.ts'
import type { Vault } from '../vault.ts'
import { Autobase, Hyperbee, declaredCores, queueStaticFastForward, stopFetchingFrom, wakeupPeers } from '../compat/autobase.ts'
import type { Core, Corestore, Download, RoomBase } from '../compat/types.ts'
import { K, prefixRange, type Blocked } from './keys.ts'
import { fail } from '../../shared/api/errors.ts'
import { RoomCores } from '../compat/replication.ts'

/** How long a caller waits for Autobase to find the local writer of a room the view says we belong to. */
const MEMBER_SETTLE_MS = 20_000

export type RoomOptions = {
  /** The room's own namespace of the root store: autobase closes it, rooms never share one. */
  store: Corestore
  key: Buffer | null
  encryptionKey: Buffer
  vault: Vault
  ackInterval?: number
  /** A newcomer's hint (from the invite): fast-forward to this system core first. */
  systemKeyHint?: Buffer
  /** Makes the store's writes durable (walSyncer); appends resolve only after it. */
  sync?: () => Promise<void>
}

/**
 * One room: an encrypted Autobase whose apply builds a Hyperbee view. Members are non-indexer
 * writers; the creator indexes. Emits 'update' whenever the view changes (appends or reorders).
 */
export class Room extends EventEmitter {
  base: RoomBase
  /** The room's namespace of the root store (replication is scoped to what it opened). */
  readonly store: Corestore
  queries: RoomQueries
  /** The room's cores, as replication sees them: only these go on the room's connections. */
  readonly cores: RoomCores
  /** Writer keys (hex) of blocked members: their logs are neither taken nor served (room-net.ts). */
  #blocked = new Set<string>()
  /** The view state (its running hash) the block list was last read at. */
  #blockedAt: string | null = null
  #refreshing: Promise<void> | null = null
  #refreshAgain = false
  #sync: () => Promise<void>
  /** What became of an invite's system-core hint: refused means it was not the creator's. */
  systemHint: 'none' | 'used' | 'refused' = 'none'

  constructor(opts: RoomOptions) {
    super()
    this.#sync = opts.sync ?? (async () => {})
    this.store = opts.store
    this.base = new Autobase(opts.store, opts.key, {
      open: (store) => new Hyperbee(store.get('view'), { keyEncoding: 'utf-8', valueEncoding: 'json', extension: false }),
      apply: makeApply(() => this.base.key),
      close: (view) => view.close(),
      optimistic: true,
      encryptionKey: opts.encryptionKey,
      blindEncryption: opts.vault.blindEncryption(),
      ackInterval: opts.ackInterval ?? 1000
    })
    this.queries = new RoomQueries(
      () => this.base.view,
      () => (this.base.local ? this.memberId : null)
    )
    this.cores = new RoomCores(opts.store, { key: () => this.base.key, declared: () => declaredCores(this.base) })
    stopFetchingFrom(this.base, (key) => this.isBlockedCore(key))
    this.base.on('update', () => {
      this.cores.refreshDeclared()
      this.emit('update')
      void this.#refreshBlocked()
    })
    // Autobase reports the writer a moment after the update that admitted it, and a block removes
    // it with no update of its own: clients that re-read on updates hear of both this way
    this.base.on('writable', () => this.emit('update'))
    this.base.on('unwritable', () => this.emit('update'))
    // an error here must not take the process down: it is reported, the room stays closed
    this.base.on('error', (err: Error) => this.emit('error', err))
    if (opts.systemKeyHint && opts.key) this.#fastForwardTo(opts.store, opts.key, opts.systemKeyHint).catch(() => {})
  }

  /**
   * A newcomer without the hint must linearize the bootstrap writer's first batches before a
   * checkpoint tells it the system key: seconds for a big room (docs/performance.md). With the
   * invite's hint it fast-forwards at once. Autobase's `fastForward: { key }` option cannot be
   * used as is: its boot throws (uncaught) when the bootstrap writer's manifest is not local yet,
   * e.g. on a rejoin after leaveRoom({ erase }). So fetch that manifest first (block 0 brings it),
   * with the hinted core's, which must be signed by the creator alone (isGenuineSystemHint).
   */
  async #fastForwardTo(store: Corestore, key: Buffer, hint: Buffer) {
    const boot = store.get({ key })
    const system = store.get({ key: hint })
    const manifest = async (core: Core) => {
      await core.ready()
      if (!core.manifest) await core.get(0, { timeout: 60_000 })
      return core.manifest
    }
    try {
      const [bootManifest, systemManifest] = await Promise.all([manifest(boot), manifest(system)])
      if (!isGenuineSystemHint(systemManifest, bootManifest)) {
        this.systemHint = 'refused'
        return
      }
    } catch {
      // a hint nobody serves cannot be checked, so it is not used: the join goes the slower way
      this.systemHint = 'refused'
      return
    } finally {
      await Promise.all([boot.close(), system.close()])
    }
    await this.base.ready()
    // an internal of autobase 7.28 (pinned): the static fast-forward its checkpoints also use
    if (!this.base.closing && this.base.core.length === 0) {
      this.systemHint = 'used'
      queueStaticFastForward(this.base, hint)
    }
  }

  async ready() {
    await this.base.ready()
    await this.#refreshBlocked()
  }

  /**
   * This member's key pair for sealed boxes in this room (derived per room, never stored): the
   * public half goes in the join record, and a move to new keys seals the new keys to it.
   */
  boxKeyPair(): Promise<{ publicKey: Buffer; secretKey: Buffer }> {
    return this.store.createKeyPair('hearth/box')
  }

  isBlockedCore(key: Uint8Array): boolean {
    return this.#blocked.size > 0 && this.#blocked.has(b4a.toString(key, 'hex'))
  }

  /**
   * Re-reads the block list when the view's writes to it changed (not on every post): a reorder can
   * rewrite it (a block and an unblock from two sides of a partition) without the moderation log
   * growing, and the chain of those writes tells. Emits 'blocked' when the list changed. One read
   * at a time.
   */
  #refreshBlocked(): Promise<void> {
    if (this.#refreshing) {
      this.#refreshAgain = true
      return this.#refreshing
    }
    this.#refreshing = this.#readBlocked().finally(() => {
      this.#refreshing = null
      if (this.#refreshAgain) {
        this.#refreshAgain = false
        void this.#refreshBlocked()
      }
    })
    return this.#refreshing
  }

  async #readBlocked() {
    try {
      if (this.base.closing) return
      // the block list's own chain moves only with it (keys.ts Counters.blocks); a view without
      // one falls back to the whole view's hash, which moves with every post
      const { blocks, hash } = await this.queries.counters()
      const at = blocks ?? hash
      if (at !== undefined && at === this.#blockedAt) return
      this.#blockedAt = at ?? null
      const next = new Set<string>()
      for await (const { key } of this.base.view.createReadStream(prefixRange(K.blockedPrefix))) next.add(key.slice(K.blockedPrefix.length))
      const changed = next.size !== this.#blocked.size || [...next].some((k) => !this.#blocked.has(k))
      this.#blocked = next
      if (changed) this.emit('blocked')
    } catch {}
  }

  #history: Download | null = null

  /**
   * A view reached by fast-forward (a join with the invite's hint, or a peer that fell far
   * behind) holds only the blocks read so far. apply reads old blocks too (Hyperbee's tree), so
   * until the rest is here, a post made offline would wait for the network forever. So the whole
   * view keeps downloading in the background while any peer is connected (`historyComplete`),
   * again after every fast-forward. A joiner starts it once joined: started at once, the range
   * queues ahead of the latest page's blocks (a 100k room's newest page took 3.9 s, not 0.3 s).
   */
  keepHistoryComplete() {
    if (this.#history || this.base.closing) return
    this.#download()
    this.base.on('fast-forward', () => this.#download())
  }

  #download() {
    this.#history?.destroy()
    this.#history = this.base.closing ? null : this.base.view.core.download({ start: 0, end: -1 })
  }

  /**
   * True once every block of the view is on this device: the room then works offline. Blocks past
   * the signed length are this device's own unindexed tip, computed here, so always local.
   */
  get historyComplete(): boolean {
    const core = this.base.view.core
    return core.contiguousLength >= Math.min(core.length, core.signedLength)
  }

  get key(): Buffer {
    return this.base.key
  }
  get id(): string {
    return z32.encode(this.base.key)
  }
  get discoveryKey(): Buffer {
    return this.base.discoveryKey
  }
  get writable(): boolean {
    return this.base.writable
  }
  get memberId(): string {
    return b4a.toString(this.base.local.key, 'hex')
  }
  get peers(): number {
    return wakeupPeers(this.base)
  }

  /** Appends one record; resolves once it is applied locally and durable on disk. Returns its message id. */
  async append(record: Record<string, unknown>, opts?: { optimistic?: boolean }): Promise<string> {
    return (await this.appendBatch([record], opts))[0]
  }

  /**
   * Appends records as one batch (one local flush, one apply run, one fsync): how posts from
   * many callers and bulk imports reach high rates. Resolves with their message ids, in order.
   */
  async appendBatch(records: Array<Record<string, unknown>>, opts?: { optimistic?: boolean }): Promise<string[]> {
    const values = records.map((r) => b4a.from(JSON.stringify({ v: RECORD_VERSION, ...r })))
    let last: number
    try {
      last = await this.base.append(values, opts)
    } catch (err) {
      // a block (which removes the writer) can land between a caller's checks and this append
      if ((err as Error)?.message === 'Not writable' && !this.base.writable) throw await this.#notWritable()
      throw err
    }
    await this.#sync()
    return values.map((_, i) => messageId(this.memberId, last - values.length + 1 + i))
  }

  /**
   * After a restart Autobase learns that the local writer is a member during its first apply run,
   * a moment after ready(). Callers wait for that instead of being told "not a member": once per
   * opening for `ms`. A write (`patient`) waits longer, up to MEMBER_SETTLE_MS, unless the view says
   * this device is blocked: under load, or while Autobase re-applies a long tail, the moment lasts
   * seconds, and the view itself can lack this member meanwhile (seen in CI: right after a restart,
   * a member's posts refused as "not a member yet"). Callers skip this while a join is pending.
   */
  async settle(opts: { ms?: number; patient?: boolean } = {}): Promise<boolean> {
    if (this.base.writable) return true
    if (opts.patient && !(await this.queries.value(K.blocked(this.memberId)))) return this.#writableWithin(MEMBER_SETTLE_MS)
    this.#settling ??= this.#writableWithin(opts.ms ?? 5000)
    return this.#settling
  }

  #settling: Promise<boolean> | null = null

  async #writableWithin(ms: number): Promise<boolean> {
    if (this.base.writable) return true
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), ms)
    })
    const ok = await Promise.race([this.base.waitForWritable(), timeout])
    clearTimeout(timer)
    return ok
  }

  /** Resolves once the room's genesis record is in the local view (a joiner has synced enough). */
  async waitGenesis(signal?: AbortSignal): Promise<void> {
    while (!(await this.queries.genesis())) {
      signal?.throwIfAborted()
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(t)
          this.off('update', done)
          resolve()
        }
        const t = setTimeout(done, 250)
        this.once('update', done)
      })
    }
  }

  async #notWritable() {
    const blocked = await this.queries.value<Blocked>(K.blocked(this.memberId))
    return blocked ? fail('you_are_blocked', { note: blocked.reason || null }) : fail('not_member_yet')
  }

  /** Resolves true once `check` holds (re-checked on every update), or false after `ms`. */
  async waitFor(check: () => Promise<boolean>, ms: number): Promise<boolean> {
    const deadline = Date.now() + ms
    while (!(await check())) {
      const left = deadline - Date.now()
      if (left <= 0 || this.base.closing) return false
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(t)
          this.off('update', done)
          resolve()
        }
        const t = setTimeout(done, Math.min(left, 250))
        this.once('update', done)
      })
    }
    return true
  }

  /** Deletes this device's only stored copy of the room key (sealed in the local log's user data). */
  async forgetKey() {
    await this.base.local.setUserData('autobase/blind-encryption', null)
    await this.base.local.setUserData('autobase/encryption', null)
  }

  async close() {
    this.cores.close()
    await this.base.close()
  }
}
