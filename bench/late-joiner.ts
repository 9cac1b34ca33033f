import fs from 'node:fs'
import crypto from 'node:crypto'
import Corestore from 'corestore'
import Hyperswarm from 'hyperswarm'
import { Net, tmpDir } from '../test/helpers/peers.ts'
import { RawRoom } from './raw/room.ts'
import { timeUntil, type Row } from './lib/report.ts'

/**
 * (2) A late joiner into a room of N messages, in this process on a hyperdht testnet (loopback),
 * both stacks with ackInterval 200 ms. Rooms are built with batches of 1000 (Room.appendBatch /
 * raw base.append(array)). Clock starts when the joiner starts joining. "latest page" = the
 * newest 20 messages readable (polled every 10 ms); "full history" = every block of the view on
 * the joiner's disk (an explicit download of the view core: neither stack does it by itself).
 */
const LATEST_MS = 120_000
const FULL_MS = 240_000

async function downloadView(base: any, started: number): Promise<number | null> {
  const core = base.view.core
  const done = core
    .download({ start: 0, end: core.length })
    .done()
    .then(() => performance.now() - started)
  return Promise.race([done, new Promise<null>((r) => setTimeout(() => r(null), FULL_MS).unref())])
}

async function hearth(net: Net, n: number) {
  const owner = await net.peer(`owner-${n}`)
  const { roomId, invite } = await owner.call('createRoom', { name: `Busy ${n}`, displayName: 'Owner' })
  const room = owner.node.room(roomId)
  for (let i = 0; i < n; i += 1000) {
    await room.appendBatch(
      Array.from({ length: Math.min(1000, n - i) }, (_, j) => ({ type: 'post', text: `message ${i + j}`, time: 1_700_000_000_000 + i + j }))
    )
  }
  const t = performance.now()
  await owner.call('getRoom', { roomId })
  const getRoomMs = performance.now() - t
  const late = await net.peer(`late-${n}`)
  const started = performance.now()
  const joining = late.call('joinRoom', { invite, displayName: 'Late' })
  const latest = await timeUntil(
    async () => {
      if (!late.node.rooms.has(roomId)) return false
      return (await late.call('getMessages', { roomId, limit: 20 })).messages.at(-1)?.text === `message ${n - 1}`
    },
    LATEST_MS,
    10,
    started
  )
  await joining
  const full = await downloadView(late.node.room(roomId).base, started)
  await net.stop(late)
  await net.stop(owner)
  return { latest, full, getRoomMs }
}

async function raw(net: Net, n: number) {
  const dirs: string[] = []
  const stores: any[] = []
  const swarms: any[] = []
  const open = () => {
    dirs.push(tmpDir('hearth-bench-raw-'))
    stores.push(new Corestore(dirs.at(-1)!))
    swarms.push(new Hyperswarm({ dht: net.testnet.createNode() }))
    return { store: stores.at(-1), swarm: swarms.at(-1) }
  }
  const serve = (swarm: any, room: RawRoom) => {
    swarm.on('connection', (c: any) => {
      c.on('error', () => {})
      room.base.replicate(c)
    })
    swarm.join(room.base.discoveryKey)
  }
  const encryptionKey = crypto.randomBytes(32)
  const owner = open()
  const a = new RawRoom(owner.store.namespace('room'), null, { encryptionKey, ackInterval: 200 })
  await a.ready()
  for (let i = 0; i < n; i += 1000) await a.postBatch(Array.from({ length: Math.min(1000, n - i) }, (_, j) => `message ${i + j}`))
  serve(owner.swarm, a)
  await owner.swarm.flush()
  // a plain joiner (what the stack does by default), then one told the system key (the floor)
  const join = async (hint: boolean) => {
    const { store, swarm } = open()
    const b = new RawRoom(store.namespace('room'), a.key, { encryptionKey, ackInterval: 200, fastForwardKey: hint ? a.base.core.key : undefined })
    const started = performance.now()
    await b.ready()
    serve(swarm, b)
    const latest = await timeUntil(async () => (await b.latest(20)).at(-1)?.text === `message ${n - 1}`, LATEST_MS, 10, started)
    const full = hint ? null : await downloadView(b.base, started)
    await swarm.destroy()
    await b.close()
    return { latest, full }
  }
  const plain = await join(false)
  const hinted = await join(true)
  for (const s of swarms) await s.destroy()
  await a.close()
  for (const s of stores) await s.close()
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true })
  return { ...plain, hinted: hinted.latest }
}

export async function lateJoiner(opts: { quick: boolean }): Promise<Row[]> {
  const sizes = opts.quick ? [10_000] : [10_000, 100_000]
  const rows: Row[] = []
  const net = await Net.create()
  try {
    for (const n of sizes) {
      const h = await hearth(net, n)
      const r = await raw(net, n)
      const k = `${n / 1000}k`
      rows.push({
        group: 'late joiner',
        figure: `${k}: latest page`,
        unit: 'ms',
        hearth: h.latest,
        raw: r.latest,
        target: '<= 300 ms at 100k',
        met: n === 100_000 ? h.latest != null && h.latest <= 300 : null
      })
      rows.push({
        group: 'late joiner',
        figure: `${k}: latest page, raw told the system key`,
        unit: 'ms',
        hearth: null,
        raw: r.hinted,
        note: 'the floor: Autobase fastForward: { key } (Hearth gets the key from the invite)'
      })
      rows.push({
        group: 'late joiner',
        figure: `${k}: full history on disk`,
        unit: 'ms',
        hearth: h.full,
        raw: r.full,
        note: h.full == null || r.full == null ? `capped at ${FULL_MS / 1000} s` : undefined
      })
      rows.push({
        group: 'late joiner',
        figure: `${k}: getRoom on the owner (view hash included)`,
        unit: 'ms',
        hearth: h.getRoomMs,
        raw: null,
        note: 'Hearth only: the view hash is a running hash kept by apply (O(1))'
      })
    }
  } finally {
    await net.close()
  }
  return rows
}
