import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import createTestnet from 'hyperdht/testnet'
import { startEngine, type Engine, type EngineOptions } from '../../src/p2p/engine.ts'
import type { MethodName, Params, Result } from '../../src/shared/api/methods.ts'
import { K } from '../../src/p2p/room/keys.ts'

export const tmpDir = (prefix = 'hearth-test-') => fs.mkdtempSync(path.join(os.tmpdir(), prefix))

/** A peer in this process: a real engine on disk in a temp dir, on the loopback testnet. */
export class Peer {
  constructor(
    public engine: Engine,
    public storage: string,
    public name: string
  ) {}
  call<M extends MethodName>(method: M, params: Params<M>): Promise<Result<M>> {
    return this.engine.dispatch(method, params) as Promise<Result<M>>
  }
  get node() {
    return this.engine.node
  }
}

/** A private loopback DHT and the peers on it; close() tears everything down in order. */
export class Net {
  peers: Peer[] = []
  dirs: string[] = []
  private constructor(public testnet: any) {}

  static async create(size = 3) {
    return new Net(await createTestnet(size))
  }

  async peer(name: string, opts: Partial<EngineOptions> = {}, storage = tmpDir(`hearth-${name}-`)): Promise<Peer> {
    this.dirs.push(storage)
    // not firewalled: on loopback every node is reachable, and without it the first connection
    // attempt may hole-punch, time out and only succeed on a retry ~15 s later
    const engine = await startEngine({ storage, dht: () => this.testnet.createNode({ firewalled: false }), ackInterval: 200, joinTimeoutMs: 30_000, ...opts })
    const peer = new Peer(engine, storage, name)
    this.peers.push(peer)
    return peer
  }

  /** Closes one peer's engine (its storage stays, for restart tests). */
  async stop(peer: Peer) {
    this.peers = this.peers.filter((p) => p !== peer)
    await peer.engine.close()
  }

  async close() {
    for (const p of this.peers) await p.engine.close().catch(() => {})
    await this.testnet.destroy()
    for (const d of this.dirs) fs.rmSync(d, { recursive: true, force: true })
  }
}

/** Polls `check` until it returns truthy (or throws after timeoutMs, naming what was awaited). */
export async function until<T>(what: string, check: () => Promise<T> | T, timeoutMs = 30_000, everyMs = 100): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  for (;;) {
    try {
      const v = await check()
      if (v) return v as NonNullable<T>
    } catch (err) {
      last = err
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`)
    await new Promise((r) => setTimeout(r, everyMs))
  }
}

export async function texts(peer: Peer, roomId: string, limit = 500) {
  return (await peer.call('getMessages', { roomId, limit })).messages.map((m) => m.text)
}

export async function viewHash(peer: Peer, roomId: string) {
  return (await peer.call('getRoom', { roomId })).viewHash
}

/** One peer's view of a room, for a failed wait's message. */
export function roomSeen(name: string, r: { messageCount: number; peers: number; viewHash: string; state: string; writable: boolean }): string {
  return `${name}: ${r.messageCount} msgs, ${r.peers} peers, hash ${r.viewHash.slice(0, 8)}, ${r.state}${r.writable ? ', writer' : ''}`
}

/**
 * Waits until every peer reports the same view hash and message count for the room. 40 s by
 * default: inside the 60 s test timeout, so a failure prints what each peer saw.
 */
export async function converged(peers: Peer[], roomId: string, messages: number, timeoutMs = 40_000) {
  let seen = ''
  try {
    return await until(
      `${peers.map((p) => p.name).join(', ')} to converge on ${messages} messages`,
      async () => {
        const rooms = await Promise.all(peers.map((p) => p.call('getRoom', { roomId })))
        seen = rooms.map((r, i) => roomSeen(peers[i].name, r)).join('; ')
        return rooms.every((r) => r.messageCount === messages && r.viewHash === rooms[0].viewHash) ? rooms[0].viewHash : null
      },
      timeoutMs,
      200
    )
  } catch (err) {
    throw new Error(`${(err as Error).message} (last seen: ${seen})`, { cause: err })
  }
}

/**
 * Waits until every peer reports the same view hash and message count, whatever the count is. For
 * when records from several writers are still arriving: the peer that wrote last holds all of its
 * own records, so agreement with it means everyone holds them too.
 */
export async function agreed(peers: Peer[], roomId: string, timeoutMs = 40_000) {
  let seen = ''
  try {
    return await until(
      `${peers.map((p) => p.name).join(', ')} to agree on the room`,
      async () => {
        const rooms = await Promise.all(peers.map((p) => p.call('getRoom', { roomId })))
        seen = rooms.map((r, i) => roomSeen(peers[i].name, r)).join('; ')
        return rooms.every((r) => r.messageCount === rooms[0].messageCount && r.viewHash === rooms[0].viewHash) ? rooms[0] : null
      },
      timeoutMs,
      200
    )
  } catch (err) {
    throw new Error(`${(err as Error).message} (last seen: ${seen})`, { cause: err })
  }
}

/**
 * Waits until every peer has applied the moderator device's own `bind-writer` (appended by itself
 * once its key is an authority: src/p2p/moderator-binding.ts), so it does not land in the middle of
 * a later check that no view changes.
 */
export async function untilModeratorBound(peers: Peer[], roomId: string, moderator: Peer, moderatorKey: string) {
  const writer = (await moderator.call('whoami', { roomId })).memberId
  for (const p of peers)
    await until(`${p.name} to apply ${moderator.name}'s bind-writer`, async () => !!(await p.node.room(roomId).queries.value(K.signer(writer, moderatorKey))))
}
