/**
 * Diagnostic (not part of `npm run bench`): where does a late joiner's time go?
 * Two in-process Rooms on separate Corestores, piped replication (no DHT), so only
 * Autobase/Hyperbee/apply costs remain. Prints a timeline of the joiner's state.
 * Usage: node bin/run-ts.js bench/diag/late-joiner.ts [messages=10000] [batch=1000]
 *   FFKEY=1     the joiner is given the room's system core key (Autobase fastForward: { key })
 *   DOWNLOAD=1  then download the whole view core and time it
 *   FULL=1      then wait until both views hash equal (a full scan of the view on both sides)
 */
import Corestore from 'corestore'
import os from 'node:os'
import fs from 'node:fs'
import path from 'node:path'
import { Room } from '../../src/p2p/room/room.ts'
import { Vault } from '../../src/p2p/vault.ts'
import { newSigningKeyPair, randomBytes, toHex } from '../../src/p2p/crypto.ts'
import { signRecord, signTicket } from '../../src/p2p/records/signing.ts'
import { K } from '../../src/p2p/room/keys.ts'
import Autobase from 'autobase'
import Hyperbee from 'hyperbee'
import { makeApply } from '../../src/p2p/room/apply.ts'

const N = Number(process.argv[2] ?? 10_000)
const BATCH = Number(process.argv[3] ?? 1000)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-diag-'))
const vault = new Vault(randomBytes(32))
const ek = randomBytes(32)
const sA = new Corestore(path.join(dir, 'a'))
const sB = new Corestore(path.join(dir, 'b'))
const a = new Room({ store: sA.namespace('r'), key: null, encryptionKey: ek, vault, ackInterval: 200 })
await a.ready()
const owner = newSigningKeyPair()
await a.append(signRecord(a.key, owner, { type: 'genesis', name: 'Diag', owner: toHex(owner.publicKey), time: Date.now() }))
const t = performance.now()
for (let i = 0; i < N; i += BATCH) {
  await a.appendBatch(Array.from({ length: Math.min(BATCH, N - i) }, (_, j) => ({ type: 'post', text: `message ${i + j}`, time: 1 })))
}
console.log(
  `creator: ${N} posts in ${(performance.now() - t).toFixed(0)} ms; system length ${a.base.core.length} signed ${a.base.core.signedLength}; view length ${a.base.view.core.length} signed ${a.base.view.core.signedLength}`
)

const b = new Room({ store: sB.namespace('r'), key: a.key, encryptionKey: ek, vault, ackInterval: 200 })
if (process.env.FFKEY) {
  // what the proposed patch does: the joiner is told the room's system core key, so Autobase
  // fast-forwards at once instead of first linearizing the bootstrap writer's log
  await b.base.close()
  b.base = new Autobase(sB.namespace('r2'), a.key, {
    open: (store: any) => new Hyperbee(store.get('view'), { keyEncoding: 'utf-8', valueEncoding: 'json', extension: false }),
    apply: makeApply(() => b.base.key),
    close: (view: any) => view.close(),
    optimistic: true,
    encryptionKey: ek,
    blindEncryption: vault.blindEncryption(),
    ackInterval: 200,
    fastForward: { key: a.base.core.key }
  })
  b.base.on('update', () => b.emit('update'))
  b.base.on('writable', () => b.emit('writable-x'))
}
await b.ready()
// Autobase internals this diagnostic reads
const aBase: any = a.base
const bBase: any = b.base
let applied = 0
let applyCalls = 0
const orig = bBase._handlers.apply
bBase._handlers.apply = async (nodes: any[], view: any, host: any) => {
  applyCalls++
  applied += nodes.length
  return orig(nodes, view, host)
}
const t0 = performance.now()
const ms = () => (performance.now() - t0).toFixed(0).padStart(6)
b.base.on('fast-forward', (to: number, from: number) => console.log(`${ms()} ms  fast-forward ${from} -> ${to}`))
const s1 = sA.replicate(true)
const s2 = sB.replicate(false)
s1.pipe(s2).pipe(s1)
aBase.wakeupProtocol.addStream(s1)
bBase.wakeupProtocol.addStream(s2)

let lastLine = ''
const wcore = sB.get({ key: a.base.local.key })
const scoreKey = a.base.core.key
const timer = setInterval(async () => {
  const c = (await b.base.view.get<{ messages: number }>(K.counters, { wait: false }).catch(() => null))?.value
  const sc = bBase.core
  const remote = sc.peers?.map((p: any) => p.remoteLength).join(',')
  const line = `writer ${wcore.length}/${wcore.contiguousLength} sysKeyEq ${sc.key?.equals(scoreKey)} remote ${remote} sys ${b.base.core.length}/${b.base.core.signedLength} view ${b.base.view.core.length} contig ${b.base.view.core.contiguousLength} applied ${applied} (${applyCalls} calls) msgs ${c?.messages ?? '-'}`
  if (line !== lastLine) console.log(`${ms()} ms  ${line}`)
  lastLine = line
}, 100)
await b.waitGenesis()
console.log(`${ms()} ms  genesis visible`)
const ticket = signTicket(a.key, owner)
await b.append({ type: 'join', ticket, name: 'Bee', time: 1 }, { optimistic: true })
while (!b.base.writable) await new Promise((r) => setTimeout(r, 10))
console.log(`${ms()} ms  writable`)
for (;;) {
  const page = await b.queries.page(20)
  if (page.messages.at(-1)?.text === `message ${N - 1}`) break
  await new Promise((r) => setTimeout(r, 20))
}
console.log(`${ms()} ms  latest page readable`)
if (process.env.DOWNLOAD) {
  // full history: fetch every view block in the background instead of one round trip per read
  const core = b.base.view.core
  await core.download({ start: 0, end: core.length }).done()
  console.log(`${ms()} ms  view fully downloaded (${core.contiguousLength}/${core.length})`)
}
if (process.env.FULL)
  for (;;) {
    if ((await a.queries.viewHash()) === (await b.queries.viewHash())) break
    await new Promise((r) => setTimeout(r, 200))
  }
console.log(`${ms()} ms  done; the joiner applied ${applied} nodes itself in ${applyCalls} apply calls`)
clearInterval(timer)
await b.close()
await a.close()
await sA.close()
await sB.close()
fs.rmSync(dir, { recursive: true, force: true })
