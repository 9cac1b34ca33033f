import { ErrorCode, HearthError, events, isEventName, methods } from '../../../shared/api/index.ts'
import { WS_PROTOCOL, WS_TOKEN_PREFIX } from '../../../shared/ws-auth.ts'
import type { EventName, EventPayload, MethodName, Params, Result } from '../../../shared/api/index.ts'
import type { ConnectionState, StatusClient } from './status.ts'

type Listener = (payload: unknown) => void
interface Pending {
  resolve: (v: unknown) => void
  reject: (e: Error) => void
  method: string
  timer: ReturnType<typeof setTimeout>
}

export interface WsClientOptions {
  /** Injected for tests; defaults to the global WebSocket. */
  WebSocketImpl?: typeof WebSocket
  /** Milliseconds before a call with no answer fails. */
  callTimeout?: number
  /** Reconnect delays (ms), the last one repeats. */
  backoff?: number[]
}

/**
 * HearthClient over the engine's loopback WebSocket (JSON-RPC 2.0), for browser tests and dev.
 * Calls made while (re)connecting wait for the socket; calls in flight when it closes are
 * rejected with a clear error (they may or may not have run), and the client reconnects with backoff.
 */
export class WsClient implements StatusClient {
  private ws: WebSocket | null = null
  private nextId = 1
  private pending = new Map<number, Pending>()
  private queue: Array<{ send: () => void; reject: (e: Error) => void }> = []
  private listeners = new Map<string, Set<Listener>>()
  private statusListeners = new Set<(s: ConnectionState) => void>()
  private attempt = 0
  private retryTimer: ReturnType<typeof setTimeout> | null = null
  private closedByUser = false
  state: ConnectionState = { status: 'connecting' }
  private readonly WS: typeof WebSocket
  private readonly callTimeout: number
  private readonly backoff: number[]

  constructor(
    private readonly url: string,
    private readonly token: string,
    opts: WsClientOptions = {}
  ) {
    this.WS = opts.WebSocketImpl ?? WebSocket
    this.callTimeout = opts.callTimeout ?? 60_000
    this.backoff = opts.backoff ?? [250, 500, 1000, 2000, 5000, 10_000]
    this.connect()
  }

  private setState(state: ConnectionState): void {
    this.state = state
    for (const fn of this.statusListeners) fn(state)
  }

  onStatus(fn: (s: ConnectionState) => void): () => void {
    this.statusListeners.add(fn)
    return () => {
      this.statusListeners.delete(fn)
    }
  }

  private connect(): void {
    // the token travels as a WebSocket subprotocol (a header), never in the URL, where proxies,
    // logs and the browser's history would keep it
    const ws = new this.WS(this.url.replace(/\/+$/, '') + '/', [WS_PROTOCOL, `${WS_TOKEN_PREFIX}${this.token}`])
    this.ws = ws
    this.setState({ status: this.attempt === 0 ? 'connecting' : 'reconnecting', retryIn: 0 })
    ws.onopen = () => {
      this.attempt = 0
      this.setState({ status: 'open' })
      const queued = this.queue
      this.queue = []
      for (const q of queued) q.send()
    }
    ws.onmessage = (ev: MessageEvent) => {
      this.onMessage(ev.data)
    }
    ws.onclose = () => {
      this.onClose(ws)
    }
    ws.onerror = () => {
      /* onclose follows */
    }
  }

