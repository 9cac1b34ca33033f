import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import { ErrorCode, HearthError } from '../../../shared/api/index.ts'
import type { EventName, EventPayload } from '../../../shared/api/index.ts'
import { en } from '../strings/en.ts'
import type { ConnectionState, StatusClient } from './status.ts'

const ClientContext = createContext<StatusClient | null>(null)

export function ClientProvider({ client, children }: { client: StatusClient; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>
}

export function useClient(): StatusClient {
  const c = useContext(ClientContext)
  if (!c) throw new Error('useClient outside ClientProvider')
  return c
}

/** The client, or null when no engine could be found (help must still work then). */
export function useMaybeClient(): StatusClient | null {
  return useContext(ClientContext)
}

export function useConnection(): ConnectionState {
  const c = useClient()
  const [state, setState] = useState(c.state)
  useEffect(() => {
    setState(c.state)
    return c.onStatus(setState)
  }, [c])
  return state
}

/** Subscribe to an engine event for the life of the component. */
export function useEvent<E extends EventName>(event: E, listener: (p: EventPayload<E>) => void): void {
  const c = useClient()
  const ref = useRef(listener)
  ref.current = listener
  useEffect(() => c.on(event, (p) => ref.current(p)), [c, event])
}

/** Run `fn` when the connection to the engine comes back after a drop (events may have been missed). */
export function useReconnect(fn: () => void): void {
  const c = useClient()
  const ref = useRef(fn)
  ref.current = fn
  useEffect(() => {
    let wasDown = c.state.status !== 'open'
    return c.onStatus((s) => {
      if (s.status !== 'open') {
        wasDown = true
        return
      }
      if (wasDown) {
        wasDown = false
        ref.current()
      }
    })
  }, [c])
}

/** A person-readable message for an error from the engine. */
export function errorText(err: unknown): string {
  if (err instanceof HearthError) {
    if (err.code === ErrorCode.MethodNotFound) return en.errors.notSupported
    if (err.message) return err.message
  }
  if (err instanceof Error && err.message) return err.message
  return en.errors.generic
}

/**
 * Load something from the engine and reload it when `deps` change or an event asks (`reload`).
 * Keeps the last good value while reloading; `error` is a person-readable message.
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): { value: T | undefined; error: string | null; loading: boolean; reload: () => void } {
  const [value, setValue] = useState<T | undefined>(undefined)
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  const [tick, setTick] = useState(0)
  const loadRef = useRef(load)
  loadRef.current = load
  useEffect(() => {
    let live = true
    setLoading(true)
    loadRef.current().then(
      (v) => {
        if (live) {
          setValue(v)
          setError(null)
          setLoading(false)
        }
      },
      (e) => {
        if (live) {
          setError(errorText(e))
          setLoading(false)
        }
      }
    )
    return () => {
      live = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick])
  const reload = useCallback(() => setTick((t) => t + 1), [])
  return { value, error, loading, reload }
}

/** Run an action, tracking busy state and a person-readable error. */
export function useAction(): { busy: boolean; error: string | null; run: <T>(fn: () => Promise<T>) => Promise<T | undefined>; clear: () => void } {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = useCallback(async <T,>(fn: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true)
    setError(null)
    try {
      return await fn()
    } catch (e) {
      setError(errorText(e))
      return undefined
    } finally {
      setBusy(false)
    }
  }, [])
  return { busy, error, run, clear: () => setError(null) }
}

export { HearthError }
