/**
 * Runs the engine (src/p2p/host.ts) in an Electron utilityProcess and keeps it running: a crash
 * rejects the calls in flight, tells the UI the engine is down, and restarts it with exponential
 * backoff. On quit the engine is stopped first (it flushes its stores), with a kill as last resort.
 * Electron is injected (fork) so this runs under test with fake processes and fake timers.
 */
import { ErrorCode, HearthError, fail } from '../shared/api/errors.ts'
import { HostStatus, describeIssues, type HostControl, type StartOptions } from '../shared/ipc-protocol.ts'
import type { EngineState } from '../shared/ipc-channels.ts'
import { RpcClient, clientError } from '../shared/rpc/client.ts'
import { isRpcMessage, type RpcRequest } from '../shared/rpc/messages.ts'

/** The part of Electron's UtilityProcess we use. */
export interface ChildLike {
  postMessage(message: HostControl | RpcRequest): void
  kill(): boolean
  on(event: 'message', listener: (message: unknown) => void): unknown
  on(event: 'exit', listener: (code: number) => void): unknown
}

export interface SupervisorOptions {
  fork: () => ChildLike
  /** Resolved before every (re)start: may wait for the user to unlock the master key. */
  startOptions: () => Promise<StartOptions>
  onState: (state: EngineState) => void
  /** Contract events, each already checked against its schema. */
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

/** Hearth has no master key (the person has not unlocked it): calls fail at once. */
const lockedError = (why: string) => new HearthError(ErrorCode.Unavailable, `Hearth is locked: ${why}`, { reason: 'client.locked' })

export class EngineSupervisor {
  private child: ChildLike | null = null
  private status: 'idle' | 'starting' | 'up' | 'down' | 'stopping' | 'stopped' = 'idle'
  private failures = 0
  private lastFatal: string | null = null
  /** Why the engine cannot start (no master key); calls fail at once instead of queueing. */
  private locked: string | null = null
  /** JSON-RPC over the child's port: correlation, contract checks of results and events. */
  private readonly rpc: RpcClient
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
    // No reply timeout: a join may wait long for a peer, and a crash fails the call anyway.
    this.rpc = new RpcClient({ queueTimeoutMs: this.o.queueTimeoutMs, replyTimeoutMs: Infinity, results: 'strict', log: this.o.log })
    this.rpc.onEvent((event, payload) => this.o.onEvent(event, payload))
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
        this.rpc.failWaiting(lockedError(this.locked))
      }
    )
  }

  /**
   * Call a method on the engine; resolves with the result checked against the contract. Method
   * and params are the engine's to validate (its dispatch does, for every transport).
   */
  call(method: string, params: unknown): Promise<unknown> {
    if (this.status === 'stopping' || this.status === 'stopped') return Promise.reject(fail('shutting_down'))
    if (this.locked !== null) return Promise.reject(lockedError(this.locked))
    return this.rpc.callRaw(method, params)
  }

  /** Ordered shutdown: ask the engine to close, wait for it, kill it if it hangs. */
  stop(): Promise<void> {
    if (this.stopped) return this.stopped
    const child = this.child
    this.status = 'stopping'
    this.clearTimers()
    this.rpc.failWaiting(fail('shutting_down'))
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
      this.rpc.close(fail('shutting_down'))
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
    if (isRpcMessage(raw)) return this.rpc.receive(raw)
    const parsed = HostStatus.safeParse(raw)
    if (!parsed.success) return this.o.log(`dropped a malformed engine message: ${describeIssues(parsed.error)}`)
    const msg = parsed.data
    switch (msg.type) {
      case 'ready':
        return this.onReady()
      case 'fatal':
        this.lastFatal = msg.error.message
        return this.o.log(`engine failed: ${msg.error.message}`)
      case 'closed':
        return this.onceGone?.()
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
    const child = this.child!
    this.rpc.attach((message) => child.postMessage(message))
  }

  private onExit(code: number) {
    this.child = null
    this.clearStartTimer()
    if (this.stableTimer) this.clear(this.stableTimer)
    if (this.status === 'stopping' || this.status === 'stopped') return this.onceGone?.()
    const reason = this.lastFatal ?? `the engine stopped unexpectedly (exit code ${code})`
    this.lastFatal = null
    this.rpc.detach(clientError('connection_lost'))
    const delay = Math.min(this.o.maxDelayMs, this.o.initialDelayMs * 2 ** this.failures)
    this.failures++
    this.status = 'down'
    this.o.log(`${reason}; restarting in ${delay} ms`)
    this.o.onState({ state: 'down', reason, retryInMs: delay })
    this.timer(() => this.start(), delay)
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
