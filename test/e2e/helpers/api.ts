import type { Page } from 'playwright-core'
import type { Engine } from './engines.ts'
import { WS_PROTOCOL, WS_TOKEN_PREFIX } from '../../../src/shared/ws-auth.ts'

/**
 * Call an engine's API straight over its loopback WebSocket, from inside a page (the token goes as
 * a subprotocol, as the app sends it): for setting up many posts quickly.
 */
export async function engineCalls(page: Page, engine: Engine, calls: Array<{ method: string; params: unknown }>): Promise<unknown[]> {
  return await page.evaluate(
    async ({ url, protocols, calls }) => {
      const W = (globalThis as any).WebSocket
      const ws = new W(`${url}/`, protocols)
      await new Promise((resolve, reject) => {
        ws.onopen = resolve
        ws.onerror = reject
      })
      let id = 0
      const call = (method: string, params: unknown) =>
        new Promise<unknown>((resolve, reject) => {
          const my = ++id
          const on = (e: { data: string }): void => {
            const m = JSON.parse(e.data) as { id?: number; error?: unknown; result?: unknown }
            if (m.id !== my) return
            ws.removeEventListener('message', on)
            if (m.error) reject(new Error(JSON.stringify(m.error)))
            else resolve(m.result)
          }
          ws.addEventListener('message', on)
          ws.send(JSON.stringify({ jsonrpc: '2.0', id: my, method, params }))
        })
      const out: unknown[] = []
      for (const c of calls) out.push(await call(c.method, c.params))
      ws.close()
      return out
    },
    { url: engine.url, protocols: [WS_PROTOCOL, `${WS_TOKEN_PREFIX}${engine.token}`], calls }
  )
}
