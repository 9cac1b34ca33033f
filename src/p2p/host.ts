/**
 * The engine's entry inside an Electron utilityProcess. Main sends {type:'start'} with the options
 * (storage dir, master key), then {type:'request'}s; we answer each with {type:'response'} and
 * forward engine events. {type:'shutdown'} closes the engine cleanly and exits.
 * The message handling is a plain function of a port and an engine factory so tests can drive it
 * without Electron; the process wiring at the bottom only runs inside a utility process.
 */
import type { Engine, EngineOptions } from './engine.ts'
import { ErrorCode } from '../shared/api/errors.ts'
import { FromHost, ToHost, describeIssues, toWireError } from '../shared/ipc-protocol.ts'

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
  const inflight = new Set<Promise<unknown>>()

  const send = (msg: FromHost) => {
    try {
      port.postMessage(msg)
    } catch (err) {
      // A result that cannot be cloned must still answer the caller.
      if (msg.type === 'response') port.postMessage({ type: 'response', id: msg.id, error: toWireError(err) })
      else log(`could not post ${msg.type}: ${String(err)}`)
    }
  }

  const start = (options: EngineOptions) => {
    if (engine) return log('ignored a second start message')
    engine = startEngine(options)
    engine.then(
      (e) => {
        if (stopping) return
        unsubscribe = e.onEvent((event, payload) => send({ type: 'event', event, payload }))
        // Engine logs go to stderr, which the supervisor's utility process inherits.
        ;(e as { node?: { on?: (name: 'log', l: (m: unknown) => void) => unknown } }).node?.on?.('log', (m) => log(String(m)))
        send({ type: 'ready' })
      },
      (err) => {
        // Exit so the supervisor restarts us with backoff; a half-started engine is worse than none.
        send({ type: 'fatal', error: toWireError(err) })
        exit(1)
      }
    )
  }

  const request = (id: number, method: string, params: unknown) => {
    if (stopping)
      return send({ type: 'response', id, error: { code: ErrorCode.Unavailable, message: 'Hearth is shutting down; try again after it restarts.' } })
    if (!engine) return send({ type: 'response', id, error: { code: ErrorCode.Unavailable, message: 'The engine has not been started yet.' } })
    const p = engine
      .then((e) => e.dispatch(method, params))
      .then(
        (result) => send({ type: 'response', id, result }),
        (err) => send({ type: 'response', id, error: toWireError(err) })
      )
    inflight.add(p)
    void p.finally(() => inflight.delete(p))
  }

  const shutdown = async () => {
    if (stopping) return
    stopping = true
    // Let acknowledged work finish first: a post that is being written should land on disk.
    await Promise.race([Promise.allSettled([...inflight]), new Promise((r) => setTimeout(r, drainMs))])
    unsubscribe?.()
    try {
      const e = await engine?.catch(() => null)
      await e?.close()
    } catch (err) {
      log(`engine close failed: ${String(err)}`)
    }
    send({ type: 'closed' })
    // Let the 'closed' message leave before the process goes away.
    setImmediate(() => exit(0))
  }

  port.on('message', (message) => {
    const parsed = ToHost.safeParse(message?.data)
    if (!parsed.success) {
      const id = (message?.data as { id?: unknown } | null)?.id
      const error = { code: ErrorCode.InvalidRequest, message: `Malformed message to the engine: ${describeIssues(parsed.error)}` }
      if (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) send({ type: 'response', id, error })
      else log(error.message)
      return
    }
    const msg = parsed.data
    if (msg.type === 'start') start(msg.options)
    else if (msg.type === 'request') request(msg.id, msg.method, msg.params)
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
