/**
 * Runs the engine (src/p2p/host.ts) in an Electron utilityProcess and keeps it running: a crash
 * rejects the calls in flight, tells the UI the engine is down, and restarts it with exponential
 * backoff. On quit the engine is stopped first (it flushes its stores), with a kill as last resort.
 * Electron is injected (fork) so this runs under test with fake processes and fake timers.
 */
import { ErrorCode, HearthError, type ErrorCodeValue } from '../shared/api/errors.ts'
import { events, isEventName, isMethodName, methods } from '../shared/api/index.ts'
import { FromHost, describeIssues, type StartOptions, type ToHost } from '../shared/ipc-protocol.ts'
import type { EngineState } from '../shared/ipc-channels.ts'

/** The part of Electron's UtilityProcess we use. */
export interface ChildLike {
  postMessage(message: ToHost): void
  kill(): boolean
  on(event: 'message', listener: (message: unknown) => void): unknown
  on(event: 'exit', listener: (code: number) => void): unknown
}

export interface SupervisorOptions {
  fork: () => ChildLike
  /** Resolved before every (re)start: may wait for the user to unlock the master key. */
  startOptions: () => Promise<StartOptions>
  onState: (state: EngineState) => void
  onEvent: (event: string, payload: unknown) => void
  log?: (message: string) => void
  initialDelayMs?: number
  maxDelayMs?: number
  /** After this long up, the next crash is treated as the first one again. */
  stableAfterMs?: number
  /** A start that does not report ready in time is killed and retried. */
  startTimeoutMs?: number
  /** How long a call waits for a (re)starting engine before it fails with Unavailable. */
  queueTimeoutMs?: number
  shutdownTimeoutMs?: number
}

interface Pending {
  method: string
  resolve: (v: unknown) => void
  reject: (e: unknown) => void
}
interface Queued {
  method: string
  params: unknown
  pending: Pending
  timer: ReturnType<typeof setTimeout>
}

const unavailable = (message: string) => new HearthError(ErrorCode.Unavailable, message)

export class EngineSupervisor {
  private child: ChildLike | null = null
  private status: 'idle' | 'starting' | 'up' | 'down' | 'stopping' | 'stopped' = 'idle'
  private failures = 0
  private nextId = 1
  private lastFatal: string | null = null
  /** Why the engine cannot start (no master key); calls fail at once instead of queueing. */
  private locked: string | null = null
  private readonly pending = new Map<number, Pending>()
  private readonly queue: Queued[] = []
  private timers = new Set<ReturnType<typeof setTimeout>>()
  private stableTimer: ReturnType<typeof setTimeout> | null = null
  private stopped: Promise<void> | null = null
  private readonly o: Required<SupervisorOptions>

  constructor(options: SupervisorOptions) {
    this.o = {
      log: (m) => console.error(`[engine-supervisor] ${m}`),
      initialDelayMs: 500,
      maxDelayMs: 30_000,
      stableAfterMs: 60_000,
      startTimeoutMs: 120_000,
      queueTimeoutMs: 30_000,
      shutdownTimeoutMs: 10_000,
      ...options
    }
  }

  get state() {
    return this.status
  }

  /** Spawn the engine. Calls made before it is ready wait in a queue. */
  start(): void {
    if (this.status !== 'idle' && this.status !== 'down') return
    this.status = 'starting'
    this.locked = null
    this.o.onState({ state: 'starting' })
    this.o.startOptions().then(
      (options) => {
        if (this.status !== 'starting') return
        this.spawn(options)
      },
      (err) => {
        if (this.status !== 'starting') return
        // No key, no engine: the UI shows why instead of a restart loop.
        this.status = 'down'
        this.locked = err instanceof Error ? err.message : String(err)
        this.o.onState({ state: 'locked', reason: this.locked })
        this.failQueue('Hearth is locked: unlock it to use your rooms.')
      }
    )
  }

  /** Call a contract method on the engine; resolves with the schema-checked result. */
  call(method: string, params: unknown): Promise<unknown> {
    if (!isMethodName(method)) return Promise.reject(new HearthError(ErrorCode.MethodNotFound, `Unknown method "${method.slice(0, 100)}".`))
    if (this.status === 'stopping' || this.status === 'stopped') return Promise.reject(unavailable('Hearth is shutting down.'))
    if (this.locked !== null) return Promise.reject(unavailable(`Hearth is locked: ${this.locked}`))
    return new Promise((resolve, reject) => {
      const pending: Pending = { method, resolve, reject }
      if (this.status === 'up' && this.child) return this.send(method, params, pending)
      const timer = this.timer(() => {
        const i = this.queue.findIndex((q) => q.pending === pending)
        if (i >= 0) this.queue.splice(i, 1)
        reject(unavailable('The engine is not running right now (it is starting or restarting). Try again in a moment.'))
      }, this.o.queueTimeoutMs)
      this.queue.push({ method, params, pending, timer })
    })
  }

