import createTestnet from 'hyperdht/testnet'
import { until, type Peer } from '../helpers/peers.ts'

/** Where a peer is in a round: on island 0 or 1, or offline. */
export type Place = 0 | 1 | 'offline'

/**
 * Network partitions into islands: each island is its own loopback DHT, so peers on one island
 * find and connect to each other and never to a peer on the other. A peer moves by going offline
 * and coming back online with a DHT node on its new island (the engine's `dht` option is read at
 * every goOnline). Peers start on island 0.
 */
export class Islands {
  #testnets: any[] = []
  #place = new Map<string, Place>()

  static async create() {
    const islands = new Islands()
    islands.#testnets = await Promise.all([createTestnet(3), createTestnet(3)])
    return islands
  }

  /** The engine option for a peer: a DHT node on whichever island the peer is on now. */
  dht(name: string) {
    this.#place.set(name, 0)
    return () => {
      const place = this.#place.get(name)
      if (place === 'offline' || place === undefined) throw new Error(`${name} is offline: it has no island`)
      return this.#testnets[place].createNode({ firewalled: false })
    }
  }

  placeOf(peer: Peer): Place {
    return this.#place.get(peer.name) ?? 'offline'
  }

  /**
   * Moves the peers whose place changes; the others keep their connections. Peers arrive on an
   * island one at a time, each connected to those already there before the next comes: two
   * peers announcing and looking up the room at the same instant on a fresh DHT can miss each
   * other until the next refresh, minutes later, and that is not what these tests are about.
   */
  async arrange(peers: Peer[], places: Place[], roomId: string, timeoutMs = 20_000) {
    const moving = peers.filter((p, i) => this.#place.get(p.name) !== places[i] || p.node.online === (places[i] === 'offline'))
    await Promise.all(moving.map((p) => p.node.goOffline()))
    for (const p of moving) this.#place.set(p.name, places[peers.indexOf(p)])
    for (const p of moving) {
      const place = this.placeOf(p)
      if (place === 'offline') continue
      const there = peers.filter((q) => q !== p && q.node.online && this.placeOf(q) === place)
      p.node.goOnline()
      // announced (and looked up) before the next peer arrives
      await p.node.net.flush()
      await until(
        `${p.name} to reach ${there.map((q) => q.name).join(', ') || 'nobody'} on island ${place}`,
        async () => (await p.call('getRoom', { roomId })).peers >= there.length,
        timeoutMs
      )
    }
  }

  /** The islands of a round, as lists of peers (offline peers are on neither). */
  members(peers: Peer[]): Peer[][] {
    return [0, 1].map((island) => peers.filter((p) => this.#place.get(p.name) === island))
  }

  async destroy() {
    for (const t of this.#testnets) await t.destroy()
  }
}

/**
 * A random arrangement of peers into two islands of at least two peers each, sometimes with one
 * peer offline as well, and sometimes (a heal) everyone on one island.
 */
export function randomPlaces(count: number, rand: { next(): number; int(lo: number, hi: number): number }): Place[] {
  const order = Array.from({ length: count }, (_, i) => i)
  for (let i = count - 1; i > 0; i--) {
    const j = rand.int(0, i)
    ;[order[i], order[j]] = [order[j], order[i]]
  }
  const places: Place[] = new Array(count).fill(0)
  if (rand.next() < 0.2) return places // healed for a round
  const offline = rand.next() < 0.3 ? 1 : 0
  const online = count - offline
  const firstIsland = rand.int(2, online - 2)
  order.forEach((peer, k) => {
    places[peer] = k < firstIsland ? 0 : k < online ? 1 : 'offline'
  })
  return places
}
