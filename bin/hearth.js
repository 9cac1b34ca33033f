#!/usr/bin/env node
// The headless Hearth peer. The engine is TypeScript; tsx loads it without a build step.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/p2p/cli/main.ts')
const code = await main(process.argv.slice(2))
// Exit now: once the engine is closed, hyperswarm can keep a ~10 s discovery timer alive
// (`hearth serve` took 10 s to exit after stdin closed). Flush stdout first.
process.stdout.write('', () => process.exit(code))
setTimeout(() => process.exit(code), 1000).unref()
