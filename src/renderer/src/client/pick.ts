import { PreloadClient, getPreloadApi } from './preload.ts'
import { WsClient } from './ws.ts'
import type { StatusClient } from './status.ts'

/** Only loopback engines: the page never talks to anything but this machine. */
export function isLoopbackWsUrl(url: string): boolean {
  try {
    const u = new URL(url)
    return u.protocol === 'ws:' && u.hostname === '127.0.0.1'
  } catch {
    return false
  }
}

/**
 * Choose how to reach the engine: `?engine=<ws url>&token=<token>` picks the loopback WebSocket
 * (browser tests, dev); otherwise the Electron preload's `window.hearth`. Null if neither.
 */
export function pickClient(search: string = globalThis.location?.search ?? ''): StatusClient | null {
  const q = new URLSearchParams(search)
  const engine = q.get('engine')
  const token = q.get('token')
  if (engine && token && isLoopbackWsUrl(engine)) return new WsClient(engine, token)
  const api = getPreloadApi()
  return api ? new PreloadClient(api) : null
}
