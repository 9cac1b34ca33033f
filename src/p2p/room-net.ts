import { createDht, type SwarmOptions } from './swarm.ts'
import { roomSwarm, closeRoomSwarm } from './compat/swarm.ts'
import { addWakeupStream } from './compat/autobase.ts'
import type { Room } from './room/room.ts'

/** What else rides on a room's connection (presence, the carrier of signed records). */
export type ConnectionHook = (conn: any, roomId: string, room: Room) => void

type Net = { swarm: any; room: Room }

/**
 * The node's networking: one DHT node, and per room one Hyperswarm with the room's own key pair
 * joined to the room's topic. A connection a room's swarm makes carries that room only: its cores
 * (compat/replication.ts), its Autobase wakeup and its presence, so a peer met in one room learns
 * nothing of your others (docs/threat-model.md).
 */
export class RoomNet {
  #dht: any = null
  #nets = new Map<string, Net>()
  #hooks: ConnectionHook[] = []

  constructor(private opts: SwarmOptions) {}

  get online(): boolean {
    return this.#dht !== null
  }

  onConnection(hook: ConnectionHook) {
    this.#hooks.push(hook)
  }

  /** Every open connection of every room (tests that break connections use it). */
  get connections(): any[] {
    return [...this.#nets.values()].flatMap((n) => [...n.swarm.connections])
  }

  start(rooms: Iterable<[string, Room]>) {
    if (this.#dht) return
    this.#dht = createDht(this.opts)
    for (const [roomId, room] of rooms) void this.join(roomId, room)
  }

  async join(roomId: string, room: Room) {
    if (!this.#dht || this.#nets.has(roomId)) return
    const keyPair = await room.swarmKeyPair()
    if (!this.#dht || this.#nets.has(roomId) || room.base.closing) return
    const net: Net = { swarm: roomSwarm(this.#dht, keyPair), room }
    this.#nets.set(roomId, net)
    net.swarm.on('connection', (conn: any) => this.#connected(conn, roomId, net))
    net.swarm.join(room.discoveryKey, { server: true, client: true })
  }

  #connected(conn: any, roomId: string, net: Net) {
    conn.on('error', () => {}) // a peer hanging up mid-stream is normal
    net.room.cores.link(conn)
    addWakeupStream(net.room.base, conn)
    for (const hook of this.#hooks) hook(conn, roomId, net.room)
  }

  async leave(roomId: string) {
    const net = this.#nets.get(roomId)
    if (!net) return
    this.#nets.delete(roomId)
    await closeRoomSwarm(net.swarm)
  }

  async stop() {
    const dht = this.#dht
    if (!dht) return
    this.#dht = null
    await Promise.all([...this.#nets.keys()].map((id) => this.leave(id)))
    await dht.destroy()
  }
}
