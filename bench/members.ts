import fs from 'node:fs'
import createTestnet from 'hyperdht/testnet'
import { startEngine, type Engine } from '../src/p2p/engine.ts'
import { applyStats } from '../src/p2p/room/apply.ts'
import { tmpDir } from '../test/helpers/peers.ts'
import { rawMember, rawApplyStats } from './raw/member.ts'
import { sleep, type Row } from './lib/report.ts'

/**
 * (8) Rooms of 20 and 50 members, every member a writer, all peers in this process on one loopback
 * DHT: Hearth engines against raw Autobase rooms (bench/raw/room.ts) doing the same work, one stack
 * after the other. Members join one at a time, the way a room fills; each times
 * join -> its first post visible on the owner's device. Then fan-out (one post from the owner until
 * every member shows it; median of 3) and a burst (every member posts BURST posts at once, until
 * every member counts them all). While the burst settles, apply's work is counted on both stacks:
 * records applied across all peers against records posted (Autobase re-applies the view when
 * concurrent writes reorder it) and the CPU time all peers used (apply's own time cannot be told
 * apart here: the peers' applies overlap while each waits for its reads).
 * Env: BENCH_MEMBERS=20,50 (the sizes; default 20 and 50, 10 with --quick).
 */
const BURST = 2

/** What the bench needs of one member, on either stack. */
export type Member = {
  name: string
  post: (text: string) => Promise<unknown>
  count: () => Promise<number>
  /** Calls `cb` on each view update of the room; returns how to stop. */
  onUpdate: (cb: () => void) => () => void
  close: () => Promise<void>
}

type Stack = {
  create: (testnet: any, dir: string) => Promise<{ owner: Member; join: (dir: string) => Promise<Member> }>
  stats: { runs: number; nodes: number }
}

export const hearth: Stack = {
  stats: applyStats,
  async create(testnet, dir) {
    const engine = async (storage: string) => startEngine({ storage, dht: () => testnet.createNode({ firewalled: false }), joinTimeoutMs: 120_000 })
    const member = (e: Engine, name: string, roomId: string): Member => ({
      name,
      post: (text) => postOnceMember(e, roomId, text),
      count: async () => (await e.node.room(roomId).queries.counters()).messages,
      onUpdate: (cb) => {
        const listener = (id: string) => id === roomId && cb()
        e.node.on('room-update', listener)
        return () => e.node.off('room-update', listener)
      },
      close: () => e.close()
    })
    const ownerEngine = await engine(dir)
    const { roomId } = (await ownerEngine.dispatch('createRoom', { name: 'Members', displayName: 'Owner' })) as { roomId: string }
    let n = 0
    return {
      owner: member(ownerEngine, 'owner', roomId),
      async join(storage) {
        const { invite } = (await ownerEngine.dispatch('createInvite', { roomId })) as { invite: string }
        const e = await engine(storage)
        await e.dispatch('joinRoom', { invite, displayName: `Member ${++n}` })
        return member(e, `member ${n}`, roomId)
      }
    }
  }
}

/**
 * A post as the app makes it once the room says this device may post: a joiner whose admission
 * is still on its way (not_member_yet) tries again, as a person would, until it is in.
 */
