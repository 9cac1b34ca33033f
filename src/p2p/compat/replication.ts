import Hypercore from 'hypercore'
import b4a from 'b4a'

/**
 * Replicates ONE room's cores on a connection, and nothing else.
 *
 * Corestore's own `replicate(conn)` attaches every open core of the whole root store, whatever
 * namespace opened it, and serves any stored core a peer asks for by key: a peer met for room A is
 * offered room B's cores (and learns their discovery keys). Here a core goes on the connection
 * only if it is the room's: opened through the room's namespace (or marked by Autobase with the
 * room key as its `referrer`), and only while `allow(key)` says so (a blocked member's log is
 * neither taken nor served). This reads Corestore and Hypercore internals (the core tracker, a
 * namespace's sessions, the replicator's attach/detach), pinned by compat/versions.ts.
 */
export type CoreFilter = (key: Uint8Array) => boolean
type Link = { muxer: any; attached: Set<any>; closed: boolean }

export class RoomCores {
  /** Keys (hex) of cores known to be the room's: Autobase closes idle writer sessions and reopens them later. */
  #known = new Set<string>()
  #links = new Set<Link>()
  #root: any
  #watcher = (core: any) => void this.#consider(core)

  constructor(
    private ns: any,
    private roomKey: () => Uint8Array,
    private allow: CoreFilter
  ) {
    this.#root = ns.root ?? ns
    ns.watch(this.#watcher)
    for (const core of this.#root.cores) void this.#consider(core)
  }

  /** Starts replicating the room's cores on a connection. */
  link(conn: any) {
    const stream = Hypercore.createProtocolStream(conn, { ondiscoverykey: (dk: Uint8Array) => this.#onDiscoveryKey(link, dk) })
    const link: Link = { muxer: stream.noiseStream.userData, attached: new Set(), closed: false }
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

  /** Re-checks every attached core against the filter (call when it changed, e.g. after a block). */
  refilter() {
    for (const link of this.#links) {
      for (const core of [...link.attached]) {
        if (this.allow(core.key)) continue
        link.attached.delete(core)
        core.replicator.detachFrom(link.muxer)
        // and end the channel already open for it on this connection
        for (const peer of core.replicator.peers) if (peer.protomux === link.muxer) peer.channel.close()
      }
    }
    for (const core of this.#root.cores) void this.#consider(core)
  }

  close() {
    this.ns.unwatch(this.#watcher)
    this.#links.clear()
  }

  #isMine(core: any): boolean {
    const hex = b4a.toString(core.key, 'hex')
    if (this.#known.has(hex)) return true
    if (core.id && this.ns.sessions.map.has(core.id)) {
      this.#known.add(hex)
      return true
    }
    return false
  }

  async #consider(core: any, only?: Link) {
    try {
      if (!core.opened) await core.ready()
      if (!core.key || !this.#isMine(core)) return
      for (const link of only ? [only] : this.#links) this.#attach(link, core)
    } catch {}
  }

  #attach(link: Link, core: any) {
    if (link.closed || core.closed || link.attached.has(core) || !this.allow(core.key)) return
    link.attached.add(core)
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
      if (!referrer || !b4a.equals(referrer, this.roomKey())) return
      this.#known.add(b4a.toString(session.key, 'hex'))
      this.#attach(link, session.core)
    } catch {
    } finally {
      await session?.close().catch(() => {})
    }
  }
}
