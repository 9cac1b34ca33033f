/** Runs one benchmark and prints its rows: node bin/run-ts.js bench/run-one.ts latency [--quick] */
import { table } from './lib/report.ts'
const name = process.argv[2]
const mod = await import(`./${name}.ts`)
const rows = await mod[name.replace(/-(\w)/g, (_: string, c: string) => c.toUpperCase())]({ quick: process.argv.includes('--quick') })
console.log(table(rows))
for (const r of rows) if (r.note) console.log(`note — ${r.group}: ${r.figure}: ${r.note}`)
process.exit(0)
