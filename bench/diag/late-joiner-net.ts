/**
 * Diagnostic: the late-joiner timeline through the whole engine on a loopback testnet
 * (what test/p2p/late-joiner.test.ts measures), with the joiner's Autobase state every 100 ms.
 * Usage: node bin/run-ts.js bench/diag/late-joiner-net.ts [messages=10000]
 */
import { Net } from '../../test/helpers/peers.ts'
import { K } from '../../src/p2p/room/keys.ts'

const N = Number(process.argv[2] ?? 10_000)
const net = await Net.create()
const a = await net.peer('a')
const { roomId, invite } = await a.call('createRoom', { name: 'Busy' })
const room = a.node.room(roomId)
for (let i = 0; i < N; i += 1000) {
  await room.appendBatch(Array.from({ length: Math.min(1000, N - i) }, (_, j) => ({ type: 'post', text: `message ${i + j}`, time: 1 })))
}
const late = await net.peer('late')
const t0 = performance.now()
const ms = () => (performance.now() - t0).toFixed(0).padStart(6)
let applied = 0
let lastLine = ''
const timer = setInterval(async () => {
  const r: any = late.node.rooms.get(roomId) // reads Autobase internals
  if (!r) return
  if (!r.base._handlers.apply.wrapped) {
    const orig = r.base._handlers.apply
    r.base._handlers.apply = Object.assign(
      async (n: any[], v: any, h: any) => {
        applied += n.length
        return orig(n, v, h)
      },
      { wrapped: true }
    )
    r.base.on('fast-forward', (to: number, from: number) => console.log(`${ms()} ms  fast-forward ${from} -> ${to}`))
  }
  const c = (await r.base.view.get(K.counters, { wait: false }).catch(() => null))?.value
  const line = `peers ${r.peers} conns ${late.node.net.connections.length} sys ${r.base.core.length}/${r.base.core.signedLength} view ${r.base.view.core.length} applied ${applied} msgs ${c?.messages ?? '-'} writable ${r.writable}`
  if (line !== lastLine) console.log(`${ms()} ms  ${line}`)
  lastLine = line
}, 100)
const joined = await late.call('joinRoom', { invite })
console.log(`${ms()} ms  joinRoom answered ${joined.state}`)
for (;;) {
  const page = await late.call('getMessages', { roomId, limit: 20 })
  if (page.messages.at(-1)?.text === `message ${N - 1}`) break
  await new Promise((r) => setTimeout(r, 20))
}
console.log(`${ms()} ms  latest page readable`)
clearInterval(timer)
await net.close()
