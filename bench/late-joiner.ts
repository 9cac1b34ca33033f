import fs from 'node:fs'
import { LinePeer, HEARTH, RAW_PEER, bootstrapNode } from './lib/proc.ts'
import { sleep, timeUntil, type Row } from './lib/report.ts'
import { tmpDir } from '../test/helpers/peers.ts'

/**
 * (2) A late joiner into a room whose history was written the way people write it: WRITERS peer
 * processes (the owner and members), each posting one post per call, one after another, all at
 * the same time. The room is built once per run and grown: the joiner measures at each size on
 * the way (200, then 2,000, then 20,000 messages). Each joiner is a fresh process on a fresh
 * profile, on the same loopback DHT, given what Hearth's invite gives: Hearth joins with an
 * invite made at that moment (it carries the room's system key), raw opens the room with
 * `fastForward: { key }` set to the system key. Clock starts when the join is asked for; *first
 * page*: the newest PAGE messages readable, ending with the newest one (polled every 10 ms: Hearth
 * getMessages, raw a reverse read). The owner stays online; the members' processes too.
 */
const WRITERS = 3
const PAGE = 100
const FIRST_PAGE_MS = 120_000
/** Calls in flight per writer while growing the room past 2,000 messages. */
const INFLIGHT = 8

type Writers = {
  writers: LinePeer[]
  post: (w: number, text: string) => Promise<unknown>
  /** Messages the owner holds, and the newest as the owner orders them. */
  count: () => Promise<number>
  newest: () => Promise<string>
}
type Stack = {
  /** Starts the writers and returns how to post through each, and how to have a newcomer read. */
  start(address: string, dirs: string[]): Promise<Writers>
  /** A fresh process joins; resolves when its first page holds `last`. */
  join(address: string, dir: string, last: string): Promise<{ firstPage: number | null; peer: LinePeer }>
}

function stack(kind: 'hearth' | 'raw'): Stack {
  let room = ''
  let owner!: LinePeer
  let ek = ''
  const spawn = (dir: string, address: string) =>
    kind === 'hearth'
      ? new LinePeer(HEARTH, ['serve', '--storage', dir, '--bootstrap', address])
      : new LinePeer(RAW_PEER, ['--storage', dir, '--bootstrap', address])
  return {
    async start(address, dirs) {
      const writers = dirs.map((d) => spawn(d, address))
      await Promise.all(writers.map((w) => w.ready))
      owner = writers[0]
      if (kind === 'hearth') {
        const made = await owner.call('createRoom', { name: 'Lived-in', displayName: 'Owner' })
        room = made.roomId
        for (const [i, w] of writers.slice(1).entries()) {
          const { invite } = await owner.call('createInvite', { roomId: room })
          await w.call('joinRoom', { invite, displayName: `Writer ${i + 1}` })
        }
      } else {
        const made = await owner.call('create')
        room = made.roomKey
        ek = made.encryptionKey
        for (const w of writers.slice(1)) {
          const { writerKey } = await w.call('open', { roomKey: room, encryptionKey: ek })
          await owner.call('addWriter', { roomKey: room, writerKey })
          await w.call('waitWritable', { roomKey: room })
        }
      }
      return {
        writers,
        post: (w, text) => (kind === 'hearth' ? writers[w].call('postMessage', { roomId: room, text }) : writers[w].call('post', { roomKey: room, text })),
        count: async () =>
          kind === 'hearth' ? (await owner.call('getRoom', { roomId: room })).messageCount : (await owner.call('count', { roomKey: room })).count,
        newest: async () =>
          kind === 'hearth'
            ? (await owner.call('getMessages', { roomId: room, limit: 1 })).messages[0].text
            : (await owner.call('latest', { roomKey: room, limit: 1 })).messages[0].text
      }
    },
    async join(address, dir, last) {
      const peer = spawn(dir, address)
      await peer.ready
      const newest = async () => {
        const page =
          kind === 'hearth'
            ? (await peer.call('getMessages', { roomId: room, limit: PAGE })).messages
            : (await peer.call('latest', { roomKey: room, limit: PAGE })).messages
        return page.at(-1)?.text === last
      }
      let started: number
      if (kind === 'hearth') {
        const { invite } = await owner.call('createInvite', { roomId: room })
        started = performance.now()
        peer.call('joinRoom', { invite, displayName: 'Late' }).catch(() => {})
      } else {
        const { systemKey } = await owner.call('systemKey', { roomKey: room })
        started = performance.now()
        await peer.call('open', { roomKey: room, encryptionKey: ek, systemKey })
      }
      return { firstPage: await timeUntil(newest, FIRST_PAGE_MS, 10, started), peer }
    }
  }
}

