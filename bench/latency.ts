import fs from 'node:fs'
import { LinePeer, HEARTH, RAW_PEER, bootstrapNode } from './lib/proc.ts'
import { percentile, sleep, type Row } from './lib/report.ts'
import { tmpDir } from '../test/helpers/peers.ts'

/**
 * (1) send -> visible, measured the app's way. Two peer PROCESSES per stack on one private
 * loopback DHT, driven over JSON lines by this process: two `hearth serve` vs two
 * bench/raw/peer.ts. The receiver works like the renderer (src/renderer/src/state/messages.ts):
 * a change notification that carries the new messages (Hearth's room.changed `messages`, raw's
 * update with the entries added since its last one) shows them at once; one that does not makes
 * it read the newest page (Hearth getMessages {limit: 100}, raw a 100-entry reverse read), one
 * read at a time, one more after it if notifications arrived meanwhile. A sample starts when the
 * post is written to the sender and ends when the receiver can show it (*app's way*); how many
 * of the samples a notification carried, and how many took a read, is printed with it.
 *
 * Posts go out like a lively conversation, not one at a time after a pause: after each post is
 * acknowledged the sender waits a gap from PACING, and a third of the gaps are 0 (back-to-back).
 */
const PAGE = 100
/** ms after the previous post's acknowledgement; cycled. Mean ~110 ms, a third back-to-back. */
const PACING = [0, 150, 30, 0, 400, 60, 0, 100, 250, 0, 30, 0, 60, 150, 0]

type Side = {
  sender: LinePeer
  receiver: LinePeer
  post: (text: string) => Promise<unknown>
  read: () => Promise<string[]>
  /** The texts a change notification carries (undefined: it says only that something changed); null: not a change of this room. */
  carried: (msg: any) => string[] | undefined | null
}

async function hearthSide(address: string, dirs: string[]): Promise<Side> {
  const [receiver, sender] = dirs.map((d) => new LinePeer(HEARTH, ['serve', '--storage', d, '--bootstrap', address]))
  await Promise.all([receiver.ready, sender.ready])
  const { roomId, invite } = await receiver.call('createRoom', { name: 'Latency', displayName: 'Receiver' })
  await sender.call('joinRoom', { invite, displayName: 'Sender' })
  return {
    sender,
    receiver,
    post: (text) => sender.call('postMessage', { roomId, text }),
    read: async () => (await receiver.call('getMessages', { roomId, limit: PAGE })).messages.map((m: any) => m.text),
    carried: (msg) => (msg.method === 'room.changed' && msg.params.roomId === roomId ? msg.params.messages?.map((m: any) => m.text) : null)
  }
}

async function rawSide(address: string, dirs: string[]): Promise<Side> {
  const [receiver, sender] = dirs.map((d) => new LinePeer(RAW_PEER, ['--storage', d, '--bootstrap', address]))
  await Promise.all([receiver.ready, sender.ready])
  const { roomKey, encryptionKey } = await receiver.call('create')
  const { writerKey } = await sender.call('open', { roomKey, encryptionKey })
  await receiver.call('addWriter', { roomKey, writerKey })
  await sender.call('waitWritable', { roomKey })
  return {
    sender,
    receiver,
    post: (text) => sender.call('post', { roomKey, text }),
    read: async () => (await receiver.call('latest', { roomKey, limit: PAGE })).messages.map((m: any) => m.text),
    carried: (msg) => (msg.method === 'update' && msg.params.roomKey === roomKey ? msg.params.messages?.map((m: any) => m.text) : null)
  }
}

/** What the receiver has shown and when (performance.now()), from the moment this is called. */
function watch(side: Side) {
  const carriedAt = new Map<string, number>()
  const shownAt = new Map<string, number>()
  const show = (texts: string[], at: number, into?: Map<string, number>) => {
    for (const t of texts) {
      if (into && !into.has(t)) into.set(t, at)
      if (!shownAt.has(t)) shownAt.set(t, at)
    }
  }
  let reading = false
  let again = false
  const readNow = async () => {
    if (reading) return void (again = true)
    reading = true
    try {
      do {
        again = false
        show(await side.read(), performance.now())
      } while (again)
    } finally {
      reading = false
    }
  }
  side.receiver.onNotice = (msg, at) => {
    const texts = side.carried(msg)
    if (texts === null) return
    if (texts) show(texts, at, carriedAt)
    else void readNow()
  }
  const visible = async (text: string, ms: number) => {
    const end = performance.now() + ms
    while (!shownAt.has(text) && performance.now() < end) await sleep(5)
  }
  return { shownAt, carriedAt, visible }
}

