/**
 * Diagnostic: a late joiner into a room written the way people write it (WRITERS engines, each
 * posting one post per call, all at once), through the whole engine on a loopback testnet, with
 * a timeline of the joiner: its Autobase state every 50 ms, how long each getMessages took and
 * how many view blocks it had then.
 * Usage: node bin/run-ts.js bench/diag/late-joiner-lived.ts [messages=2000] [writers=3]
 */
import { Net } from '../../test/helpers/peers.ts'

const N = Number(process.argv[2] ?? 2000)
const WRITERS = Number(process.argv[3] ?? 3)
const net = await Net.create()
const opts = { ackInterval: Number(process.env.ACK ?? 1000) }
const owner = await net.peer('owner', opts)
const { roomId } = await owner.call('createRoom', { name: 'Lived-in', displayName: 'Owner' })
const writers = [owner]
for (let i = 1; i < WRITERS; i++) {
  const w = await net.peer(`w${i}`, opts)
  await w.call('joinRoom', { invite: (await owner.call('createInvite', { roomId })).invite, displayName: `W${i}` })
  writers.push(w)
}
let next = 0
const t = performance.now()
await Promise.all(
  writers.map(async (w) => {
    while (next < N) await w.call('postMessage', { roomId, text: `message ${next++}` })
  })
)
console.log(`built ${N} in ${((performance.now() - t) / 1000).toFixed(1)} s`)
while ((await owner.call('getRoom', { roomId })).messageCount < N) await new Promise((r) => setTimeout(r, 50))
await new Promise((r) => setTimeout(r, 1500))
const last = (await owner.call('getMessages', { roomId, limit: 1 })).messages[0].text
const ob = owner.node.room(roomId).base
console.log(`owner: system ${ob.core.length}/${ob.core.signedLength} view ${ob.view.core.length}/${ob.view.core.signedLength}`)
const { invite } = await owner.call('createInvite', { roomId })

const late = await net.peer('late', opts)
const t0 = performance.now()
const ms = () => (performance.now() - t0).toFixed(0).padStart(6)
let lastLine = ''
let wrapped = false
let applied = 0
let watched: any = null
const timer = setInterval(() => {
  const r: any = late.node.rooms.get(roomId) // reads Autobase internals
  if (!r) return
  if (!wrapped) {
    wrapped = true
    const orig = r.base._handlers.apply
    r.base._handlers.apply = async (n: any[], v: any, h: any) => {
      applied += n.length
      return orig(n, v, h)
    }
    r.base.on('fast-forward', (to: number, from: number) => console.log(`${ms()} ms  fast-forward ${from} -> ${to}`))
  }
  if (r.base.view.core !== watched) {
    watched = r.base.view.core
    let n = 0
    watched.on('download', (index: number) => {
      if (++n <= 60 || n % 500 === 0) console.log(`${ms()} ms  view block ${index} arrived (${n})`)
    })
  }
  const v = r.base.view.core
  const line = `peers ${r.peers} sys ${r.base.core.length}/${r.base.core.signedLength} view ${v.length} contiguous ${v.contiguousLength} writers ${r.base.activeWriters?.size ?? '?'} applied ${applied} writable ${r.writable} hint ${r.systemHint}`
  if (line !== lastLine) console.log(`${ms()} ms  ${line}`)
  lastLine = line
}, 50)
late.call('joinRoom', { invite }).then((j) => console.log(`${ms()} ms  joinRoom answered ${j.state}`))
for (;;) {
  const s = performance.now()
  const page = await late.call('getMessages', { roomId, limit: 100 }).catch(() => null)
  if (page)
    console.log(`${ms()} ms  getMessages took ${(performance.now() - s).toFixed(0)} ms: ${page.messages.length} messages, newest ${page.messages.at(-1)?.text}`)
  if (page?.messages.at(-1)?.text === last) break
  await new Promise((r) => setTimeout(r, 10))
}
console.log(`${ms()} ms  first page readable`)
clearInterval(timer)
await net.close()
process.exit(0)
