import type { MethodName, Params, Result } from './methods.ts'
import type { EventName, EventPayload } from './events.ts'

/**
 * What every UI talks to: the preload client inside Electron, a WebSocket client in browser
 * tests and dev mode. Typed by the one contract.
 */
export interface HearthClient {
  call<M extends MethodName>(method: M, params: Params<M>): Promise<Result<M>>
  /** Subscribe to an engine event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void
}