type Samples = { sentAt: Map<string, number>; acked: number[] }

/** Posts `count` samples with the pacing of a lively conversation, then waits until the last shows. */
async function post(side: Side, seen: ReturnType<typeof watch>, into: Samples, from: number, count: number) {
  for (let i = from; i < from + count; i++) {
    const gap = PACING[i % PACING.length]
    if (gap) await sleep(gap)
    const text = `sample ${i}`
    const t0 = performance.now()
    into.sentAt.set(text, t0)
    await side.post(text)
    into.acked.push(performance.now() - t0)
  }
  await seen.visible(`sample ${from + count - 1}`, 30_000)
  await sleep(200) // the last notices land
}

export async function latency(opts: { quick: boolean }): Promise<Row[]> {
  const n = opts.quick ? 45 : 105
  const { peer: boot, address } = await bootstrapNode()
  const dirs = Array.from({ length: 4 }, () => tmpDir('hearth-bench-lat-'))
  const results: Record<string, ReturnType<typeof collect>> = {}
  const sides: Side[] = []
  try {
    // both stacks up at once, sampled in alternating rounds: a load spike from others on this
    // shared machine falls on both, not on whichever stack happened to run then
    sides.push(await hearthSide(address, dirs.slice(0, 2)), await rawSide(address, dirs.slice(2)))
    const seen = sides.map(watch)
    for (const [k, side] of sides.entries()) {
      for (let i = 0; i < 10; i++) {
        await side.post(`warm ${i}`) // connections, the first ack cycles
        await seen[k].visible(`warm ${i}`, 10_000)
      }
    }
    const samples: Samples[] = sides.map(() => ({ sentAt: new Map(), acked: [] }))
    for (let from = 0; from < n; from += PACING.length) {
      for (const [k, side] of sides.entries()) await post(side, seen[k], samples[k], from, Math.min(PACING.length, n - from))
    }
    results.hearth = collect(samples[0], seen[0], n)
    results.raw = collect(samples[1], seen[1], n)
  } finally {
    await Promise.all(sides.flatMap((side) => [side.sender.stop(), side.receiver.stop()]))
    await boot.stop(3000)
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true })
  }
  const { hearth: h, raw: r } = results
  type Key = 'shown' | 'carried' | 'acked'
  const row = (figure: string, key: Key, p: number, limit?: number): Row => {
    const hv = h[key].length ? percentile(h[key], p) : null
    const rv = r[key].length ? percentile(r[key], p) : null
    const target = limit ? { target: `<= ${limit}x raw`, met: hv != null && rv != null && hv <= limit * rv } : {}
    return { group: 'send->visible', figure, unit: 'ms', hearth: hv, raw: rv, ...target }
  }
  const lost = h.lost || r.lost ? `; never shown: Hearth ${h.lost}, raw ${r.lost}` : ''
  const via = (x: typeof h) => `${x.carried.length} carried, ${x.shown.length - x.carried.length} read`
  return [
    {
      ...row(`the app's way: p50 (n=${n}, mixed pacing)`, 'shown', 50, 1.3),
      note: `a third of the posts back-to-back, the rest 30–400 ms after the previous acknowledgement; shown from the notification when it carries the post, else from a ${PAGE}-message read (Hearth ${via(h)}; raw ${via(r)})${lost}`
    },
    row("the app's way: p95", 'shown', 95, 1.5),
    row("the app's way: p99", 'shown', 99),
    {
      ...row('carried by the event: p50', 'carried', 50),
      note: "Hearth: room.changed's `messages`; raw: its update notice with the entries added since the last one"
    },
    row('carried by the event: p95', 'carried', 95),
    {
      ...row("sender's acknowledgement: p50", 'acked', 50),
      note: 'Hearth acknowledges once the post is applied to its view and flushed to disk; raw once appended to its log'
    },
    row("sender's acknowledgement: p95", 'acked', 95)
  ]
}

function collect({ sentAt, acked }: Samples, seen: ReturnType<typeof watch>, n: number) {
  const since = (m: Map<string, number>) => [...sentAt].filter(([t]) => m.has(t)).map(([t, at]) => m.get(t)! - at)
  const shown = since(seen.shownAt)
  return { shown, carried: since(seen.carriedAt), acked, lost: n - shown.length }
}
