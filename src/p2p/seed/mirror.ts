import { EventEmitter } from 'node:events'
import b4a from 'b4a'
import crypto from 'hypercore-crypto'
import { RoomCores } from '../compat/replication.ts'
import { roomSwarm, closeRoomSwarm, type Swarm } from '../compat/swarm.ts'
import { Wakeup, type WakeupPeer, type WakeupSession } from '../compat/wakeup.ts'
import type { Core, Corestore } from '../compat/types.ts'
import type { Dht } from '../compat/dht.ts'
import type { PeerConnection } from '../compat/connection.ts'
import { newSigningKeyPair } from '../crypto.ts'
import { MAX_KEYS, openSeedChannel, whenHandshaken } from './link.ts'

/** At most this many logs per room: anyone who holds the room key can name logs to keep. */
const MAX_CORES = 5000

/**
 * Keeps one room available around the clock without being able to read it (a blind seeder).
 *
 * It holds the room's key and no encryption key: it fetches and serves the room's logs as they
 * are, encrypted, and never runs the room (no Autobase, so no view, no members, nothing in plain).
 * It learns which logs make up the room from members (seed/tell.ts) and from Autobase's wakeup
 * protocol, keeps every block of each, and tells connected peers what it holds, so a newcomer can
 * join and read the whole history, and members can post, while it alone is online.
 */
export class BlindMirror extends EventEmitter {
  readonly discoveryKey: Buffer
  #held = new Map<string, Core>()
  #cores: RoomCores
  #wakeup = new Wakeup()
  #session: WakeupSession
  #swarm: Swarm | null = null
  #closed = false

  constructor(
    private ns: Corestore,
    readonly roomKey: Buffer,
    known: string[]
  ) {
    super()
    this.discoveryKey = crypto.discoveryKey(roomKey)
    this.#cores = new RoomCores(ns, { key: () => roomKey, declared: () => [...this.#held.values()].map((c) => c.key) })
    this.#session = this.#wakeup.session(roomKey, {
      discoveryKey: this.discoveryKey,
      onpeeractive: (peer) => this.#announce(peer),
      onlookup: (_req, peer) => this.#announce(peer),
      onannounce: (wakeup) => this.hold(wakeup.slice(0, MAX_KEYS).map((w) => w.key))
    })
    this.hold([roomKey, ...known.map((k) => b4a.from(k, 'hex'))])
  }

  /** Keys (hex) of the logs it keeps. */
  get keys(): string[] {
    return [...this.#held.keys()]
  }

  /** Keeps these logs, every block, live. */
  hold(keys: Uint8Array[]) {
    let added = false
    for (const key of keys) {
      const hex = b4a.toString(key, 'hex')
      if (this.#closed || this.#held.has(hex) || this.#held.size >= MAX_CORES || key.byteLength !== 32) continue
      const core = this.ns.get({ key })
      core.ready().then(
        () => core.download({ start: 0, end: -1 }),
        () => {}
      )
      core.on('append', () => this.emit('changed'))
      core.on('download', () => this.emit('changed'))
      this.#held.set(hex, core)
      added = true
    }
    if (added) {
      this.#cores.refreshDeclared()
      this.emit('held', this.keys)
    }
  }

  /** Joins the room's topic on the DHT and replicates with whoever is there. */
  start(dht: Dht) {
    this.#swarm = roomSwarm(dht, newSigningKeyPair())
    this.#swarm.on('connection', (conn: PeerConnection) => {
      conn.on('error', () => {})
      this.#cores.link(conn)
      this.#wakeup.addStream(conn)
      whenHandshaken(conn, () => openSeedChannel(conn, this.roomKey, this.discoveryKey, (keys) => this.hold(keys)))
    })
    this.#swarm.join(this.discoveryKey, { server: true, client: true })
  }

  #announce(peer: WakeupPeer) {
    const wakeup = [...this.#held.values()].filter((c) => c.length > 0).map((c) => ({ key: c.key, length: c.length }))
    if (wakeup.length) this.#session.announce(peer, wakeup.slice(0, MAX_KEYS))
  }

  /** What it holds: how many logs, how many blocks, and whether it has every block of each it knows of. */
  holding(): { logs: number; blocks: number; complete: boolean } {
    const cores = [...this.#held.values()].filter((c) => c.opened)
    return {
      logs: cores.length,
      blocks: cores.reduce((n, c) => n + c.contiguousLength, 0),
      complete: cores.length === this.#held.size && cores.every((c) => c.contiguousLength === c.length)
    }
  }

  get peers(): number {
    return this.#swarm?.connections.size ?? 0
  }

  async close() {
    this.#closed = true
    this.#cores.close()
    this.#session.destroy()
    if (this.#swarm) await closeRoomSwarm(this.#swarm)
    await Promise.all([...this.#held.values()].map((c) => c.close().catch(() => {})))
  }
}
