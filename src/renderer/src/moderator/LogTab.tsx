import { useMemo } from 'react'
import { useMembers, useModerators, useModLog } from '../data/queries.ts'
import { useFormat, useT } from '../i18n/useT.ts'
import { Status } from '../components/Status.tsx'
import { cleanText } from '../components/PeerText.tsx'
import { whatHappened, whoDid } from './logWords.ts'
import type { TabProps } from './tab.ts'

/**
 * The moderation log every member can read: newest first, in plain words with display names and
 * fingerprints. A list, not a table, so it wraps at any width (no sideways scrolling).
 */
export function ModerationLogView({ roomId }: { roomId: string }) {
  const t = useT()
  const fmt = useFormat()
  const log = useModLog(roomId)
  const members = useMembers(roomId).data?.members
  const owner = useModerators(roomId).data?.owner ?? null
  const ctx = useMemo(() => ({ owner, names: new Map((members ?? []).map((m) => [m.memberId, m.displayName])) }), [owner, members])
  const list = log.data?.entries ?? []
  return (
    <div>
      <Status loading={log.isPending} error={log.error} />
      {log.data && list.length === 0 && <p>{t('log.empty')}</p>}
      {list.length > 0 && (
        <ol className="log-list">
          {[...list].reverse().map((e, i) => {
            const what = whatHappened(t, e, ctx)
            return (
              <li key={`${e.time}-${i}`} className="log-entry">
                <p>
                  <strong>{whoDid(t, e, ctx)}</strong> · <bdi dir="auto">{what.text}</bdi>
                </p>
                {what.reason && (
                  <p className="small">
                    {t('log.reason')}: <bdi dir="auto">{cleanText(what.reason)}</bdi>
                  </p>
                )}
                <p className="small muted">
                  <time dateTime={new Date(e.time).toISOString()}>{fmt.dateTime(e.time)}</time>
                </p>
              </li>
            )
          })}
        </ol>
      )}
    </div>
  )
}

export function LogTab({ roomId }: TabProps) {
  return <ModerationLogView roomId={roomId} />
}
