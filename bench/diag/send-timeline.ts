/**
 * Diagnostic: where a message's send -> visible time goes, Hearth next to raw Autobase.
 * Both stacks in one process on a loopback testnet (so the two peers share one CPU thread: the
 * absolute times are higher than the two-process benchmark's), ackInterval 200 ms for both.
 * For each post it stamps: the sender's apply starting and its duration, the block landing in
 * the sender's log, the block arriving at the receiver, the receiver's apply, and the receiver
 * reading the post (polled every 1 ms). Prints medians.
 * Usage: node bin/run-ts.js bench/diag/send-timeline.ts [posts=60]
 */
import Corestore from 'corestore'
import Hyperswarm from 'hyperswarm'
import b4a from 'b4a'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Net } from '../../test/helpers/peers.ts'
import { RawRoom } from '../raw/room.ts'

const POSTS = Number(process.argv[2] ?? 60)
type Pair = { sender: any; receiver: any; post: (text: string) => Promise<unknown>; newest: () => Promise<string | undefined>; close: () => Promise<void> }

async function hearthPair(): Promise<Pair> {
  const net = await Net.create()
  const a = await net.peer('a'),
    b = await net.peer('b')
  const { roomId, invite } = await a.call('createRoom', { name: 'timeline', displayName: 'A' })
  await b.call('joinRoom', { invite, displayName: 'B' })
  return {
    sender: a.node.room(roomId).base,
    receiver: b.node.room(roomId).base,
    post: (text) => a.call('postMessage', { roomId, text }),
    newest: async () => (await b.call('getMessages', { roomId, limit: 1 })).messages[0]?.text ?? undefined,
    close: () => net.close()
  }
}

async function rawPair(): Promise<Pair> {
  const net = await Net.create() // only for its testnet
  const ek = crypto.randomBytes(32)
  const dirs: string[] = [],
    swarms: any[] = []
  const open = async (key: Buffer | null) => {
    dirs.push(fs.mkdtempSync(path.join(os.tmpdir(), 'send-timeline-')))
    const room = new RawRoom(new Corestore(dirs.at(-1)!), key, { encryptionKey: ek, ackInterval: 200 })
    await room.ready()
    const swarm = new Hyperswarm({ dht: net.testnet.createNode({ firewalled: false }) })
    swarm.on('connection', (c: any) => {
      c.on('error', () => {})
      room.base.replicate(c)
    })
    swarm.join(room.base.discoveryKey, { server: true, client: true })
    swarms.push(swarm)
    return room
  }
  const a = await open(null),
    b = await open(a.key)
  await a.addWriter(b.writerKey)
  while (!b.base.writable) await new Promise((r) => b.base.once('writable', r))
  return {
    sender: a.base,
    receiver: b.base,
    post: (text) => a.post(text),
    newest: async () => (await b.latest(1))[0]?.text,
    close: async () => {
      for (const s of swarms) await s.destroy()
      await a.close()
      await b.close()
      await net.close()
      for (const d of dirs) fs.rmSync(d, { recursive: true, force: true })
    }
  }
}

async function measure(pair: Pair) {
  const stamps = new Map<string, number[]>()
  let t0 = 0
  const mark = (k: string, t: number) => {
    if (t0) stamps.set(k, [...(stamps.get(k) ?? []), t])
  }
  for (const [name, base] of [
    ['sender', pair.sender],
    ['receiver', pair.receiver]
  ]) {
    const h = base._handlers,
      apply = h.apply
    let first = true
    h.apply = async (...args: unknown[]) => {
      const s = performance.now()
      const counted = first
      first = false
      try {
        return await apply(...args)
      } finally {
        if (counted) {
          mark(`${name}: apply starts`, s - t0)
          mark(`${name}: apply takes`, performance.now() - s)
        }
      }
    }
    ;(base as any).__reset = () => {
      first = true
    }
  }
  for (let i = 0; i < 10; i++) await pair.post(`warm ${i}`)
  await new Promise((r) => setTimeout(r, 1000))
  const local = pair.sender.local
  const remote = () => [...pair.receiver.activeWriters].find((w: any) => b4a.equals(w.core.key, local.key))?.core
  for (let i = 0; i < POSTS; i++) {
    let inLog = false,
      arrived = false
    const onLocal = () => {
      if (!inLog) {
        inLog = true
        mark('sender: block in its log', performance.now() - t0)
      }
    }
    const onRemote = () => {
      if (!arrived) {
        arrived = true
        mark('receiver: block arrives', performance.now() - t0)
      }
    }
    const rc = remote()
    local.on('append', onLocal)
    rc?.on('append', onRemote)
    pair.sender.__reset()
    pair.receiver.__reset()
    const text = `post ${i}`
    t0 = performance.now()
    const acked = pair.post(text).then(() => mark('sender: acknowledged', performance.now() - t0))
    while ((await pair.newest()) !== text) await new Promise((r) => setTimeout(r, 1))
    mark('receiver: reads it', performance.now() - t0)
    await acked
    t0 = 0
    local.off('append', onLocal)
    rc?.off('append', onRemote)
    await new Promise((r) => setTimeout(r, 50))
  }
  const median = (xs: number[] = []) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]
  return new Map([...stamps].map(([k, v]) => [k, median(v)]))
}

const hearthPeers = await hearthPair()
const hearth = await measure(hearthPeers)
await hearthPeers.close()
const rawPeers = await rawPair()
const raw = await measure(rawPeers)
await rawPeers.close()
const order = [
  'sender: apply starts',
  'sender: apply takes',
  'sender: block in its log',
  'receiver: block arrives',
  'receiver: apply starts',
  'receiver: apply takes',
  'receiver: reads it',
  'sender: acknowledged'
]
console.log(`median ms after the post call, ${POSTS} posts\n`)
console.log('| stamp | Hearth | raw | Hearth - raw |\n|---|---|---|---|')
for (const k of order) {
  const h = hearth.get(k),
    r = raw.get(k)
  console.log(`| ${k} | ${h?.toFixed(1) ?? '-'} | ${r?.toFixed(1) ?? '-'} | ${h !== undefined && r !== undefined ? (h - r).toFixed(1) : ''} |`)
}
process.exit(0)
