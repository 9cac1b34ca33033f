import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import Hyperswarm from 'hyperswarm'
import Corestore from 'corestore'
import crypto from 'node:crypto'
import fs from 'node:fs'
import { Net, converged, roomSeen, tmpDir, until, type Peer } from '../helpers/peers.ts'
import { LONG, prng, seedFor, sleep } from './support.ts'

/**
 * Hostile or broken peers on the room's topic (same loopback testnet): one that writes random
 * bytes into its (Noise-encrypted) connections, one that speaks the replication protocol but
 * asks for cores that do not exist and hangs up, and a real joiner whose connections are cut
 * again and again in the middle of syncing a 3,000-message room. The honest peers keep posting
 * throughout; afterwards they converge, nothing raised an error, and a newcomer joins normally.
 */
describe('garbage on the wire and disconnects mid-replication', () => {
  let net: Net
  let a: Peer, b: Peer
  let roomId = '',
    invite = ''
  const seed = seedFor('garbage')
  const rand = prng(seed)
  const hostile: any[] = []
  const dirs: string[] = []

  beforeAll(async () => {
    net = await Net.create()
    ;[a, b] = await Promise.all([net.peer('a'), net.peer('b')])
    const created = await a.call('createRoom', { name: 'Under attack', displayName: 'A' })
    roomId = created.roomId
    await b.call('joinRoom', { invite: created.invite, displayName: 'B' })
    const room = a.node.room(roomId)
    for (let i = 0; i < 3000; i += 1000) {
      await room.appendBatch(Array.from({ length: 1000 }, (_, j) => ({ type: 'post', text: `history ${i + j}`, time: 1_700_000_000_000 + i + j })))
    }
    invite = (await a.call('createInvite', { roomId })).invite
  })
  afterAll(async () => {
    for (const s of hostile) await (s.destroy ?? s.close).call(s).catch(() => {})
    await net.close()
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true })
  })

  // the attack runs `seconds`, then every wait below is bounded (40 + 40 + 40 + 30 + 40 s, room
  // for a loaded machine): the test's timeout covers their sum, so a stall fails with the wait's
  // own message
  it('honest peers keep working and converge', { timeout: LONG ? 420_000 : 220_000 }, async () => {
    const errors: string[] = []
    for (const p of [a, b]) p.node.rooms.get(roomId)!.on('error', (e: Error) => errors.push(`${p.name}: ${e.message}`))
    const topic = a.node.room(roomId).discoveryKey
    const seconds = LONG ? 30 : 8

    // 1: random bytes inside the encrypted stream, in random sizes, then hang up
    const noisy = new Hyperswarm({ dht: net.testnet.createNode() })
    hostile.push(noisy)
    const attacks = { garbageConns: 0, garbageBytes: 0, proberConns: 0, cuts: 0 }
    noisy.on('connection', (conn: any) => {
      attacks.garbageConns++
      conn.on('error', () => {})
      const timer = setInterval(() => {
        if (conn.destroyed) return clearInterval(timer)
        const junk = crypto.randomBytes(rand.int(1, 4096))
        attacks.garbageBytes += junk.length
        conn.write(junk)
        if (rand.chance(0.05)) {
          clearInterval(timer)
          conn.destroy()
        }
      }, 20)
    })
    noisy.join(topic, { server: true, client: true })

    // 2: the real protocol, for cores nobody has, then an abrupt end
    const prober = new Hyperswarm({ dht: net.testnet.createNode() })
    dirs.push(tmpDir('hearth-prober-'))
    const proberStore = new Corestore(dirs[0])
    hostile.push(prober, proberStore)
    prober.on('connection', (conn: any) => {
      attacks.proberConns++
      conn.on('error', () => {})
      proberStore.replicate(conn)
      for (let i = 0; i < 5; i++)
        proberStore
          .get({ key: crypto.randomBytes(32) })
          .get(0, { timeout: 1000 })
          .catch(() => {})
      setTimeout(() => conn.destroy(), rand.int(50, 500))
    })
    prober.join(topic, { server: true, client: true })

    // 3: a real joiner whose connections keep getting cut while it syncs the history
    const flaky = await net.peer('flaky', { joinTimeoutMs: seconds * 1000 + 40_000 })
    const joining = flaky.call('joinRoom', { invite, displayName: 'Flaky' }).catch((e: Error) => e)
    const cutter = setInterval(() => {
      for (const conn of flaky.node.net.connections) {
        if (!rand.chance(0.5)) continue
        attacks.cuts++
        conn.destroy()
      }
    }, 300)

    // meanwhile the honest peers talk
    let posted = 0
    const end = Date.now() + seconds * 1000
    while (Date.now() < end) {
      await (posted % 2 ? a : b).call('postMessage', { roomId, text: `live ${posted}` })
      posted++
      await sleep(rand.int(10, 100))
    }
    clearInterval(cutter)
    await noisy.destroy()
    await prober.destroy()
    await proberStore.close()
    console.log(`attacks: ${JSON.stringify(attacks)}; honest posts during the attack: ${posted}`)
    // every attack really reached the room's peers (a topic Hearth no longer announces would
    // leave the hostile peers talking to nobody, and this test passing for nothing)
    expect(attacks.garbageConns, 'connections that received random bytes').toBeGreaterThan(0)
    expect(attacks.garbageBytes).toBeGreaterThan(0)
    expect(attacks.proberConns, 'connections asked for cores that do not exist').toBeGreaterThan(0)
    expect(attacks.cuts, "cuts of the joiner's connections").toBeGreaterThan(0)
    expect(posted).toBeGreaterThan(0)

    const total = 3000 + posted
    await converged([a, b], roomId, total, 40_000)
    // the flaky joiner gets there once the cutting stops (its join gives up 40 s after the attack)
    const joined = await joining
    expect(joined).toEqual({ roomId, state: 'ready' })
    await converged([a, b, flaky], roomId, total, 40_000)
    // and a newcomer joins and reads the latest page as if nothing happened
    const late = await net.peer('late', { joinTimeoutMs: 30_000 })
    expect(await late.call('joinRoom', { invite: (await a.call('createInvite', { roomId })).invite })).toEqual({ roomId, state: 'ready' })
    await until(
      'the newcomer to read the newest post',
      async () => (await late.call('getMessages', { roomId, limit: 1 })).messages[0]?.text === `live ${posted - 1}`,
      40_000
    ).catch(async (err: Error) => {
      throw new Error(`${err.message}\n${await whatEachSees([a, b, flaky, late], roomId)}`)
    })
    expect(errors).toEqual([])
  })
})

/** On a failed wait: each peer's newest post and its view of the room. */
async function whatEachSees(peers: Peer[], roomId: string): Promise<string> {
  const lines = []
  for (const p of peers) {
    const seen = await Promise.all([p.call('getMessages', { roomId, limit: 1 }), p.call('getRoom', { roomId })]).catch((e: Error) => e)
    if (seen instanceof Error) lines.push(`${p.name}: (no answer: ${seen.message})`)
    else lines.push(`${roomSeen(p.name, seen[1])}, newest ${JSON.stringify(seen[0].messages[0]?.text ?? null)}`)
  }
  return lines.join('\n')
}
