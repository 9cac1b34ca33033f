/**
 * Diagnostic: in a room of BENCH_MEMBERS (default 20) Hearth members, all in this process as the
 * members benchmark runs them, which engine frames read view blocks and how often (Hypercore get
 * calls, by the two innermost src/p2p frames), and how many blocks every core appended.
 * Usage: BENCH_MEMBERS=20 [STACK=raw] node bin/run-ts.js bench/diag/members-reads.ts
 */
import { createRequire } from 'node:module'
import { hearth, raw, run } from '../members.ts'
import { engineCaller } from './frames.ts'
const require = createRequire(import.meta.url)
const Hypercore = require('hypercore')
const counts = new Map<string, number>()
const get = Hypercore.prototype.get
Hypercore.prototype.get = function (...args: any[]) {
  const key = engineCaller('(no src frame: autobase, replication)')
  counts.set(key, (counts.get(key) ?? 0) + 1)
  return get.apply(this, args)
}
let appended = 0
const appends = new Map<string, number>()
const append = Hypercore.prototype.append
Hypercore.prototype.append = function (blocks: unknown, ...rest: any[]) {
  const n = Array.isArray(blocks) ? blocks.length : 1
  appended += n
  // who appended: the first frame outside hypercore itself
  const frame =
    new Error()
      .stack!.split('\n')
      .slice(2)
      .find((l) => !l.includes('/hypercore/')) ?? ''
  const key = frame
    .trim()
    .replace(/\(.*node_modules\//, '(')
    .replace(/\(.*src\/p2p\//, '(src/')
    .replace(/:\d+\)$/, ')')
  appends.set(key, (appends.get(key) ?? 0) + n)
  return append.call(this, blocks, ...rest)
}
const size = Number(process.env.BENCH_MEMBERS ?? 20)
const result = await run(process.env.STACK === 'raw' ? raw : hearth, size)
const total = [...counts.values()].reduce((a, b) => a + b, 0)
console.log(`burst ${Math.round(result.burst)} ms; core.get ${total}; blocks appended ${appended}`)
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${String(v).padStart(8)}  ${k}`)
console.log('blocks appended, by who appended:')
for (const [k, v] of [...appends].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${String(v).padStart(8)}  ${k}`)
process.exit(0)
