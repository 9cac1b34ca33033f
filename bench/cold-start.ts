import fs from 'node:fs'
import { LinePeer, HEARTH, RAW_PEER, bootstrapNode } from './lib/proc.ts'
import { median, type Row } from './lib/report.ts'
import path from 'node:path'
import Corestore from 'corestore'
import b4a from 'b4a'
import { tmpDir } from '../test/helpers/peers.ts'
import { startEngine } from '../src/p2p/engine.ts'
import { RawRoom } from './raw/room.ts'

/** The same profiles opened inside this process: what the desktop app's engine process pays. */
async function inProcess(hearthDir: string, rawDir: string, address: string) {
  let t = performance.now()
  const engine = await startEngine({ storage: hearthDir, bootstrap: [address] })
  const hearth = performance.now() - t
  if (engine.node.rooms.size !== ROOMS) throw new Error(`expected ${ROOMS} rooms, opened ${engine.node.rooms.size}`)
  await engine.close()
  t = performance.now()
  const store = new Corestore(path.join(rawDir, 'corestore'))
  const list = JSON.parse(fs.readFileSync(path.join(rawDir, 'rooms.json'), 'utf8'))
  const rooms = list.map((e: any) => new RawRoom(store.namespace(e.ns), b4a.from(e.key, 'hex'), { encryptionKey: b4a.from(e.ek, 'hex') }))
  await Promise.all(rooms.map((r: RawRoom) => r.ready()))
  const raw = performance.now() - t
  for (const r of rooms) await r.close()
  await store.close()
  return { hearth, raw }
}

/**
 * (5) Cold start: spawn the peer process on a profile that already holds 10 rooms (100 messages
 * each) until its "ready" line, on the loopback DHT; median of 3. Both peers run compiled (no
 * tsx). Also the floor: node loading the raw peer's modules and printing ready (bench/raw/peer.ts
 * on an empty directory, no DHT).
 * Page cache is warm (the profile was just written): this is a restart, not a first boot.
 */
const ROOMS = 10

async function prepare(cmd: string[], args: (d: string) => string[], create: (p: LinePeer) => Promise<void>) {
  const dir = tmpDir('hearth-bench-cold-')
  const p = new LinePeer(cmd, args(dir))
  await p.ready
  for (let i = 0; i < ROOMS; i++) await create(p)
  await p.stop()
  return dir
}

async function startTimes(cmd: string[], args: string[], runs: number) {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const p = new LinePeer(cmd, args)
    await p.ready
    times.push(p.readyAt - p.spawnedAt)
    await p.stop()
  }
  return median(times)
}

export async function coldStart(opts: { quick: boolean }): Promise<Row[]> {
  const runs = opts.quick ? 2 : 3
  const { peer: boot, address } = await bootstrapNode()
  const dirs: string[] = []
  try {
    const hearthDir = await prepare(
      HEARTH,
      (d) => ['serve', '--storage', d, '--bootstrap', address],
      async (p) => {
        const { roomId } = await p.call('createRoom', { name: 'Cold' })
        for (let i = 0; i < 100; i++) await p.call('postMessage', { roomId, text: `m ${i}` })
      }
    )
    const rawDir = await prepare(
      RAW_PEER,
      (d) => ['--storage', d, '--bootstrap', address],
      async (p) => {
        const { roomKey } = await p.call('create')
        for (let i = 0; i < 100; i++) await p.call('post', { roomKey, text: `m ${i}` })
      }
    )
    const emptyDir = tmpDir('hearth-bench-cold-')
    dirs.push(hearthDir, rawDir, emptyDir)
    const hearth = await startTimes(HEARTH, ['serve', '--storage', hearthDir, '--bootstrap', address], runs)
    const raw = await startTimes(RAW_PEER, ['--storage', rawDir, '--bootstrap', address], runs)
    const floor = await startTimes(RAW_PEER, ['--storage', emptyDir], runs)
    const inproc = await inProcess(hearthDir, rawDir, address)
    return [
      {
        group: 'cold start',
        figure: `${ROOMS} rooms opened in-process (no spawn)`,
        unit: 'ms',
        hearth: inproc.hearth,
        raw: inproc.raw,
        note: 'both open their rooms in parallel; raw here has no swarm'
      },
      { group: 'cold start', figure: `${ROOMS} rooms to ready (process spawn included)`, unit: 'ms', hearth, raw, target: '<= 1 s', met: hearth <= 1000 },
      {
        group: 'cold start',
        figure: "floor: node + the stack's modules, empty store, no DHT",
        unit: 'ms',
        hearth: null,
        raw: floor,
        note: 'what any peer process on this stack pays before opening a room'
      }
    ]
  } finally {
    await boot.stop(3000)
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true })
  }
}
