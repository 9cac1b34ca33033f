import fs from 'node:fs'
import { LinePeer, HEARTH, RAW_PEER, bootstrapNode } from './lib/proc.ts'
import { percentile, sleep, type Row } from './lib/report.ts'
import { tmpDir } from '../test/helpers/peers.ts'

/**
 * (1) send -> visible, measured the app's way. Two peer PROCESSES per stack on one private
 * loopback DHT, driven over JSON lines by this process: two `hearth serve` vs two
 * bench/raw/peer.ts. The receiver works like the renderer: on each change notification it reads
 * the newest page (Hearth getMessages {limit: 100}, raw a 100-entry reverse read), one read at a
 * time, one more after it if notifications arrived meanwhile. A sample starts when the post is
 * written to the sender and ends when a read returns it (*event, then read*), or when a
 * notification carrying it arrives (*carried*: Hearth's room.changed `messages`, raw's update
 * with the entries added since its last one).
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
  /** The texts a change notification carries, [] for a change that carries none; null: not a change of this room. */
  carried: (msg: any) => string[] | null
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
    carried: (msg) =>
      msg.method === 'room.changed' && msg.params.roomId === roomId ? (msg.params.messages ?? []).map((m: any) => m.text) : null
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
    carried: (msg) => (msg.method === 'update' && msg.params.roomKey === roomKey ? (msg.params.messages ?? []).map((m: any) => m.text) : null)
  }
}

async function measure(side: Side, n: number) {
  const readAt = new Map<string, number>()
  const carriedAt = new Map<string, number>()
  let reading = false
  let again = false
  const readNow = async () => {
    if (reading) return void (again = true)
    reading = true
    try {
      do {
        again = false
        const texts = await side.read()
        const at = performance.now()
        for (const t of texts) if (!readAt.has(t)) readAt.set(t, at)
      } while (again)
    } finally {
      reading = false
    }
  }
  side.receiver.onNotice = (msg, at) => {
    const texts = side.carried(msg)
    if (texts === null) return
    for (const t of texts) if (!carriedAt.has(t)) carriedAt.set(t, at)
    void readNow()
  }
  const visible = async (text: string, ms: number) => {
    const end = performance.now() + ms
    while (!readAt.has(text) && performance.now() < end) await sleep(5)
  }
  // warm up: connections, the first ack cycles
  for (let i = 0; i < 10; i++) {
    await side.post(`warm ${i}`)
    await visible(`warm ${i}`, 10_000)
  }
  const sentAt = new Map<string, number>()
  const acked: number[] = []
  for (let i = 0; i < n; i++) {
    const gap = PACING[i % PACING.length]
    if (gap) await sleep(gap)
    const text = `sample ${i}`
    const t0 = performance.now()
    sentAt.set(text, t0)
    await side.post(text)
    acked.push(performance.now() - t0)
  }
  await visible(`sample ${n - 1}`, 30_000)
  await sleep(200) // the last reads land
  const since = (m: Map<string, number>) => [...sentAt].filter(([t]) => m.has(t)).map(([t, at]) => m.get(t)! - at)
  return { read: since(readAt), carried: since(carriedAt), acked, lost: n - since(readAt).length }
}

export async function latency(opts: { quick: boolean }): Promise<Row[]> {
  const n = opts.quick ? 45 : 105
  const { peer: boot, address } = await bootstrapNode()
  const dirs = Array.from({ length: 4 }, () => tmpDir('hearth-bench-lat-'))
  const results: Record<string, Awaited<ReturnType<typeof measure>>> = {}
  try {
    for (const [name, make, d] of [
      ['hearth', hearthSide, dirs.slice(0, 2)],
      ['raw', rawSide, dirs.slice(2)]
    ] as const) {
      const side = await make(address, d)
      try {
        results[name] = await measure(side, n)
      } finally {
        await Promise.all([side.sender.stop(), side.receiver.stop()])
      }
    }
  } finally {
    await boot.stop(3000)
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true })
  }
  const { hearth: h, raw: r } = results
  type Key = 'read' | 'carried' | 'acked'
  const row = (figure: string, key: Key, p: number, limit?: number): Row => {
    const hv = h[key].length ? percentile(h[key], p) : null
    const rv = r[key].length ? percentile(r[key], p) : null
    const target = limit ? { target: `<= ${limit}x raw`, met: hv != null && rv != null && hv <= limit * rv } : {}
    return { group: 'send->visible', figure, unit: 'ms', hearth: hv, raw: rv, ...target }
  }
  const lost = h.lost || r.lost ? `; never read: Hearth ${h.lost}, raw ${r.lost}` : ''
  return [
    {
      ...row(`event, then read: p50 (n=${n}, mixed pacing)`, 'read', 50, 1.3),
      note: `a third of the posts back-to-back, the rest 30–400 ms after the previous acknowledgement; the receiver reads ${PAGE} messages per change notification, one read at a time${lost}`
    },
    row('event, then read: p95', 'read', 95, 1.5),
    row('event, then read: p99', 'read', 99),
    {
      ...row('carried by the event: p50', 'carried', 50),
      note: "Hearth: room.changed's `messages`; raw: its update notice with the entries added since the last one"
    },
    row('carried by the event: p95', 'carried', 95),
    {
      ...row("sender's acknowledgement: p50", 'acked', 50),
      note: 'Hearth acknowledges once applied and fsynced; raw once appended (not fsynced)'
    },
    row("sender's acknowledgement: p95", 'acked', 95)
  ]
}
