import { createDht, type SwarmOptions } from './swarm.ts'
import { roomSwarm, closeRoomSwarm, type Swarm, type SwarmDiscovery } from './compat/swarm.ts'
import type { Dht } from './compat/dht.ts'
import { addWakeupStream } from './compat/autobase.ts'
import { newSigningKeyPair } from './crypto.ts'
import type { Room } from './room/room.ts'
import type { PeerConnection } from './compat/connection.ts'

/** What else rides on a room's connection (presence, the carrier of signed records). */
export type ConnectionHook = (conn: PeerConnection, room: Room) => void

type Net = { swarm: Swarm; room: Room; discovery: SwarmDiscovery | null; lonely: NodeJS.Timeout | null; tries: number }

/**
 * While a room has nobody connected, look it up again after these waits (then every 2 minutes).
 * Two peers that announce and look up a topic at the same instant can miss each other, and
 * Hyperswarm would only look again 10 minutes later: members coming back together after an
 * outage would sit apart that long.
 */
const LONELY_RETRY_MS = [3_000, 10_000, 30_000, 120_000]

/**
 * The node's networking: one DHT node, and per room one Hyperswarm with the room's own key pair
 * joined to the room's topic. A connection a room's swarm makes carries that room only: its cores
 * (compat/replication.ts), its Autobase wakeup and its presence, so a peer met in one room learns
 * nothing of your others (docs/threat-model.md).
 */
export class RoomNet {
  #dht: Dht | null = null
  #nets = new Map<string, Net>()
  #joining = new Set<Promise<void>>()
  #hooks: ConnectionHook[] = []

  constructor(private opts: SwarmOptions) {}

  get online(): boolean {
    return this.#dht !== null
  }

  /** The node's DHT node while online (short invite links park there: short-link.ts). */
  get dht(): Dht | null {
    return this.#dht
  }

  onConnection(hook: ConnectionHook) {
    this.#hooks.push(hook)
  }

  /** Every open connection of every room (tests that break connections use it). */
  get connections(): PeerConnection[] {
    return [...this.#nets.values()].flatMap((n) => [...n.swarm.connections])
  }

  start(rooms: Iterable<Room>) {
    if (this.#dht) return
    this.#dht = createDht(this.opts)
    for (const room of rooms) void this.join(room)
  }

  /** Announces a room (one set of keys: a room that moved has one per move) and replicates it with whoever is there. */
  join(room: Room): Promise<void> {
    const p = this.#join(room.id, room).finally(() => this.#joining.delete(p))
    this.#joining.add(p)
    return p
  }

  async #join(roomId: string, room: Room) {
    if (!this.#dht || this.#nets.has(roomId) || room.base.closing) return
    // a fresh key pair per room each time it goes online: unrelated across rooms, and across
    // sessions too (peers that saw it before hold no retry back-off for it)
    const swarm = roomSwarm(this.#dht, newSigningKeyPair())
    const net: Net = { swarm, room, discovery: null, lonely: null, tries: 0 }
    this.#nets.set(roomId, net)
    swarm.on('connection', (conn: PeerConnection) => this.#connected(conn, roomId, net))
    net.discovery = swarm.join(room.discoveryKey, { server: true, client: true })
    this.#whileLonely(net)
  }

  #whileLonely(net: Net) {
    const wait = LONELY_RETRY_MS[Math.min(net.tries++, LONELY_RETRY_MS.length - 1)]
    net.lonely = setTimeout(() => {
      if (net.swarm.destroyed) return
      if (net.swarm.connections.size === 0) net.discovery?.refresh().catch(() => {})
      this.#whileLonely(net)
    }, wait)
    net.lonely.unref?.()
  }

  /** Resolves once every room is announced and looked up on the DHT (tests stagger arrivals with it). */
  async flush() {
    await Promise.all([...this.#joining])
    await Promise.all([...this.#nets.values()].map((n) => n.swarm.flush()))
  }

  #connected(conn: PeerConnection, roomId: string, net: Net) {
    net.tries = 0
    conn.once('close', () => {
      net.tries = 0
    })
    conn.on('error', () => {}) // a peer hanging up mid-stream is normal
    net.room.cores.link(conn)
    addWakeupStream(net.room.base, conn)
    for (const hook of this.#hooks) hook(conn, net.room)
  }

  async leave(room: Room) {
    const roomId = room.id
    const net = this.#nets.get(roomId)
    if (!net) return
    this.#nets.delete(roomId)
    if (net.lonely) clearTimeout(net.lonely)
    await closeRoomSwarm(net.swarm)
  }

  async stop() {
    const dht = this.#dht
    if (!dht) return
    this.#dht = null
    await Promise.all([...this.#nets.values()].map((n) => this.leave(n.room)))
    await dht.destroy()
  }
}
