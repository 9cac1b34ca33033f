import Hyperswarm from 'hyperswarm'
import type { PeerConnection } from './connection.ts'
import type { Dht } from './dht.ts'

/**
 * One Hyperswarm per room, each with the room's own Noise key pair, all on ONE DHT node: a peer
 * who meets you in two rooms sees two unrelated keys and two separate connections (it still sees
 * the same IP address and port: docs/threat-model.md).
 *
 * Hyperswarm 4.17 destroys the DHT it was given when it is destroyed, and adds two listeners to
 * it that it never removes. A room's swarm must close without taking every other room offline,
 * so this closes it the way `destroy()` does, minus the DHT (internals pinned by versions.ts).
 */
export function roomSwarm(dht: Dht, keyPair: { publicKey: Uint8Array; secretKey: Uint8Array }): Swarm {
  const before = { change: dht.listeners('network-change'), update: dht.listeners('network-update') }
  const swarm = new Hyperswarm({ dht, keyPair })
  swarm._hearthDhtListeners = {
    change: dht.listeners('network-change').filter((l: unknown) => !before.change.includes(l)),
    update: dht.listeners('network-update').filter((l: unknown) => !before.update.includes(l))
  }
  return swarm
}

/** Closes one room's swarm and its connections; the shared DHT node stays up for the other rooms. */
export async function closeRoomSwarm(swarm: any): Promise<void> {
  if (swarm.destroyed) return
  swarm.destroyed = true
  swarm._timer.destroy()
  await swarm.clear()
  await swarm.server.close()
  while (swarm._pendingFlushes.length) swarm._pendingFlushes.pop().onflush(false)
  for (const conn of [...swarm.connections]) conn.destroy()
  const mine = swarm._hearthDhtListeners
  for (const l of mine?.change ?? []) swarm.dht.removeListener('network-change', l)
  for (const l of mine?.update ?? []) swarm.dht.removeListener('network-update', l)
}

/** A topic a swarm joined (Hyperswarm's PeerDiscovery). */
export interface SwarmDiscovery {
  refresh(): Promise<void>
}

/** One room's Hyperswarm 4 (compat/swarm.ts makes and closes it). */
export interface Swarm {
  readonly destroyed: boolean
  readonly connections: Set<PeerConnection>
  join(topic: Uint8Array, opts: { server: boolean; client: boolean }): SwarmDiscovery
  flush(): Promise<void>
  on(event: 'connection', listener: (conn: PeerConnection) => void): this
}