/**
 * Every writer posts one post per call, all writers at once, until `total`: one call at a time per
 * writer up to 2,000 messages (a conversation), then INFLIGHT calls at a time per writer (a busy
 * room: Hearth's post queue batches what arrives together, raw appends each call) so that 20,000
 * fits in the run's time budget.
 */
async function grow(s: Writers, from: number, total: number): Promise<number> {
  let next = from
  const t0 = performance.now()
  const lanes = from >= 2000 ? INFLIGHT : 1
  await Promise.all(
    s.writers.flatMap((_, w) =>
      Array.from({ length: lanes }, async () => {
        while (next < total) await s.post(w, `message ${next++}`)
      })
    )
  )
  const rate = (total - from) / ((performance.now() - t0) / 1000)
  // the owner (the indexer, and the peer a newcomer meets first) holds every post
  if ((await timeUntil(async () => (await s.count()) >= total, 300_000, 50)) == null) throw new Error(`the owner never saw ${total} messages`)
  return rate
}

async function run(kind: 'hearth' | 'raw', address: string, sizes: number[]) {
  const s = stack(kind)
  const dirs = Array.from({ length: WRITERS }, () => tmpDir(`hearth-bench-join-${kind}-`))
  const started = await s.start(address, dirs)
  const out: Array<{ n: number; firstPage: number | null; rate: number }> = []
  try {
    let have = 0
    for (const n of sizes) {
      const rate = await grow(started, have, n)
      have = n
      await sleep(1000) // the writers' last acks settle
      // the newest message as the owner orders it (three writers: not necessarily the last one sent)
      const last = await started.newest()
      const dir = tmpDir(`hearth-bench-joiner-${kind}-`)
      try {
        const { firstPage, peer } = await s.join(address, dir, last)
        await peer.stop(3000)
        out.push({ n, firstPage, rate })
      } finally {
        fs.rmSync(dir, { recursive: true, force: true })
      }
    }
  } finally {
    await Promise.all(started.writers.map((w) => w.stop()))
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true })
  }
  return out
}

export async function lateJoiner(opts: { quick: boolean }): Promise<Row[]> {
  const sizes = process.env.BENCH_JOIN_SIZES?.split(',').map(Number) ?? (opts.quick ? [200, 2000] : [200, 2000, 20_000])
  const { peer: boot, address } = await bootstrapNode()
  let h, r
  try {
    h = await run('hearth', address, sizes)
    r = await run('raw', address, sizes)
  } finally {
    await boot.stop(3000)
  }
  const rows: Row[] = []
  const at = (xs: typeof h, n: number) => xs.find((x) => x.n === n)
  const base = at(h, sizes[0])?.firstPage ?? null
  for (const n of sizes) {
    const hv = at(h, n)!.firstPage
    const rv = at(r, n)!.firstPage
    const target =
      n === 2000
        ? { target: '<= 1 s', met: hv != null && hv <= 1000 }
        : n === 20_000
          ? { target: `<= 1.2x the figure at ${sizes[0]}`, met: hv != null && base != null && hv <= 1.2 * base }
          : {}
    rows.push({
      group: 'late joiner',
      figure: `first page at ${n.toLocaleString('en')} messages (${WRITERS} writers, one post per call)`,
      unit: 'ms',
      hearth: hv,
      raw: rv,
      ...target,
      ...(n === sizes[0]
        ? {
            note: `the room is built once and grown (${sizes.join(' -> ')}); each size is joined by a fresh process, raw given the system key as Hearth's invite gives it`
          }
        : {})
    })
  }
  const rate = (xs: typeof h) => {
    const sequential = xs.filter((x) => x.n <= 2000)
    return sequential.reduce((a, x) => a + x.rate, 0) / sequential.length
  }
  rows.push({
    group: 'late joiner',
    figure: `building it to 2,000: posts/s, ${WRITERS} writer processes, one post per call, one call at a time`,
    unit: 'posts/s',
    hearth: rate(h),
    raw: rate(r),
    note: 'Hearth acknowledges once the post is applied and flushed to disk; raw once appended to its log'
  })
  return rows
}
