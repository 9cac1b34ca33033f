import crypto from 'node:crypto'
import { WebSocketServer, type WebSocket } from 'ws'
import { connectionHandler, notification, LIMITS } from './jsonrpc.ts'
import { WS_PROTOCOL, WS_TOKEN_PREFIX } from '../../shared/ws-auth.ts'
import type { Engine } from '../engine.ts'

export type WsOptions = {
  port?: number
  log?: (m: string) => void
  /**
   * Origins (scheme://host:port) whose pages may connect; `http://127.0.0.1:*` allows any port of
   * that host. Requests with no Origin (non-browser clients) are allowed: the token still holds.
   */
  origins?: string[]
}

/** An exact origin, or `scheme://host:*` for any port of a host. */
export function originAllowed(allowed: Set<string>, origin: string): boolean {
  if (allowed.has(origin)) return true
  const m = /^(https?:\/\/[^/:]+):\d{1,5}$/.exec(origin)
  return !!m && allowed.has(`${m[1]}:*`)
}

type Handshake = { headers: Record<string, string | string[] | undefined> }

/**
 * JSON-RPC 2.0 over WebSocket for browser tests and development, bound to 127.0.0.1 only. A
 * connection must present the random token as a subprotocol (ws-auth.ts; never in the URL), come
 * from an allowed Origin (a web page elsewhere cannot drive the engine), and name this host in
 * Host (a DNS-rebinding page's Host is its own name). Same limits as stdio: 1 MiB per message,
 * LIMITS.inFlight requests at once per connection.
 */
export async function serveWebSocket(engine: Engine, opts: WsOptions = {}) {
  const token = crypto.randomBytes(24).toString('hex')
  const log = opts.log ?? (() => {})
  const origins = new Set(opts.origins ?? [])
  let port = 0
  const refuse = (why: string) => {
    log(`refused a WebSocket connection: ${why}`)
    return false
  }
  const wss = new WebSocketServer({
    host: '127.0.0.1',
    port: opts.port ?? 0,
    maxPayload: LIMITS.messageBytes,
    handleProtocols: (protocols) => (protocols.has(WS_PROTOCOL) ? WS_PROTOCOL : false),
    verifyClient: ({ req }: { req: Handshake }) => {
      const host = String(req.headers.host ?? '')
      if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return refuse(`Host ${host.slice(0, 100)}`)
      const origin = req.headers.origin
      if (origin !== undefined && !originAllowed(origins, String(origin))) return refuse(`Origin ${String(origin).slice(0, 100)}`)
      const offered = String(req.headers['sec-websocket-protocol'] ?? '')
        .split(',')
        .map((p) => p.trim())
      const given = offered.find((p) => p.startsWith(WS_TOKEN_PREFIX))?.slice(WS_TOKEN_PREFIX.length) ?? ''
      const ok = given.length === token.length && crypto.timingSafeEqual(Buffer.from(given), Buffer.from(token))
      return ok || refuse('no valid token')
    }
  })
  await new Promise<void>((resolve, reject) => {
    wss.once('listening', resolve)
    wss.once('error', reject)
  })
  port = (wss.address() as { port: number }).port
  const clients = new Set<WebSocket>()
  const off = engine.onEvent((event, payload) => {
    const text = JSON.stringify(notification(event, payload))
    for (const ws of clients) ws.send(text)
  })
  wss.on('connection', (ws) => {
    clients.add(ws)
    ws.on('close', () => clients.delete(ws))
    ws.on('error', () => {})
    const conn = connectionHandler(
      engine,
      (obj) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(obj))
      },
      log
    )
    ws.on('message', (data) => conn.handle(data.toString()))
  })
  return {
    url: `ws://127.0.0.1:${port}`,
    token,
    /** Lets pages of another origin connect (e.g. the app served to the browser once its port is known). */
    allowOrigin(origin: string) {
      origins.add(origin)
    },
    async close() {
      off()
      for (const ws of clients) ws.terminate()
      await new Promise<void>((resolve) => wss.close(() => resolve()))
    }
  }
}
