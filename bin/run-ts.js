#!/usr/bin/env node
// Runs a TypeScript entry (benchmarks, demos) through tsx: `node bin/run-ts.js bench/index.ts`.
import { register } from 'tsx/esm/api'
import { pathToFileURL } from 'node:url'
import path from 'node:path'

register()
const [entry, ...rest] = process.argv.slice(2)
process.argv = [process.argv[0], entry, ...rest]
await import(pathToFileURL(path.resolve(entry)).href)