async function postOnceMember(e: Engine, roomId: string, text: string) {
  const deadline = performance.now() + 120_000
  for (;;) {
    try {
      return await e.dispatch('postMessage', { roomId, text })
    } catch (err) {
      if ((err as { data?: { reason?: string } }).data?.reason !== 'not_member_yet' || performance.now() > deadline) throw err
      await sleep(100)
    }
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export const raw: Stack = { stats: rawApplyStats, create: rawMember }

/** Resolves once `done()` holds on every member, checked on each member's view updates (and every 500 ms). */
function whenAll(members: Member[], done: (m: Member) => Promise<boolean>, timeoutMs: number, what: string) {
  return new Promise<void>((resolve, reject) => {
    const ok = new Set<Member>()
    let settled = false
    const stops: Array<() => void> = []
    const end = (err?: Error) => {
      settled = true
      for (const stop of stops) stop()
      clearInterval(timer)
      clearTimeout(limit)
      if (err) reject(err)
      else resolve()
    }
    const check = async (m: Member) => {
      if (settled || ok.has(m) || !(await done(m).catch(() => false))) return
      ok.add(m)
      if (ok.size === members.length && !settled) end()
    }
    const timer = setInterval(() => members.forEach((m) => void check(m)), 500)
    const limit = setTimeout(() => {
      const missing = members.filter((m) => !ok.has(m)).map((m) => m.name)
      end(new Error(`${what}: ${ok.size} of ${members.length} after ${timeoutMs / 1000} s; waiting for ${missing.join(', ')}`))
    }, timeoutMs)
    for (const m of members) stops.push(m.onUpdate(() => void check(m)))
    members.forEach((m) => void check(m))
  })
}

export async function run(stack: Stack, size: number) {
  const testnet = await createTestnet(3)
  const dirs: string[] = []
  const dir = () => (dirs.push(tmpDir('hearth-bench-members-')), dirs.at(-1)!)
  const { owner, join } = await stack.create(testnet, dir())
  const everyone: Member[] = [owner]
  const joins: number[] = []
  let posts = 0
  try {
    for (let i = 1; i < size; i++) {
      const t = performance.now()
      const m = await join(dir())
      await m.post(`hello from ${m.name}`)
      posts++
      await whenAll([owner], async (o) => (await o.count()) >= posts, 120_000, `${m.name}'s first post on the owner`)
      joins.push(performance.now() - t)
      everyone.push(m)
      if (i % 10 === 0) process.stderr.write(`  ${size} members: ${i} joined\n`)
    }
    await whenAll(everyone, async (m) => (await m.count()) >= posts, 120_000, 'everyone to catch up')
    const fanout: number[] = []
    for (let i = 0; i < 3; i++) {
      await sleep(500)
      const t = performance.now()
      await owner.post(`fan-out ${i}`)
      posts++
      await whenAll(everyone, async (m) => (await m.count()) >= posts, 120_000, 'fan-out')
      fanout.push(performance.now() - t)
    }
    await sleep(1000)
    const before = { ...stack.stats }
    const cpu = process.cpuUsage()
    const t = performance.now()
    await Promise.all(everyone.flatMap((m) => Array.from({ length: BURST }, (_, k) => m.post(`burst ${k} from ${m.name}`))))
    posts += everyone.length * BURST
    await whenAll(everyone, async (m) => (await m.count()) >= posts, 900_000, 'the burst')
    const burst = performance.now() - t
    const used = process.cpuUsage(cpu)
    const applied = { nodes: stack.stats.nodes - before.nodes, runs: stack.stats.runs - before.runs, cpuMs: (used.user + used.system) / 1000 }
    // one join is a noisy sample: the median of the first three and of the last three
    return { first: median(joins.slice(0, 3)), last: median(joins.slice(-3)), fanout: median(fanout), burst, applied, burstPosts: everyone.length * BURST }
  } finally {
    for (const m of everyone.reverse()) await m.close().catch(() => {})
    await testnet.destroy()
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true })
  }
}

export async function members({ quick }: { quick: boolean }): Promise<Row[]> {
  const rows: Row[] = []
  const sizes = process.env.BENCH_MEMBERS?.split(',').map(Number) ?? (quick ? [10] : [20, 50])
  for (const size of sizes) {
    const h = await run(hearth, size)
    const r = await run(raw, size)
    const g = `${size} members`
    const lastOverFirst = h.last / h.first
    rows.push(
      { group: g, figure: 'join -> first post visible, 1st-3rd member (median)', unit: 'ms', hearth: h.first, raw: r.first },
      {
        group: g,
        figure: `join -> first post visible, last 3 members (median)`,
        unit: 'ms',
        hearth: h.last,
        raw: r.last,
        target: "<= 2x the first members'",
        met: lastOverFirst <= 2,
        note: `last/first: Hearth ${lastOverFirst.toFixed(2)}x, raw ${(r.last / r.first).toFixed(2)}x`
      },
      {
        group: g,
        figure: 'fan-out of one post to every member (median of 3)',
        unit: 'ms',
        hearth: h.fanout,
        raw: r.fanout,
        target: '<= 1.3x raw',
        met: h.fanout <= 1.3 * r.fanout
      },
      {
        group: g,
        figure: `burst: ${BURST} posts from every member, until all show all`,
        unit: 'ms',
        hearth: h.burst,
        raw: r.burst,
        target: '<= 1.5x raw',
        met: h.burst <= 1.5 * r.burst
      },
      {
        group: g,
        figure: `burst: records applied over all peers per post (${h.burstPosts} posts)`,
        unit: 'x',
        hearth: h.applied.nodes / h.burstPosts,
        raw: r.applied.nodes / r.burstPosts,
        note: `apply runs ${h.applied.runs} vs ${r.applied.runs}`
      },
      {
        group: g,
        figure: 'burst: CPU time of all peers (this process) until all show all',
        unit: 'ms',
        hearth: h.applied.cpuMs,
        raw: r.applied.cpuMs,
        note: 'every peer shares this process, so the burst and fan-out figures pay every peer CPU work in turn'
      }
    )
  }
  return rows
}
