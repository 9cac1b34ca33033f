/**
 * `npm run bench`: every figure for Hearth AND for raw Autobase doing the same work, in the same
 * run, printed as Hearth/raw (these 2-core machines are noisy: absolute times alone mean little).
 * Writes bench/results/latest.json. Method and findings: docs/performance.md.
 * Env: BENCH_ONLY=latency,late-joiner,posting,memory,cold-start,renderer,distress,members  BENCH_QUICK=1 (smaller, ~3 min)
 */
import path from 'node:path'
import { table, writeResults, machine, type Row } from './lib/report.ts'
import { latency } from './latency.ts'
import { lateJoiner } from './late-joiner.ts'
import { posting } from './posting.ts'
import { memory } from './memory.ts'
import { coldStart } from './cold-start.ts'
import { renderer } from './renderer.ts'
import { distress } from './distress.ts'
import { members } from './members.ts'

const all: Array<[string, (o: { quick: boolean }) => Promise<Row[]>]> = [
  ['latency', latency],
  ['late-joiner', lateJoiner],
  ['posting', posting],
  ['memory', memory],
  ['cold-start', coldStart],
  ['renderer', renderer],
  ['distress', distress],
  ['members', members]
]
const only = process.env.BENCH_ONLY?.split(',')
  .map((s) => s.trim())
  .filter(Boolean)
const quick = process.env.BENCH_QUICK === '1'
const rows: Row[] = []
const timings: Record<string, number> = {}
const failures: Record<string, string> = {}
const started = performance.now()
console.log(`hearth bench${quick ? ' (quick)' : ''} on ${JSON.stringify(machine())}`)

for (const [name, run] of all) {
  if (only && !only.includes(name)) continue
  const t = performance.now()
  process.stdout.write(`- ${name}… `)
  try {
    const got = await run({ quick })
    rows.push(...got)
    console.log(`${((performance.now() - t) / 1000).toFixed(0)} s`)
  } catch (err) {
    // one broken benchmark must not hide the others: report it in the table and the JSON
    failures[name] = (err as Error).stack ?? String(err)
    rows.push({ group: name, figure: 'FAILED (see latest.json)', unit: 'ms', hearth: null, raw: null })
    console.log(`failed: ${(err as Error).message}`)
  }
  timings[name] = (performance.now() - t) / 1000
}

console.log('\n' + table(rows) + '\n')
for (const r of rows) if (r.note) console.log(`note — ${r.group}: ${r.figure}: ${r.note}`)
const file = path.join(import.meta.dirname, 'results', 'latest.json')
writeResults(file, rows, { quick, seconds: timings, totalSeconds: (performance.now() - started) / 1000, failures })
console.log(`\nwrote ${path.relative(process.cwd(), file)} (${((performance.now() - started) / 1000).toFixed(0)} s)`)
process.exit(Object.keys(failures).length ? 1 : 0)
