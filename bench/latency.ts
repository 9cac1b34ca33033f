import fs from 'node:fs'
import { LinePeer, HEARTH, RAW_PEER, bootstrapNode } from './lib/proc.ts'
import { percentile, sleep, type Row } from './lib/report.ts'
import { tmpDir } from '../test/helpers/peers.ts'

/**
 * (1) send -> visible in another peer's view. Two peer PROCESSES for each stack, on one private
 * loopback DHT (`hearth bootstrap --host 127.0.0.1`), driven over JSON lines by this process:
 * Hearth = two `hearth serve`; raw = two bench/raw/peer.ts. A sample starts when the post request
 * is written to the sender and ends when (a) the receiver's newest message is it (polled every
 * 5 ms from the moment of sending, one request at a time: Hearth getMessages limit 1, raw a
 * 1-entry reverse read) or (b) the receiver pushes its change event (Hearth room.changed, raw
 * update).
 */
type Pair = {
  sender: LinePeer
  receiver: LinePeer
  post: (text: string) => Promise<string>
  newest: () => Promise<string | undefined>
  count: () => Promise<number>
  eventCount: (msg: any) => number | null
}

async function hearthPair(address: string, dirs: string[]): Promise<Pair> {
  const [receiver, sender] = dirs.map((d) => new LinePeer(HEARTH, ['serve', '--storage', d, '--bootstrap', address]))
  await Promise.all([receiver.ready, sender.ready])
  const { roomId, invite } = await receiver.call('createRoom', { name: 'Latency', displayName: 'Receiver' })
  await sender.call('joinRoom', { invite, displayName: 'Sender' })
  return {
    sender,
    receiver,
    post: async (text) => (await sender.call('postMessage', { roomId, text })).messageId,
    newest: async () => (await receiver.call('getMessages', { roomId, limit: 1 })).messages[0]?.text,
    count: async () => (await receiver.call('getRoom', { roomId })).messageCount,
    eventCount: (msg) => (msg.method === 'room.changed' && msg.params.roomId === roomId ? msg.params.messageCount : null)
  }
}

async function rawPair(address: string, dirs: string[]): Promise<Pair> {
  const [receiver, sender] = dirs.map((d) => new LinePeer(RAW_PEER, ['--storage', d, '--bootstrap', address]))
  await Promise.all([receiver.ready, sender.ready])
  const { roomKey, encryptionKey } = await receiver.call('create')
  const { writerKey } = await sender.call('open', { roomKey, encryptionKey })
  await receiver.call('addWriter', { roomKey, writerKey })
  await sender.call('waitWritable', { roomKey })
  return {
    sender,
    receiver,
    post: async (text) => (await sender.call('post', { roomKey, text })).id,
    newest: async () => (await receiver.call('latest', { roomKey, limit: 1 })).messages[0]?.text,
    count: async () => (await receiver.call('count', { roomKey })).count,
    eventCount: (msg) => (msg.method === 'update' && msg.params.roomKey === roomKey ? msg.params.count : null)
  }
}

async function measure(pair: Pair, n: number) {
  // warm up: connections, first ack cycle
  for (let i = 0; i < 10; i++) {
    await pair.post(`warm ${i}`)
    while ((await pair.newest()) !== `warm ${i}`) await sleep(5)
  }
  const visible: number[] = []
  for (let i = 0; i < n; i++) {
    // poll the receiver from the moment the post is sent (not after the sender's ack)
    const t0 = performance.now()
    const acked = pair.post(`visible ${i}`)
    while ((await pair.newest()) !== `visible ${i}`) await sleep(5)
    visible.push(performance.now() - t0)
    await acked
    await sleep(20)
  }
  const event: number[] = []
  let count = await pair.count()
  for (let i = 0; i < n; i++) {
    await sleep(150) // let a pending throttled event go out first
    const want = ++count
    const seen = new Promise<number>((resolve) => {
      pair.receiver.onNotice = (msg, at) => {
        const c = pair.eventCount(msg)
        if (c != null && c >= want) resolve(at)
      }
    })
    const t0 = performance.now()
    await pair.post(`event ${i}`)
    const at = await Promise.race([seen, sleep(10_000).then(() => NaN)])
    event.push(at - t0)
  }
  return { visible, event: event.filter((x) => !Number.isNaN(x)) }
}

export async function latency(opts: { quick: boolean }): Promise<Row[]> {
  const n = opts.quick ? 40 : 100
  const { peer: boot, address } = await bootstrapNode()
  const dirs = Array.from({ length: 4 }, () => tmpDir('hearth-bench-lat-'))
  const results: Record<string, { visible: number[]; event: number[] }> = {}
  try {
    for (const [name, make, d] of [
      ['hearth', hearthPair, dirs.slice(0, 2)],
      ['raw', rawPair, dirs.slice(2)]
    ] as const) {
      const pair = await make(address, d)
      try {
        results[name] = await measure(pair, n)
      } finally {
        await Promise.all([pair.sender.stop(), pair.receiver.stop()])
      }
    }
  } finally {
    await boot.stop(3000)
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true })
  }
  const { hearth: h, raw: r } = results
  const row = (figure: string, key: 'visible' | 'event', p: number, target?: string): Row => {
    const hv = percentile(h[key], p)
    const rv = percentile(r[key], p)
    return { group: 'send->visible', figure, unit: 'ms', hearth: hv, raw: rv, ...(target ? { target, met: hv <= 1.2 * rv } : {}) }
  }
  return [
    row(`view p50 (n=${n})`, 'visible', 50, '<= 1.2x raw'),
    row('view p95', 'visible', 95),
    row('view p99', 'visible', 99),
    {
      ...row('event p50', 'event', 50),
      note: 'Hearth sends room.changed at once after a quiet spell, then at most one per 100 ms per room (eventThrottleMs); raw pushes every update'
    },
    row('event p95', 'event', 95)
  ]
}
