#!/usr/bin/env node
// The headless Hearth peer. The engine is TypeScript; tsx loads it without a build step.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/p2p/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
