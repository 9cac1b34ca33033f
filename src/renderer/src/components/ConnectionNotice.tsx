import { useConnection, useMaybeClient } from '../client/context.tsx'
import { useT } from '../i18n/useT.ts'

/**
 * When the engine is lost: a full-width notice that wraps (never cut off) and says plainly what
 * still works. Presence is cleared meanwhile (usePresence), so nobody looks online who may not be.
 */
export function ConnectionNotice() {
  const t = useT()
  const client = useMaybeClient()
  const c = useConnection()
  if (!client || c.status === 'open') return null
  const head =
    c.status === 'reconnecting'
      ? t('connection.reconnecting', { seconds: Math.ceil(c.retryIn / 1000) })
      : c.status === 'connecting'
        ? t('connection.connecting')
        : t('connection.closed')
  return (
    <div className="connection-notice" role="status">
      <strong>{head}</strong> {c.status !== 'connecting' && <span>{t('connection.lostDetail')}</span>}
    </div>
  )
}
