import Hypercore from 'hypercore'
import b4a from 'b4a'
import crypto from 'hypercore-crypto'
import type { PeerConnection } from './connection.ts'
import type { Corestore } from './types.ts'

/**
 * Replicates ONE room's cores on a connection, and nothing else.
 *
 * Corestore's own `replicate(conn)` attaches every open core of the whole root store, whatever
 * namespace opened it, and serves any stored core a peer asks for by key: a peer met for room A is
 * offered room B's cores (and learns their discovery keys). Here a core goes on the connection
 * only if it is the room's (see #isMine). A blocked member's log stays on the connections (the
 * blocks others built on are needed by every peer to order the room); what keeps it from growing
 * on every disk is compat/autobase.ts `stopFetchingFrom`. This reads Corestore and Hypercore
 * internals (the core tracker, a namespace's sessions, the replicator's attach), pinned by
 * compat/versions.ts.
 */

/** A core's `referrer` user data (Autobase sets it just after opening a core: read it when asked). */
async function referrerOf(core: any): Promise<Uint8Array | null> {
  const batch = core.state.storage.read()
  const p = batch.getUserData('referrer') as Promise<Uint8Array | null>
  batch.tryFlush()
  return p.catch(() => null)
}

/**
 * Every room's cores, told when any core starts downloading: the moment it needs peers, which
 * Corestore marks by calling `replicator.ondownloading` (it attaches the core to its own streams
 * there; we chain our check for the rooms' connections after it).
 */
const roomsOf = new WeakMap<object, Set<RoomCores>>() // root store -> its rooms
const hooked = new WeakSet<object>()
function hookDownloading(root: object, core: any) {
  if (hooked.has(core)) return
  hooked.add(core)
  const before = core.replicator.ondownloading
  core.replicator.ondownloading = () => {
    before?.()
    for (const room of roomsOf.get(root) ?? []) room.consider(core)
  }
}
type Link = { muxer: any; closed: boolean }

export class RoomCores {
  /** Keys (hex) of cores known to be the room's: Autobase closes idle writer sessions and reopens them later. */
  #known = new Set<string>()
  #links = new Set<Link>()
  #root: any
  private ns: any
  #watcher = (core: any) => {
    hookDownloading(this.#root, core)
    void this.#consider(core)
  }

  constructor(
    ns: Corestore,
    private room: { key: () => Uint8Array; declared: () => Uint8Array[] }
  ) {
    this.ns = ns // its sessions and watchers are Corestore internals (pinned by versions.ts)
    this.#root = this.ns.root ?? ns
    if (!roomsOf.has(this.#root)) roomsOf.set(this.#root, new Set())
    roomsOf.get(this.#root)!.add(this)
    this.ns.watch(this.#watcher)
    for (const core of this.#root.cores) this.#watcher(core)
  }

  /** Starts replicating the room's cores on a connection. */
  link(conn: PeerConnection) {
    const stream = Hypercore.createProtocolStream(conn, { ondiscoverykey: (dk: Uint8Array) => this.#onDiscoveryKey(link, dk) })
    const link: Link = { muxer: stream.noiseStream.userData, closed: false }
    this.#links.add(link)
    conn.once('close', () => {
      link.closed = true
      this.#links.delete(link)
    })
    link.muxer.cork()
    for (const core of this.#root.cores) void this.#consider(core, link)
    stream.noiseStream.opened.then(
      () => link.muxer.uncork(),
      () => {}
    )
  }

  /**
   * Autobase's own cores changed (a new writer, a fast-forward to another system core): any of
   * them not yet known goes on the room's connections. Called on every room update; cheap when
   * nothing is new.
   */
  refreshDeclared() {
    for (const key of this.room.declared()) {
      const hex = b4a.toString(key, 'hex')
      if (this.#known.has(hex)) continue
      const core = this.#root.cores.get(b4a.toString(crypto.discoveryKey(key), 'hex'))
      if (core) this.#watcher(core)
    }
  }

  /** A core started downloading: if it is the room's, it goes on the room's connections. */
  consider(core: any) {
    if (this.#links.size) void this.#consider(core)
  }

  close() {
    roomsOf.get(this.#root)?.delete(this)
    this.ns.unwatch(this.#watcher)
    this.#links.clear()
  }

  /**
   * Whether a core is the room's: known to be, open through the room's namespace, one Autobase
   * names (writers, views, the system core), or marked by Autobase with the room key as its
   * `referrer` (a core Autobase opens only for a moment, or reopens after closing an idle writer,
   * may have no session here when we look).
   */
  async #isMine(core: any): Promise<boolean> {
    const hex = b4a.toString(core.key, 'hex')
    if (this.#known.has(hex)) return true
    const mine =
      (core.id && this.ns.sessions.map.has(core.id)) ||
      this.room.declared().some((k) => b4a.equals(k, core.key)) ||
      b4a.equals((await referrerOf(core)) ?? b4a.alloc(0), this.room.key())
    if (mine) this.#known.add(hex)
    return mine
  }

  async #consider(core: any, only?: Link) {
    try {
      if (!core.opened) await core.ready()
      if (!core.key || !(await this.#isMine(core))) return
      for (const link of only ? [only] : this.#links) this.#attach(link, core)
    } catch {}
  }

  #attach(link: Link, core: any) {
    if (link.closed || core.closed) return
    // the replicator's own record decides: a core closed and reopened is a fresh replicator
    if (!core.replicator.attached(link.muxer)) core.replicator.attachTo(link.muxer)
  }

  /** A peer asks for a core we have not offered: serve it only if it is this room's. */
  async #onDiscoveryKey(link: Link, dk: Uint8Array) {
    const open = this.#root.cores.get(b4a.toString(dk, 'hex'))
    if (open) return this.#consider(open, link)
    let session: any = null
    try {
      session = this.ns.get({ discoveryKey: dk, active: false })
      await session.ready()
      // Autobase marks every core it opens for a room with the room key as `referrer`
      const referrer = await session.getUserData('referrer')
      if (!referrer || !b4a.equals(referrer, this.room.key())) return
      this.#known.add(b4a.toString(session.key, 'hex'))
      this.#attach(link, session.core)
    } catch {
    } finally {
      await session?.close().catch(() => {})
    }
  }
}
