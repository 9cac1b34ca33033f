import { en } from '../strings/en.ts'
import type { ModMethod } from '../client/moderation.ts'

export interface TabProps {
  roomId: string
  isOwner: boolean
}

/** Shown in place of a tool whose engine method is not in this build's contract yet. */
export function Unsupported({ method }: { method: ModMethod }) {
  return (
    <p className="notice">
      {en.errors.notSupported} <span className="muted small">({method})</span>
    </p>
  )
}

export function Status({ error, loading, ok }: { error?: string | null; loading?: boolean; ok?: string | null }) {
  return (
    <>
      {loading && <p>{en.loading}</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {ok && (
        <p role="status" className="ok">
          {ok}
        </p>
      )}
    </>
  )
}

export const fmtTime = (t: number | null): string => (t === null ? '' : en.message.time(new Date(t)))
