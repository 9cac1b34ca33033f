import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react'
import type { ReactNode } from 'react'
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
  const c = useMaybeClient()
  const [state, setState] = useState<ConnectionState>(c?.state ?? { status: 'closed' })
  useEffect(() => {
    if (!c) return
    setState(c.state)
    return c.onStatus(setState)
  }, [c])
  return state
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

/** Run an action, tracking busy state and the error (worded where it is shown: see <Status>). */
export function useAction(): { busy: boolean; error: unknown; run: <T>(fn: () => Promise<T>) => Promise<T | undefined>; clear: () => void } {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const run = useCallback(async <T,>(fn: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true)
    setError(null)
    try {
      return await fn()
    } catch (e) {
      setError(e ?? new Error('failed'))
      return undefined
    } finally {
      setBusy(false)
    }
  }, [])
  return { busy, error, run, clear: () => setError(null) }
}
