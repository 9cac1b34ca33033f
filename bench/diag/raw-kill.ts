/**
 * Diagnostic: does raw Autobase (no Hearth) apply a node twice after kill -9 mid-burst?
 * The child appends with 3 concurrent lanes; apply appends "<writer>-<length>" per node to a
 * plain view core. The parent SIGKILLs it at random times, then checks the view for duplicates.
 * Usage: node bin/run-ts.js bench/diag/raw-kill.ts [rounds=10]
 */
import { spawn } from 'node:child_process'
import os from 'node:os'
import fs from 'node:fs'
import path from 'node:path'
import Corestore from 'corestore'
import Autobase from 'autobase'

const open = (dir: string) => {
  const store = new Corestore(dir)
  const base = new Autobase(store, null, {
    open: (s: any) => s.get('view', { valueEncoding: 'utf-8' }),
    apply: async (nodes: any[], view: any) => {
      for (const n of nodes) if (n.value) await view.append(`${n.from.key.toString('hex').slice(0, 8)}-${n.length}`)
    },
    valueEncoding: 'utf-8',
    ackInterval: 200
  })
  return { store, base }
}

if (process.argv[2] === 'child') {
  const { base } = open(process.argv[3])
  await base.ready()
  process.stdout.write('ready\n')
  let i = 0
  await Promise.all(
    [0, 1, 2].map(async () => {
      for (;;) {
        const n = i++
        const len = await base.append(`post ${n}`)
        process.stdout.write(`acked ${n} ${len}\n`)
      }
    })
  )
} else {
  const rounds = Number(process.argv[2] ?? 10)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'raw-kill-'))
  for (let r = 0; r < rounds; r++) {
    const child = spawn(process.execPath, ['bin/run-ts.js', 'bench/diag/raw-kill.ts', 'child', dir], { stdio: ['ignore', 'pipe', 'inherit'] })
    let acks = 0
    await new Promise<void>((resolve) =>
      child.stdout
        .on('data', (d) => {
          if (String(d).includes('ready')) setTimeout(() => child.kill('SIGKILL'), 50 + Math.random() * 300)
          acks += (String(d).match(/acked/g) ?? []).length
        })
        .on('close', () => resolve())
    )
    console.log(`round ${r}: killed after ${acks} acks`)
  }
  const { store, base } = open(dir)
  await base.ready()
  await base.update()
  const seen = new Map<string, number>()
  for (let i = 0; i < base.view.length; i++) {
    const v = await base.view.get(i)
    seen.set(v, (seen.get(v) ?? 0) + 1)
  }
  const dups = [...seen].filter(([, n]) => n > 1)
  console.log(
    `view ${base.view.length} entries, local ${base.local.length}, duplicates: ${dups.length} ${dups
      .slice(0, 5)
      .map(([k, n]) => `${k}x${n}`)
      .join(' ')}`
  )
  await base.close()
  await store.close()
  fs.rmSync(dir, { recursive: true, force: true })
}
