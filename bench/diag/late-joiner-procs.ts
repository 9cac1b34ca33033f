/**
 * Diagnostic: the late joiner of `npm run bench` (hearth serve processes on a loopback DHT, WRITERS
 * writers posting one post per call), with a timeline of what the joiner answers: its peers, how
 * many messages its first page holds and how long each getMessages took.
 * Usage: node bin/run-ts.js bench/diag/late-joiner-procs.ts [messages=200] [writers=3]
 */
import fs from 'node:fs'
import { LinePeer, HEARTH, bootstrapNode } from '../lib/proc.ts'
import { tmpDir } from '../../test/helpers/peers.ts'

const N = Number(process.argv[2] ?? 200)
const WRITERS = Number(process.argv[3] ?? 3)
const { peer: boot, address } = await bootstrapNode()
const dirs: string[] = []
const spawn = () => {
  dirs.push(tmpDir('hearth-diag-procs-'))
  return new LinePeer(HEARTH, ['serve', '--storage', dirs.at(-1)!, '--bootstrap', address])
}
const writers = Array.from({ length: WRITERS }, spawn)
await Promise.all(writers.map((w) => w.ready))
const [owner] = writers
const { roomId } = await owner.call('createRoom', { name: 'Lived-in', displayName: 'Owner' })
for (const w of writers.slice(1)) await w.call('joinRoom', { invite: (await owner.call('createInvite', { roomId })).invite })
let next = 0
const t = performance.now()
await Promise.all(
  writers.map(async (w) => {
    while (next < N) await w.call('postMessage', { roomId, text: `message ${next++}` })
  })
)
console.log(`built ${N} in ${((performance.now() - t) / 1000).toFixed(1)} s`)
while ((await owner.call('getRoom', { roomId })).messageCount < N) await new Promise((r) => setTimeout(r, 50))
await new Promise((r) => setTimeout(r, 1000))
const last = (await owner.call('getMessages', { roomId, limit: 1 })).messages[0].text
const { invite } = await owner.call('createInvite', { roomId })
const late = spawn()
await late.ready
const t0 = performance.now()
const ms = () => (performance.now() - t0).toFixed(0).padStart(6)
late.onNotice = (msg) => {
  if (msg.method !== 'room.presence') console.log(`${ms()} ms  ${msg.method} ${JSON.stringify(msg.params).slice(0, 120)}`)
}
late.call('joinRoom', { invite }).then((j) => console.log(`${ms()} ms  joinRoom answered ${j.state}`))
let seen = ''
for (;;) {
  const s = performance.now()
  const page = await late.call('getMessages', { roomId, limit: 100 }).catch((e) => ({ messages: [], error: e.message }))
  const line = `${page.messages.length} messages, newest ${page.messages.at(-1)?.text}`
  if (line !== seen) console.log(`${ms()} ms  getMessages took ${(performance.now() - s).toFixed(0)} ms: ${line}`)
  seen = line
  if (page.messages.at(-1)?.text === last) break
  await new Promise((r) => setTimeout(r, 10))
}
console.log(`${ms()} ms  first page readable`)
for (const p of [...writers, late]) await p.stop(3000)
await boot.stop(3000)
for (const d of dirs) fs.rmSync(d, { recursive: true, force: true })
process.exit(0)
