import { startEngine } from '../engine.ts'
import { serveStdio } from '../transports/stdio.ts'
import { serveWebSocket } from '../transports/websocket.ts'
import { notification } from '../transports/jsonrpc.ts'
import { untilStopped } from './signals.ts'

const log = (m: string) => process.stderr.write(`[hearth] ${m}\n`)

export async function serve(opts: { storage: string; bootstrap?: string[]; ws?: string; wsOrigins?: string[] }): Promise<number> {
  const engine = await startEngine({ storage: opts.storage, bootstrap: opts.bootstrap })
  engine.node.on('log', log)
  const ws = opts.ws !== undefined ? await serveWebSocket(engine, { port: Number(opts.ws), log, origins: opts.wsOrigins }) : null
  const stdio = serveStdio(engine, { log })
  stdio.send(notification('ready', { storage: engine.node.storage, ...(ws ? { ws: { url: ws.url, token: ws.token } } : {}) }))
  log(`serving ${engine.node.storage}${ws ? ` (WebSocket ${ws.url})` : ''}`)
  await untilStopped(stdio.closed)
  await ws?.close()
  await engine.close()
  return 0
}
