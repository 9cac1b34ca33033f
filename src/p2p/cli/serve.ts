import { startEngine } from '../engine.ts'
import { serveStdio } from '../transports/stdio.ts'
import { serveWebSocket } from '../transports/websocket.ts'
import { serveApp } from '../transports/app-http.ts'
import { notification } from '../transports/jsonrpc.ts'
import { untilStopped } from './signals.ts'

const log = (m: string) => process.stderr.write(`[hearth] ${m}\n`)

export type ServeOptions = { storage: string; bootstrap?: string[]; ws?: string; wsOrigins?: string[]; app?: string }

export async function serve(opts: ServeOptions): Promise<number> {
  const engine = await startEngine({ storage: opts.storage, bootstrap: opts.bootstrap })
  engine.node.on('log', log)
  // --app serves the built UI to this machine's browser, which needs the WebSocket (any free port)
  const wsPort = opts.ws ?? (opts.app !== undefined ? '0' : undefined)
  const ws = wsPort !== undefined ? await serveWebSocket(engine, { port: Number(wsPort), log, origins: opts.wsOrigins }) : null
  const app = ws && opts.app !== undefined ? await serveApp(opts.app, log) : null
  if (ws && app) ws.allowOrigin(app.url)
  const stdio = serveStdio(engine, { log })
  stdio.send(
    notification('ready', {
      storage: engine.node.storage,
      ...(ws ? { ws: { url: ws.url, token: ws.token } } : {}),
      // the page takes the engine and token from the address once, then drops them from it (client/pick.ts)
      ...(ws && app ? { app: { url: app.url, open: `${app.url}/?${new URLSearchParams({ engine: ws.url, token: ws.token })}` } } : {})
    })
  )
  log(`serving ${engine.node.storage}${ws ? ` (WebSocket ${ws.url})` : ''}${app ? ` (app ${app.url})` : ''}`)
  await untilStopped(stdio.closed)
  await app?.close()
  await ws?.close()
  await engine.close()
  return 0
}
