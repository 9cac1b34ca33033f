import crypto from 'node:crypto'
import { WebSocketServer, type WebSocket } from 'ws'
import { handleMessage, notification } from './jsonrpc.ts'
import type { Engine } from '../engine.ts'

/**
 * JSON-RPC 2.0 over WebSocket for browser tests and development: bound to 127.0.0.1 only, and
 * every connection must present the random token (?token=…), so other local users' pages cannot drive it.
 */
export async function serveWebSocket(engine: Engine, opts: { port?: number; log?: (m: string) => void } = {}) {
  const token = crypto.randomBytes(24).toString('hex')
  const log = opts.log ?? (() => {})
  const wss = new WebSocketServer({
    host: '127.0.0.1',
    port: opts.port ?? 0,
    maxPayload: 1 << 20,
    verifyClient: ({ req }: { req: { url?: string } }) => {
      const given = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('token') ?? ''
      return given.length === token.length && crypto.timingSafeEqual(Buffer.from(given), Buffer.from(token))
    }
  })
  await new Promise<void>((resolve, reject) => {
    wss.once('listening', resolve)
    wss.once('error', reject)
  })
  const clients = new Set<WebSocket>()
  const off = engine.onEvent((event, payload) => {
    const text = JSON.stringify(notification(event, payload))
    for (const ws of clients) ws.send(text)
  })
  wss.on('connection', (ws) => {
    clients.add(ws)
    ws.on('close', () => clients.delete(ws))
    ws.on('error', () => {})
    ws.on('message', async (data) => {
      const res = await handleMessage(engine, data.toString(), log)
      if (res && ws.readyState === ws.OPEN) ws.send(JSON.stringify(res))
    })
  })
  const address = wss.address() as { port: number }
  return {
    url: `ws://127.0.0.1:${address.port}`,
    token,
    async close() {
      off()
      for (const ws of clients) ws.terminate()
      await new Promise<void>((resolve) => wss.close(() => resolve()))
    }
  }
}
