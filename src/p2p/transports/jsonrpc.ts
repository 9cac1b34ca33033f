import { HearthError, fail } from '../../shared/api/errors.ts'
import type { Engine } from '../engine.ts'

/** Events and the CLI's "ready" line: one definition, shared with the clients (shared/rpc). */
export { notification } from '../../shared/rpc/messages.ts'

type Json = Record<string, unknown>
type Id = string | number | null

/** Limits every transport enforces before anything is parsed or run. */
export const LIMITS = {
  /** One message (a stdin line, a WebSocket frame): larger ones are refused unread. */
  messageBytes: 1 << 20,
  /** Requests running at once on one connection: more are refused until answers go out. */
  inFlight: 64
}

/** Only an id that is a string, number or null is echoed: anything else (a deep object) never reaches a reply. */
const safeId = (id: unknown): Id => ((typeof id === 'string' && id.length <= 256) || typeof id === 'number' ? id : null)

const reply = (id: Id, body: Json) => ({ jsonrpc: '2.0', id, ...body })
export const errorReply = (id: unknown, err: HearthError) =>
  reply(safeId(id), { error: { code: err.code, message: err.message, ...(err.data === undefined ? {} : { data: err.data }) } })

/**
 * The engine's one JSON-RPC 2.0 core, for every transport: stdio lines and WebSocket frames arrive
 * as text (parsed here), the Electron utility port's messages as objects. Returns the response to
 * send (null for notifications). Never throws: bad input of any shape (deep nesting, binary, wrong
 * types) becomes an error reply. Params are not checked here: the engine's dispatch validates them
 * against the contract, once, for every transport.
 */
export async function handleMessage(engine: Engine, input: string | object, log: (msg: string) => void): Promise<Json | null> {
  let parsed: unknown = input
  if (typeof input === 'string') {
    try {
      parsed = JSON.parse(input)
    } catch {
      return errorReply(null, fail('parse_error'))
    }
  }
  if (Array.isArray(parsed)) return errorReply(null, fail('batch_unsupported'))
  if (!parsed || typeof parsed !== 'object') return errorReply(undefined, fail('invalid_request'))
  const msg = parsed as { jsonrpc?: unknown; id?: unknown; method?: unknown; params?: unknown }
  if (msg.jsonrpc !== '2.0' || typeof msg.method !== 'string') return errorReply(msg.id, fail('invalid_request'))
  const method = msg.method
  const isNotification = !('id' in msg)
  const id = safeId(msg.id)
  if (!isNotification && id !== msg.id) return errorReply(null, fail('invalid_request'))
  if (msg.params !== undefined && (typeof msg.params !== 'object' || msg.params === null || Array.isArray(msg.params))) {
    return isNotification ? null : errorReply(id, fail('invalid_params', { method: method.slice(0, 100), issues: 'params must be one object' }))
  }
  try {
    const result = await engine.dispatch(method, msg.params ?? {})
    return isNotification ? null : reply(id, { result })
  } catch (err) {
    if (err instanceof HearthError) return isNotification ? null : errorReply(id, err)
    log(`internal error in ${method.slice(0, 100)}: ${(err as Error)?.stack ?? err}`)
    return isNotification ? null : errorReply(id, fail('internal', { detail: String((err as Error)?.message ?? err).slice(0, 500) }))
  }
}

/**
 * Runs messages of one connection with the in-flight cap: a message over the cap is answered at
 * once with an error (its request is not run), so a flood cannot queue unbounded work.
 */
export function connectionHandler(engine: Engine, send: (obj: unknown) => void, log: (m: string) => void) {
  let inFlight = 0
  const running = new Set<Promise<void>>()
  return {
    running,
    handle(input: string | object) {
      if (inFlight >= LIMITS.inFlight) {
        send(errorReply(peekId(input), fail('too_many_requests', { limit: LIMITS.inFlight })))
        return
      }
      inFlight++
      const p = handleMessage(engine, input, log)
        .then((res) => {
          if (res) send(res)
        })
        .finally(() => {
          inFlight--
          running.delete(p)
        })
      running.add(p)
    }
  }
}

/** The id of a message we will not run, if it is cheap and safe to find (for the error reply). */
function peekId(input: string | object): Id {
  try {
    const parsed: unknown = typeof input === 'string' ? JSON.parse(input) : input
    return safeId((parsed as { id?: unknown } | null)?.id)
  } catch {
    return null
  }
}
