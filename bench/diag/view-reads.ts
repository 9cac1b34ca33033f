/**
 * Diagnostic: block reads (Hypercore get calls that missed Hyperbee's node cache) per post, by the
 * two innermost engine frames that asked. One offline engine, one room, posts one at a time.
 * Usage: node bin/run-ts.js bench/diag/view-reads.ts
 */
import { createRequire } from 'node:module'
import { startEngine } from '../../src/p2p/engine.ts'
import { tmpDir } from '../../test/helpers/peers.ts'
import { engineCaller } from './frames.ts'
const require = createRequire(import.meta.url)
const Hypercore = require('hypercore')
const counts = new Map<string, number>()
let counting = false
const orig = Hypercore.prototype.get
Hypercore.prototype.get = function (...args: any[]) {
  if (counting) {
    const key = engineCaller('(no src frame)')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return orig.apply(this, args)
}
// blocks appended to any core (the writer's log and the view): what a post costs in writes
let appended = 0
const origAppend = Hypercore.prototype.append
Hypercore.prototype.append = function (blocks: unknown, ...rest: any[]) {
  if (counting) appended += Array.isArray(blocks) ? blocks.length : 1
  return origAppend.call(this, blocks, ...rest)
}
const e = await startEngine({ storage: tmpDir('applyprof-'), offline: true })
const { roomId } = (await e.dispatch('createRoom', { name: 'p', displayName: 'A' })) as any
for (let i = 0; i < 100; i++) await e.dispatch('postMessage', { roomId, text: 'warm ' + i })
counting = true
const N = 200
for (let i = 0; i < N; i++) await e.dispatch('postMessage', { roomId, text: 'hello there ' + i })
counting = false
await new Promise((r) => setTimeout(r, 500))
const total = [...counts.values()].reduce((a, b) => a + b, 0)
console.log(`core.get per post: ${(total / N).toFixed(1)}; blocks appended per post: ${(appended / N).toFixed(1)}`)
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(v / N).toFixed(2)}  ${k}`)
await e.close()
process.exit(0)
