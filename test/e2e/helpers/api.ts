import WebSocket from 'ws'
import type { Engine } from './engines.ts'
import { WsClient } from '../../../src/renderer/src/client/ws.ts'

/**
 * Call an engine's API straight over its loopback WebSocket with the app's own client (Node's
 * `ws` as the socket; the token goes as a subprotocol, as the app sends it): for setting up many
 * posts quickly. Calls run one after another; the first failure rejects.
 */
export async function engineCalls(engine: Engine, calls: Array<{ method: string; params: unknown }>): Promise<unknown[]> {
  const client = new WsClient(engine.url, engine.token, { WebSocketImpl: WebSocket as unknown as typeof globalThis.WebSocket })
  try {
    const out: unknown[] = []
    for (const c of calls) out.push(await client.callRaw(c.method, c.params))
    return out
  } finally {
    client.close()
  }
}
