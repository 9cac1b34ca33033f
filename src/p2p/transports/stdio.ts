import readline from 'node:readline'
import { handleMessage, notification } from './jsonrpc.ts'
import type { Engine } from '../engine.ts'

/**
 * JSON-RPC 2.0 on stdin/stdout, one JSON object per line; logs go to stderr. Requests run
 * concurrently; each response is written whole. Resolves when stdin ends.
 */
export function serveStdio(engine: Engine, opts: { input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream; log?: (m: string) => void } = {}) {
  const input = opts.input ?? process.stdin
  const output = opts.output ?? process.stdout
  const log = opts.log ?? ((m: string) => process.stderr.write(m + '\n'))
  const send = (obj: unknown) => output.write(JSON.stringify(obj) + '\n')
  const off = engine.onEvent((event, payload) => send(notification(event, payload)))
  const rl = readline.createInterface({ input, crlfDelay: Infinity })
  const inflight = new Set<Promise<void>>()
  rl.on('line', (line) => {
    if (!line.trim()) return
    const p = handleMessage(engine, line, log).then((res) => {
      if (res) send(res)
    })
    inflight.add(p)
    p.finally(() => inflight.delete(p))
  })
  return {
    send,
    closed: new Promise<void>((resolve) =>
      rl.on('close', async () => {
        await Promise.allSettled(inflight)
        off()
        resolve()
      })
    )
  }
}