  private onClose(ws: WebSocket): void {
    if (this.ws !== ws) return
    this.ws = null
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer)
      p.reject(clientError('connection_lost', p.method))
      this.pending.delete(id)
    }
    if (this.closedByUser) {
      this.setState({ status: 'closed' })
      return
    }
    const delay = this.backoff[Math.min(this.attempt, this.backoff.length - 1)]
    this.attempt++
    this.setState({ status: 'reconnecting', retryIn: delay })
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      this.connect()
    }, delay)
  }

  private onMessage(data: unknown): void {
    let msg: { id?: unknown; method?: unknown; params?: unknown; result?: unknown; error?: { code?: unknown; message?: unknown; data?: unknown } }
    try {
      msg = JSON.parse(String(data))
    } catch {
      return
    }
    if (msg === null || typeof msg !== 'object') return
    if (typeof msg.id === 'number' && this.pending.has(msg.id)) {
      const p = this.pending.get(msg.id)!
      this.pending.delete(msg.id)
      clearTimeout(p.timer)
      if (msg.error && typeof msg.error === 'object') {
        const code = typeof msg.error.code === 'number' ? msg.error.code : ErrorCode.Internal
        const message = typeof msg.error.message === 'string' ? msg.error.message : 'error'
        p.reject(new HearthError(code as HearthError['code'], message, msg.error.data))
      } else {
        try {
          p.resolve(checkResult(p.method, msg.result))
        } catch (err) {
          p.reject(err as Error)
        }
      }
      return
    }
    if (typeof msg.method === 'string' && msg.id === undefined) this.emit(msg.method, msg.params)
  }

  private emit(event: string, payload: unknown): void {
    const set = this.listeners.get(event)
    if (!set || set.size === 0) return
    if (isEventName(event)) {
      const ok = events[event].safeParse(payload)
      if (!ok.success) return
    }
    for (const fn of [...set]) {
      try {
        fn(payload)
      } catch (err) {
        console.error(err)
      }
    }
  }

  call<M extends MethodName>(method: M, params: Params<M>): Promise<Result<M>> {
    return this.callRaw(method, params) as Promise<Result<M>>
  }

  /** Untyped call, for methods the contract may not list yet. */
  callRaw(method: string, params: unknown): Promise<unknown> {
    if (this.closedByUser) return Promise.reject(clientError('not_connected', method))
    return new Promise((resolve, reject) => {
      const id = this.nextId++
      let queued: { send: () => void; reject: (e: Error) => void } | null = null
      const timer = setTimeout(() => {
        if (queued) this.queue = this.queue.filter((q) => q !== queued)
        this.pending.delete(id)
        reject(clientError(queued ? 'not_connected' : 'timeout', method))
      }, this.callTimeout)
      const fail = (e: Error): void => {
        clearTimeout(timer)
        reject(e)
      }
      const send = (): void => {
        const ws = this.ws
        if (!ws || ws.readyState !== this.WS.OPEN) {
          queued = { send, reject: fail }
          this.queue.push(queued)
          return
        }
        queued = null
        this.pending.set(id, { resolve, reject, method, timer })
        ws.send(JSON.stringify({ jsonrpc: '2.0', id, method, params: params ?? {} }))
      }
      send()
    })
  }

  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    let set = this.listeners.get(event)
    if (!set) {
      set = new Set()
      this.listeners.set(event, set)
    }
    set.add(listener as Listener)
    return () => {
      set.delete(listener as Listener)
    }
  }

  close(): void {
    this.closedByUser = true
    if (this.retryTimer) clearTimeout(this.retryTimer)
    for (const q of this.queue.splice(0)) q.reject(clientError('not_connected'))
    this.ws?.close()
    if (!this.ws) this.setState({ status: 'closed' })
  }
}

/** Check a result against the contract's schema; return it unchanged (extra fields kept). */
export function checkResult(method: string, result: unknown): unknown {
  const def = (methods as Record<string, { result: { safeParse: (v: unknown) => { success: boolean } } }>)[method]
  if (def && !def.result.safeParse(result).success) {
    throw new HearthError(ErrorCode.Internal, `the engine's reply to ${method} does not match the contract`, { reason: 'client.bad_reply', method })
  }
  return result
}

const CLIENT_TEXT = {
  connection_lost: 'the connection to the engine closed before it answered',
  not_connected: 'not connected to the engine',
  timeout: 'the engine did not answer in time'
}
/** An error the client itself gives; the UI words `data.reason` (English message for logs only). */
function clientError(why: keyof typeof CLIENT_TEXT, method?: string): HearthError {
  return new HearthError(ErrorCode.Unavailable, CLIENT_TEXT[why], { reason: `client.${why}`, ...(method ? { method } : {}) })
}
