import fs from 'node:fs'
import crypto from 'node:crypto'
import Corestore from 'corestore'
import { startEngine } from '../src/p2p/engine.ts'
import { tmpDir } from '../test/helpers/peers.ts'
import { RawRoom } from './raw/room.ts'
import type { Row } from './lib/report.ts'

/**
 * (3) Sustained local posting rate, in this process, no network: "one writer" awaits each post
 * before the next; "ten writers" are ten concurrent loops on the same peer (Autobase batches
 * appends that arrive while a flush is in progress). A post counts once its call resolved: for
 * Hearth once apply took it and the write-ahead log was fsynced (durable across a power cut, see
 * post-queue.ts); for raw once `append` resolved (written to its local log, no fsync asked).
 * Hearth goes through dispatch('postMessage') (schema, gates, profile).
 */
async function rate(post: (i: number) => Promise<unknown>, lanes: number, seconds: number): Promise<number> {
  let done = 0
  let next = 0
  const end = performance.now() + seconds * 1000
  const t0 = performance.now()
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (performance.now() < end) {
        await post(next++)
        done++
      }
    })
  )
  return done / ((performance.now() - t0) / 1000)
}

export async function posting(opts: { quick: boolean }): Promise<Row[]> {
  const seconds = opts.quick ? 3 : 6
  const out: Record<string, { one: number; ten: number }> = {}

  const dir = tmpDir('hearth-bench-post-')
  const engine = await startEngine({ storage: dir, offline: true })
  try {
    const { roomId } = (await engine.dispatch('createRoom', { name: 'Rate', displayName: 'Poster' })) as { roomId: string }
    const post = (i: number) => engine.dispatch('postMessage', { roomId, text: `post number ${i} with a little text in it` })
    for (let i = 0; i < 20; i++) await post(i) // warm up
    out.hearth = { one: await rate(post, 1, seconds), ten: await rate(post, 10, seconds) }
  } finally {
    await engine.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }

  const rdir = tmpDir('hearth-bench-post-raw-')
  const store = new Corestore(rdir)
  const room = new RawRoom(store.namespace('room'), null, { encryptionKey: crypto.randomBytes(32) })
  try {
    await room.ready()
    const post = (i: number) => room.post(`post number ${i} with a little text in it`)
    for (let i = 0; i < 20; i++) await post(i)
    out.raw = { one: await rate(post, 1, seconds), ten: await rate(post, 10, seconds) }
  } finally {
    await room.close()
    await store.close()
    fs.rmSync(rdir, { recursive: true, force: true })
  }

  return [
    { group: 'posting', figure: `one writer, sequential (${seconds} s)`, unit: 'posts/s', hearth: out.hearth.one, raw: out.raw.one },
    {
      group: 'posting',
      figure: `ten concurrent writers (${seconds} s)`,
      unit: 'posts/s',
      hearth: out.hearth.ten,
      raw: out.raw.ten,
      target: '>= 500/s',
      met: out.hearth.ten >= 500
    }
  ]
}
