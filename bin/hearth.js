#!/usr/bin/env node
// The headless Hearth peer. It runs the engine compiled by `npm run build` (out/main/cli.js) when
// that is at least as new as the engine's sources: starting that way takes ~0.5 s less and ~30 MB
// less memory than compiling the TypeScript at start (docs/performance.md). Otherwise, or with
// HEARTH_FROM_SOURCE=1, tsx loads the sources directly, so a fresh checkout works without a build.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const built = path.join(root, 'out/main/cli.js')

function newestSource() {
  let newest = 0
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else newest = Math.max(newest, fs.statSync(p).mtimeMs)
    }
  }
  for (const dir of ['src/p2p', 'src/shared']) walk(path.join(root, dir))
  return newest
}

function useBuilt() {
  if (process.env.HEARTH_FROM_SOURCE === '1') return false
  try {
    return fs.statSync(built).mtimeMs >= newestSource()
  } catch {
    return false
  }
}

let main
if (useBuilt()) {
  ;({ main } = await import(pathToFileURL(built).href))
} else {
  const { register } = await import('tsx/esm/api')
  register()
  ;({ main } = await import('../src/p2p/cli/main.ts'))
}
const code = await main(process.argv.slice(2))
// Exit now: once the engine is closed, hyperswarm can keep a ~10 s discovery timer alive
// (`hearth serve` took 10 s to exit after stdin closed). Flush stdout first.
process.stdout.write('', () => process.exit(code))
setTimeout(() => process.exit(code), 1000).unref()
