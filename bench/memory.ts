import fs from 'node:fs'
import { LinePeer, HEARTH, RAW_PEER, bootstrapNode } from './lib/proc.ts'
import { rssMB, sleep, type Row } from './lib/report.ts'
import { tmpDir } from '../test/helpers/peers.ts'

/**
 * (4) RSS of a headless peer process with 1, 10 and 50 rooms, on the loopback DHT: `hearth serve`
 * vs bench/raw/peer.ts (both compiled to JavaScript: neither carries tsx). Idle = 5 s
 * after the rooms were created; active = the highest of the samples taken every 500 ms while
 * posting for 5 s round-robin into every room (4 requests in flight).
 */
type Stack = {
  cmd: string[]
  args: (dir: string, boot: string) => string[]
  create: (p: LinePeer) => Promise<string>
  post: (p: LinePeer, room: string, text: string) => Promise<unknown>
}

const stacks: Record<'hearth' | 'raw', Stack> = {
  hearth: {
    cmd: HEARTH,
    args: (dir, boot) => ['serve', '--storage', dir, '--bootstrap', boot],
    create: async (p) => (await p.call('createRoom', { name: 'Memory', displayName: 'Me' })).roomId,
    post: (p, roomId, text) => p.call('postMessage', { roomId, text })
  },
  raw: {
    cmd: RAW_PEER,
    args: (dir, boot) => ['--storage', dir, '--bootstrap', boot],
    create: async (p) => (await p.call('create')).roomKey,
    post: (p, roomKey, text) => p.call('post', { roomKey, text })
  }
}

async function measure(stack: Stack, boot: string, rooms: number, activeSeconds: number) {
  const dir = tmpDir('hearth-bench-mem-')
  const peer = new LinePeer(stack.cmd, stack.args(dir, boot))
  try {
    await peer.ready
    const ids: string[] = []
    for (let i = 0; i < rooms; i++) ids.push(await stack.create(peer))
    await sleep(5000)
    const idle = rssMB(peer.pid)
    let active = 0
    let n = 0
    const end = performance.now() + activeSeconds * 1000
    const sampler = setInterval(() => {
      active = Math.max(active, rssMB(peer.pid))
    }, 500)
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (performance.now() < end) {
          const i = n++
          await stack.post(peer, ids[i % ids.length], `message ${i}`)
        }
      })
    )
    clearInterval(sampler)
    active = Math.max(active, rssMB(peer.pid))
    return { idle, active }
  } finally {
    await peer.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

export async function memory(opts: { quick: boolean }): Promise<Row[]> {
  const counts = opts.quick ? [1, 10] : [1, 10, 50]
  const { peer: boot, address } = await bootstrapNode()
  const rows: Row[] = []
  try {
    for (const rooms of counts) {
      const h = await measure(stacks.hearth, address, rooms, opts.quick ? 3 : 5)
      const r = await measure(stacks.raw, address, rooms, opts.quick ? 3 : 5)
      const target = rooms === 10 ? { target: '<= 150 MB at 10' } : {}
      rows.push({
        group: 'memory (RSS)',
        figure: `${rooms} room(s), idle`,
        unit: 'MB',
        hearth: h.idle,
        raw: r.idle,
        ...target,
        ...(rooms === 10 ? { met: h.idle <= 150 } : {})
      })
      rows.push({
        group: 'memory (RSS)',
        figure: `${rooms} room(s), active`,
        unit: 'MB',
        hearth: h.active,
        raw: r.active,
        ...target,
        ...(rooms === 10 ? { met: h.active <= 150 } : {})
      })
    }
  } finally {
    await boot.stop(3000)
  }
  return rows
}
