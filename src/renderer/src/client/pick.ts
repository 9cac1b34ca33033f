import { PreloadClient, getPreloadApi } from './preload.ts'
import { WsClient } from './ws.ts'
import type { StatusClient } from './status.ts'

const SESSION_KEY = 'hearth.engine'

function remembered(): { engine: string | null; token: string | null } {
  try {
    const v = JSON.parse(globalThis.sessionStorage?.getItem(SESSION_KEY) ?? 'null')
    return typeof v?.engine === 'string' && typeof v?.token === 'string' ? v : { engine: null, token: null }
  } catch {
    return { engine: null, token: null }
  }
}

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
  const given = { engine: q.get('engine'), token: q.get('token') }
  if (given.engine && given.token) {
    // the token has done its job in the address bar: keep it for this tab only (a reload still
    // connects) and out of the history, bookmarks and screenshots
    try {
      globalThis.sessionStorage?.setItem(SESSION_KEY, JSON.stringify(given))
      globalThis.history?.replaceState?.(null, '', globalThis.location.pathname + globalThis.location.hash)
    } catch {}
  }
  const { engine, token } = given.engine && given.token ? given : remembered()
  if (engine && token && isLoopbackWsUrl(engine)) return new WsClient(engine, token)
  const api = getPreloadApi()
  return api ? new PreloadClient(api) : null
}
