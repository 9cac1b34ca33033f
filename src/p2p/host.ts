/**
 * The engine's entry inside an Electron utility process. Main sends {type:'start'} with the options
 * (storage dir, master key), then JSON-RPC 2.0 requests, which the engine's one JSON-RPC core
 * (transports/jsonrpc.ts) answers as it does on stdio and WebSocket; engine events go out as
 * JSON-RPC notifications. {type:'shutdown'} closes the engine cleanly and exits.
 * The message handling is a plain function of a port and an engine factory so tests can drive it
 * without Electron; the process wiring at the bottom only runs inside a utility process.
 */
import type { Engine, EngineOptions } from './engine.ts'
import { fail } from '../shared/api/errors.ts'
import { HostControl, describeIssues, type HostStatus } from '../shared/ipc-protocol.ts'
import { isRpcMessage, notification, toWireError } from '../shared/rpc/messages.ts'
import { connectionHandler, errorReply } from './transports/jsonrpc.ts'

/** What Electron's process.parentPort gives us: messages arrive wrapped in a MessageEvent. */
export interface HostPort {
  on(event: 'message', listener: (message: { data: unknown }) => void): unknown
  postMessage(message: unknown): void
}

export interface HostOptions {
  port: HostPort
  startEngine: (opts: EngineOptions) => Promise<Engine>
  exit: (code: number) => void
  log?: (message: string) => void
  /** How long shutdown waits for in-flight requests before closing the engine anyway. */
  drainMs?: number
}

export function runHost({ port, startEngine, exit, log = (m) => console.error(`[engine-host] ${m}`), drainMs = 5000 }: HostOptions): void {
  let engine: Promise<Engine> | null = null
  let stopping = false
  let unsubscribe: (() => void) | null = null
  let conn: ReturnType<typeof connectionHandler> | null = null

  const status = (msg: HostStatus) => post(msg)
  const post = (msg: unknown) => {
    try {
      port.postMessage(msg)
    } catch (err) {
      // A result that cannot be cloned must still answer the caller.
      const id = (msg as { id?: unknown }).id
      if (isRpcMessage(msg) && id !== undefined) port.postMessage(errorReply(id, fail('internal', { detail: `could not send the reply: ${String(err)}` })))
      else log(`could not post a message: ${String(err)}`)
    }
  }

  const start = (options: EngineOptions) => {
    if (engine) return log('ignored a second start message')
    engine = startEngine(options)
    engine.then(
      (e) => {
        if (stopping) return
        conn = connectionHandler(e, post, log)
        unsubscribe = e.onEvent((event, payload) => post(notification(event, payload)))
        // Engine logs go to stderr, which the supervisor's utility process inherits.
        ;(e as { node?: { on?: (name: 'log', l: (m: unknown) => void) => unknown } }).node?.on?.('log', (m) => log(String(m)))
        status({ type: 'ready' })
      },
      (err: unknown) => {
        // Exit so the supervisor restarts us with backoff; a half-started engine is worse than none.
        status({ type: 'fatal', error: toWireError(err) })
        exit(1)
      }
    )
  }

  const request = (message: object) => {
    const id = (message as { id?: unknown }).id
    if (stopping) return post(errorReply(id, fail('shutting_down')))
    if (!conn) return post(errorReply(id, fail('engine_unavailable')))
    conn.handle(message)
  }

  const shutdown = async () => {
    if (stopping) return
    stopping = true
    // Let acknowledged work finish first: a post that is being written should land on disk.
    await Promise.race([Promise.allSettled([...(conn?.running ?? [])]), new Promise((r) => setTimeout(r, drainMs))])
    unsubscribe?.()
    try {
      const e = await engine?.catch(() => null)
      await e?.close()
    } catch (err) {
      log(`engine close failed: ${String(err)}`)
    }
    status({ type: 'closed' })
    // Let the 'closed' message leave before the process goes away.
    setImmediate(() => exit(0))
  }

  port.on('message', (message) => {
    const data = message?.data
    if (isRpcMessage(data)) return request(data as object)
    const parsed = HostControl.safeParse(data)
    if (!parsed.success) {
      // Not JSON-RPC and not a control message: answer it if it names an id, log it either way.
      log(`malformed message to the engine: ${describeIssues(parsed.error)}`)
      const id = (data as { id?: unknown } | null)?.id
      if (id !== undefined) post(errorReply(id, fail('invalid_request')))
      return
    }
    if (parsed.data.type === 'start') start(parsed.data.options)
    else void shutdown()
  })
}

// Inside an Electron utility process: wire the real port and engine. The engine is imported
// lazily so that tests of runHost never load the P2P stack.
const parentPort = (process as unknown as { parentPort?: HostPort }).parentPort
if (parentPort) {
  runHost({
    port: parentPort,
    startEngine: async (opts) => (await import('./engine.ts')).startEngine(opts),
    exit: (code) => process.exit(code)
  })
}
