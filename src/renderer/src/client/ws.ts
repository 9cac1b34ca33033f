import { RpcClient, clientError } from '../../../shared/rpc/client.ts'
import { WS_PROTOCOL, WS_TOKEN_PREFIX } from '../../../shared/ws-auth.ts'
import type { EventName, EventPayload, MethodName, Params, Result } from '../../../shared/api/index.ts'
import type { ConnectionState, StatusClient } from './status.ts'

export interface WsClientOptions {
  /** Injected for tests (and Node's `ws` in test helpers); defaults to the global WebSocket. */
  WebSocketImpl?: typeof WebSocket
  /** Milliseconds a call waits for the connection, and then for its answer, before it fails. */
  callTimeout?: number
  /** Reconnect delays (ms), the last one repeats. */
  backoff?: number[]
}

/**
 * HearthClient over the engine's loopback WebSocket (JSON-RPC 2.0), for the browser and tests.
 * The socket, its token and reconnecting are handled here; calls, answers and events by the one
 * RpcClient (shared/rpc/client.ts). Calls made while (re)connecting wait for the socket; calls in
 * flight when it closes are rejected with a clear error (they may or may not have run).
 */
export class WsClient implements StatusClient {
  private ws: WebSocket | null = null
  private readonly rpc: RpcClient
  private statusListeners = new Set<(s: ConnectionState) => void>()
  private attempt = 0
  private retryTimer: ReturnType<typeof setTimeout> | null = null
  private closedByUser = false
  state: ConnectionState = { status: 'connecting' }
  private readonly WS: typeof WebSocket
  private readonly backoff: number[]

  constructor(
    private readonly url: string,
    private readonly token: string,
    opts: WsClientOptions = {}
  ) {
    this.WS = opts.WebSocketImpl ?? WebSocket
    const timeout = opts.callTimeout ?? 60_000
    this.rpc = new RpcClient({ queueTimeoutMs: timeout, replyTimeoutMs: timeout })
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
      this.rpc.attach((message) => ws.send(JSON.stringify(message)))
    }
    ws.onmessage = (ev: MessageEvent) => {
      let message: unknown
      try {
        message = JSON.parse(String(ev.data))
      } catch {
        return
      }
      this.rpc.receive(message)
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
    this.rpc.detach(clientError('connection_lost'))
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

  call<M extends MethodName>(method: M, params: Params<M>): Promise<Result<M>> {
    return this.rpc.call(method, params)
  }

  /** Untyped call, for methods the contract may not list yet. */
  callRaw(method: string, params: unknown): Promise<unknown> {
    return this.rpc.callRaw(method, params)
  }

  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    return this.rpc.on(event, listener)
  }

  close(): void {
    this.closedByUser = true
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.rpc.close(clientError('not_connected'))
    this.ws?.close()
    if (!this.ws) this.setState({ status: 'closed' })
  }
}
