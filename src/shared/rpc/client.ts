import { ErrorCode, HearthError, type ErrorCodeValue } from '../api/errors.ts'
import { events, isEventName, type EventName, type EventPayload } from '../api/events.ts'
import { methods, isMethodName, type MethodName, type Params, type Result } from '../api/methods.ts'
import type { RpcRequest } from './messages.ts'

/**
 * The one JSON-RPC 2.0 client of Hearth: request/response correlation, timeouts and event
 * dispatch, over any transport. The transport wraps it: it calls `attach(send)` when its
 * connection is up, `receive(message)` for every message that arrives (already parsed), and
 * `detach()` when the connection is gone. Used by the renderer's WebSocket client, the engine
 * supervisor in main (utility-process port), the tests' peers and the bench's peers (stdio).
 *
 * Every result of a contract method is checked against the method's result schema; every event
 * against its payload schema (malformed or unknown events are dropped and logged).
 */

/** Errors the client itself gives; the UI words `data.reason` (the English text is for logs). */
const CLIENT_TEXT = {
  connection_lost: 'the connection to the engine closed before it answered',
  not_connected: 'not connected to the engine',
  timeout: 'the engine did not answer in time',
  bad_reply: "the engine's reply does not match the contract"
}
export type ClientReason = keyof typeof CLIENT_TEXT

export function clientError(why: ClientReason, method?: string): HearthError {
  const code = why === 'bad_reply' ? ErrorCode.Internal : ErrorCode.Unavailable
  return new HearthError(code, method ? `${CLIENT_TEXT[why]} (${method})` : CLIENT_TEXT[why], { reason: `client.${why}`, ...(method ? { method } : {}) })
}

export interface RpcClientOptions {
  /** How long a call waits for a connection before it fails with client.not_connected. */
  queueTimeoutMs?: number
  /** How long a sent call waits for its answer before it fails with client.timeout (Infinity: no limit). */
  replyTimeoutMs?: number
  /**
   * 'contract': results of methods the contract lists are checked, others pass (a newer engine's
   * methods through callRaw). 'strict': a result for a method the contract does not list is refused
   * too (main, at the trust boundary).
   */
  results?: 'contract' | 'strict'
  /** Where dropped messages (unknown ids, malformed events) are reported. */
  log?: (message: string) => void
}

interface Pending {
  method: string
  resolve: (v: unknown) => void
  reject: (e: Error) => void
  timer: ReturnType<typeof setTimeout> | null
}
interface Waiting {
  request: RpcRequest
  pending: Pending
}

type AnyListener = (event: EventName, payload: unknown) => void

export class RpcClient {
  private send: ((message: RpcRequest) => void) | null = null
  private nextId = 1
  private readonly pending = new Map<number, Pending>()
  private waiting: Waiting[] = []
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>()
  private readonly anyListeners = new Set<AnyListener>()
  private closed: HearthError | null = null
  private readonly o: Required<RpcClientOptions>

  constructor(options: RpcClientOptions = {}) {
    this.o = { queueTimeoutMs: 60_000, replyTimeoutMs: 60_000, results: 'contract', log: () => {}, ...options }
  }

  get connected(): boolean {
    return this.send !== null
  }

  /** The connection is up: calls go out through `send`, the waiting ones first. */
  attach(send: (message: RpcRequest) => void): void {
    this.send = send
    for (const w of this.waiting.splice(0)) {
      if (w.pending.timer) clearTimeout(w.pending.timer)
      this.transmit(w.request, w.pending)
    }
  }

  /** The connection is gone: calls in flight fail (they may or may not have run); new calls wait. */
  detach(error: HearthError = clientError('connection_lost')): void {
    this.send = null
    for (const [id, p] of this.pending) {
      if (p.timer) clearTimeout(p.timer)
      this.pending.delete(id)
      p.reject(withMethod(error, p.method))
    }
  }

  /** Fail the calls still waiting for a connection (e.g. the engine cannot start). */
  failWaiting(error: HearthError): void {
    for (const w of this.waiting.splice(0)) {
      if (w.pending.timer) clearTimeout(w.pending.timer)
      w.pending.reject(withMethod(error, w.pending.method))
    }
  }

  /** No more calls: everything waiting or in flight fails with `error`. */
  close(error: HearthError = clientError('not_connected')): void {
    this.closed = error
    this.failWaiting(error)
    this.detach(error)
  }

  call<M extends MethodName>(method: M, params: Params<M>): Promise<Result<M>> {
    return this.callRaw(method, params) as Promise<Result<M>>
  }

