import path from 'node:path'
import { buildSync } from 'esbuild'

const ROOT = path.resolve(import.meta.dirname, '../..')

/**
 * Compiles a TypeScript entry of the benchmarks (the raw-Autobase peer) to plain JavaScript under
 * out/bench, packages left external, so it starts the way the compiled `hearth` does: neither
 * pays tsx at start, and cold start and memory compare the stacks, not the compilers.
 */
export function compiled(entry: string): string {
  const outfile = path.join(ROOT, 'out/bench', path.basename(entry).replace(/\.ts$/, '.mjs'))
  buildSync({
    entryPoints: [path.join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    target: 'node20',
    logLevel: 'warning'
  })
  return outfile
}
