/** Diagnostic: raw Hypercore replication rate between two Corestores piped in one process (no Autobase). */
import Corestore from 'corestore'
import os from 'node:os'
import fs from 'node:fs'
import path from 'node:path'
const N = Number(process.argv[2] ?? 30_000)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-hc-'))
const sA = new Corestore(path.join(dir, 'a'))
const sB = new Corestore(path.join(dir, 'b'))
const a = sA.get({ name: 'x' })
await a.ready()
let t = performance.now()
for (let i = 0; i < N; i += 1000) await a.append(Array.from({ length: 1000 }, (_, j) => Buffer.from(`{"v":1,"type":"post","text":"message ${i + j}","time":1}`)))
console.log(`append ${N} in 1000-block batches: ${(performance.now() - t).toFixed(0)} ms`)
const b = sB.get({ key: a.key })
await b.ready()
const s1 = sA.replicate(true); const s2 = sB.replicate(false); s1.pipe(s2).pipe(s1)
t = performance.now()
await b.update({ wait: true })
await b.download({ start: 0, end: N }).done()
console.log(`download ${N} blocks: ${(performance.now() - t).toFixed(0)} ms`)
t = performance.now()
const c = sB.get({ key: a.key })
const seq = sA.get({ key: a.key })
for (let i = 0; i < 2000; i++) await b.get(i)
console.log(`2000 local gets: ${(performance.now() - t).toFixed(0)} ms`)
await sA.close(); await sB.close(); fs.rmSync(dir, { recursive: true, force: true })