  /** Untyped call, for methods the contract may not list (tests, a newer engine). Params go as given. */
  callRaw(method: string, params?: unknown): Promise<unknown> {
    if (this.closed) return Promise.reject(withMethod(this.closed, method))
    return new Promise((resolve, reject) => {
      const pending: Pending = { method, resolve, reject, timer: null }
      const request: RpcRequest = { jsonrpc: '2.0', id: this.nextId++, method, params: params === undefined ? {} : params }
      if (this.send) return this.transmit(request, pending)
      const waiting: Waiting = { request, pending }
      pending.timer = this.timeout(this.o.queueTimeoutMs, () => {
        this.waiting = this.waiting.filter((w) => w !== waiting)
        reject(clientError('not_connected', method))
      })
      this.waiting.push(waiting)
    })
  }

  /**
   * A message from the transport: a response to a call, or an event (a JSON-RPC notification).
   * Returns false when it was neither (dropped and logged).
   */
  receive(message: unknown): boolean {
    if (!message || typeof message !== 'object' || Array.isArray(message)) return this.drop('dropped a message that is not an object')
    const m = message as { id?: unknown; method?: unknown; params?: unknown; result?: unknown; error?: unknown }
    if (typeof m.method === 'string') {
      // A request from the engine (method and id) would otherwise be taken for the answer to a call.
      if (m.id !== undefined) return this.drop(`dropped a request from the engine (${m.method.slice(0, 100)}): clients answer none`)
      return this.dispatch(m.method, m.params)
    }
    const p = typeof m.id === 'number' ? this.pending.get(m.id) : undefined
    if (!p) return this.drop(`dropped a reply to no call (id ${String(m.id).slice(0, 40)})`)
    this.pending.delete(m.id as number)
    if (p.timer) clearTimeout(p.timer)
    if ('error' in m) p.reject(toHearthError(m.error))
    else if (!('result' in m)) p.reject(clientError('bad_reply', p.method))
    else {
      try {
        p.resolve(this.checkResult(p.method, m.result))
      } catch (err) {
        p.reject(err as Error)
      }
    }
    return true
  }

  /** Subscribe to one event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    let set = this.listeners.get(event)
    if (!set) this.listeners.set(event, (set = new Set()))
    const l = listener as (payload: unknown) => void
    set.add(l)
    return () => void set.delete(l)
  }

  /** Subscribe to every (valid) event. */
  onEvent(listener: AnyListener): () => void {
    this.anyListeners.add(listener)
    return () => void this.anyListeners.delete(listener)
  }

  private transmit(request: RpcRequest, pending: Pending): void {
    const id = request.id as number
    this.pending.set(id, pending)
    if (Number.isFinite(this.o.replyTimeoutMs)) {
      pending.timer = this.timeout(this.o.replyTimeoutMs, () => {
        this.pending.delete(id)
        pending.reject(clientError('timeout', pending.method))
      })
    }
    try {
      this.send!(request)
    } catch (err) {
      this.o.log(`could not send ${pending.method}: ${String(err)}`)
      this.pending.delete(id)
      if (pending.timer) clearTimeout(pending.timer)
      pending.reject(clientError('not_connected', pending.method))
    }
  }

  private checkResult(method: string, result: unknown): unknown {
    if (!isMethodName(method)) {
      if (this.o.results === 'strict') throw clientError('bad_reply', method.slice(0, 100))
      return result
    }
    const checked = methods[method].result.safeParse(result)
    if (checked.success) return checked.data
    this.o.log(`the reply to ${method} broke the contract: ${checked.error.issues[0]?.message ?? ''}`)
    throw clientError('bad_reply', method)
  }

  private drop(why: string): false {
    this.o.log(why)
    return false
  }

  private dispatch(event: string, payload: unknown): boolean {
    if (!isEventName(event)) return this.drop(`dropped unknown event ${event.slice(0, 100)}`)
    const checked = events[event].safeParse(payload)
    if (!checked.success) return this.drop(`dropped a malformed ${event} event`)
    const calls = [...(this.listeners.get(event) ?? [])].map((l) => () => l(checked.data))
    for (const l of this.anyListeners) calls.push(() => l(event, checked.data))
    for (const run of calls) {
      try {
        run()
      } catch (err) {
        this.o.log(`a listener of ${event} failed: ${String(err)}`)
      }
    }
    return true
  }

  private timeout(ms: number, fn: () => void): ReturnType<typeof setTimeout> | null {
    return Number.isFinite(ms) ? setTimeout(fn, ms) : null
  }
}

/** A JSON-RPC error object as a HearthError (code, message and data kept; anything malformed is Internal). */
export function toHearthError(error: unknown): HearthError {
  const e = (error && typeof error === 'object' ? error : {}) as { code?: unknown; message?: unknown; data?: unknown }
  const code = typeof e.code === 'number' && Number.isInteger(e.code) ? (e.code as ErrorCodeValue) : ErrorCode.Internal
  const message = typeof e.message === 'string' ? e.message.slice(0, 4000) : 'error'
  return new HearthError(code, message, e.data)
}

function withMethod(error: HearthError, method: string): HearthError {
  const data = error.data && typeof error.data === 'object' ? { ...(error.data as object), method } : error.data
  return new HearthError(error.code, error.message, data)
}
