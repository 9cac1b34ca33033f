import { ErrorCode, HearthError } from '../../../shared/api/index.ts'
import type { EventName, EventPayload, MethodName, Params, Result } from '../../../shared/api/index.ts'
import { toHearthError as rpcError } from '../../../shared/rpc/client.ts'
import type { HearthBridge, EngineState } from '../../../preload/api.d.ts'
import type { ConnectionState, ShellHooks, StatusClient } from './status.ts'

export function getPreloadApi(): HearthBridge | null {
  const api = (globalThis as { hearth?: HearthBridge }).hearth
  return api && typeof api.call === 'function' && typeof api.on === 'function' ? api : null
}

/**
 * Errors crossing contextBridge arrive as plain {name, code, message, data} objects: rebuild a
 * HearthError the way the JSON-RPC client does (shared/rpc), after Electron's "Error invoking" prefix.
 */
export function toHearthError(err: unknown): Error {
  if (err instanceof HearthError) return err
  const e = err as { code?: unknown; message?: unknown } | null
  if (e && typeof e.code === 'number') {
    const message = typeof e.message === 'string' ? e.message.replace(/^Error invoking remote method '[^']*': (\w*Error: )?/, '') : ''
    return rpcError({ ...e, message })
  }
  return err instanceof Error ? err : new HearthError(ErrorCode.Internal, String(err))
}

export function toConnectionState(s: EngineState): ConnectionState {
  switch (s.state) {
    case 'up':
      return { status: 'open' }
    case 'starting':
      return { status: 'connecting' }
    case 'down':
      return s.retryInMs === null ? { status: 'closed' } : { status: 'reconnecting', retryIn: s.retryInMs }
    default:
      return { status: 'closed' }
  }
}

/** HearthClient inside Electron: everything goes through the preload's `window.hearth`. */
export class PreloadClient implements StatusClient {
  state: ConnectionState = { status: 'connecting' }
  readonly shell: ShellHooks
  private listeners = new Set<(s: ConnectionState) => void>()

  constructor(private readonly api: HearthBridge) {
    if (typeof api.onEngineState === 'function') {
      api.onEngineState((s) => {
        this.state = toConnectionState(s)
        for (const fn of this.listeners) fn(this.state)
      })
    } else {
      this.state = { status: 'open' }
    }
    const noop = () => () => {}
    this.shell = {
      onDeepLink: (fn) =>
        typeof api.onDeepLink === 'function'
          ? api.onDeepLink((link) => {
              if (link.kind === 'join') fn(link.invite)
            })
          : noop(),
      onGetHelp: (fn) => (typeof api.onGetHelp === 'function' ? api.onGetHelp(fn) : noop()),
      onOpenRoom: (fn) => (typeof api.onOpenRoom === 'function' ? api.onOpenRoom(fn) : noop()),
      openExternal: async (url) => (typeof api.openExternal === 'function' ? await api.openExternal(url) : { opened: false, reason: 'unavailable' })
    }
  }

  call<M extends MethodName>(method: M, params: Params<M>): Promise<Result<M>> {
    return this.callRaw(method, params) as Promise<Result<M>>
  }

  async callRaw(method: string, params: unknown): Promise<unknown> {
    try {
      return await (this.api.call as (m: string, p: unknown) => Promise<unknown>)(method, params)
    } catch (err) {
      throw toHearthError(err)
    }
  }

  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    return this.api.on(event, listener)
  }

  onStatus(fn: (s: ConnectionState) => void): () => void {
    this.listeners.add(fn)
    return () => {
      this.listeners.delete(fn)
    }
  }
}