  /** Ordered shutdown: ask the engine to close, wait for it, kill it if it hangs. */
  stop(): Promise<void> {
    if (this.stopped) return this.stopped
    const child = this.child
    this.status = 'stopping'
    this.clearTimers()
    this.failQueue('Hearth is shutting down.')
    this.stopped = new Promise<void>((resolve) => {
      if (!child) return resolve()
      const done = () => {
        clearTimeout(killer)
        resolve()
      }
      const killer = setTimeout(() => {
        this.o.log('engine did not close in time; killing it')
        child.kill()
        resolve()
      }, this.o.shutdownTimeoutMs)
      this.onceGone = done
      try {
        child.postMessage({ type: 'shutdown' })
      } catch {
        child.kill()
        done()
      }
    }).then(() => {
      this.status = 'stopped'
      this.child = null
      this.rejectPending('Hearth is shutting down.')
      this.o.onState({ state: 'stopped' })
    })
    return this.stopped
  }

  private onceGone: (() => void) | null = null

  private spawn(options: StartOptions) {
    const child = this.o.fork()
    this.child = child
    child.on('message', (m) => {
      if (this.child === child) this.onMessage(m)
    })
    child.on('exit', (code) => {
      if (this.child === child) this.onExit(code)
    })
    const startTimer = this.timer(() => {
      if (this.child === child && this.status === 'starting') {
        this.lastFatal = 'the engine took too long to start'
        child.kill()
      }
    }, this.o.startTimeoutMs)
    this.clearStartTimer = () => this.clear(startTimer)
    child.postMessage({ type: 'start', options })
  }

  private clearStartTimer = () => {}

  private onMessage(raw: unknown) {
    const parsed = FromHost.safeParse(raw)
    if (!parsed.success) return this.o.log(`dropped a malformed engine message: ${describeIssues(parsed.error)}`)
    const msg = parsed.data
    switch (msg.type) {
      case 'ready':
        return this.onReady()
      case 'event':
        return this.onEngineEvent(msg.event, msg.payload)
      case 'fatal':
        this.lastFatal = msg.error.message
        return this.o.log(`engine failed: ${msg.error.message}`)
      case 'closed':
        return this.onceGone?.()
      case 'response': {
        const p = this.pending.get(msg.id)
        if (!p) return
        this.pending.delete(msg.id)
        if ('error' in msg) return p.reject(new HearthError(msg.error.code as ErrorCodeValue, msg.error.message, msg.error.data))
        const checked = methods[p.method as keyof typeof methods].result.safeParse(msg.result)
        if (checked.success) return p.resolve(checked.data)
        this.o.log(`engine result for ${p.method} broke the contract: ${describeIssues(checked.error)}`)
        return p.reject(new HearthError(ErrorCode.Internal, `The engine returned a malformed result for ${p.method}; please report this.`))
      }
    }
  }

  private onReady() {
    if (this.status !== 'starting') return
    this.clearStartTimer()
    this.status = 'up'
    this.lastFatal = null
    this.stableTimer = this.timer(() => {
      this.failures = 0
    }, this.o.stableAfterMs)
    this.o.onState({ state: 'up' })
    for (const q of this.queue.splice(0)) {
      this.clear(q.timer)
      this.send(q.method, q.params, q.pending)
    }
  }

  private onEngineEvent(event: string, payload: unknown) {
    if (!isEventName(event)) return this.o.log(`dropped unknown engine event ${event.slice(0, 100)}`)
    const checked = events[event].safeParse(payload)
    if (!checked.success) return this.o.log(`dropped malformed ${event} event: ${describeIssues(checked.error)}`)
    this.o.onEvent(event, checked.data)
  }

  private onExit(code: number) {
    this.child = null
    this.clearStartTimer()
    if (this.stableTimer) this.clear(this.stableTimer)
    if (this.status === 'stopping' || this.status === 'stopped') return this.onceGone?.()
    const reason = this.lastFatal ?? `the engine stopped unexpectedly (exit code ${code})`
    this.lastFatal = null
    this.rejectPending(`The engine stopped while handling this request (${reason}); it is restarting. Try again in a moment.`)
    const delay = Math.min(this.o.maxDelayMs, this.o.initialDelayMs * 2 ** this.failures)
    this.failures++
    this.status = 'down'
    this.o.log(`${reason}; restarting in ${delay} ms`)
    this.o.onState({ state: 'down', reason, retryInMs: delay })
    this.timer(() => this.start(), delay)
  }

  private send(method: string, params: unknown, pending: Pending) {
    const id = this.nextId++
    this.pending.set(id, pending)
    try {
      this.child!.postMessage({ type: 'request', id, method, params })
    } catch (err) {
      this.pending.delete(id)
      pending.reject(new HearthError(ErrorCode.InvalidParams, `Could not send ${method} to the engine: ${String(err)}`))
    }
  }

  private rejectPending(message: string) {
    for (const p of this.pending.values()) p.reject(unavailable(message))
    this.pending.clear()
  }

  private failQueue(message: string) {
    for (const q of this.queue.splice(0)) {
      this.clear(q.timer)
      q.pending.reject(unavailable(message))
    }
  }

  private timer(fn: () => void, ms: number) {
    const t = setTimeout(() => {
      this.timers.delete(t)
      fn()
    }, ms)
    this.timers.add(t)
    return t
  }

  private clear(t: ReturnType<typeof setTimeout>) {
    clearTimeout(t)
    this.timers.delete(t)
  }

  private clearTimers() {
    for (const t of this.timers) clearTimeout(t)
    this.timers.clear()
  }
}
