import { useId, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { Result } from '../../../shared/api/index.ts'
import { useAction, useClient } from '../client/context.tsx'
import { keys } from '../data/keys.ts'
import { useRefreshRoom, useReports } from '../data/queries.ts'
import { useFormat, useT } from '../i18n/useT.ts'
import { PeerName, PeerText } from '../components/PeerText.tsx'
import { Status } from '../components/Status.tsx'
import type { TabProps } from './tab.ts'

type Report = Result<'listReports'>['reports'][number]

function ReportItem({ roomId, report: r }: { roomId: string; report: Report }) {
  const t = useT()
  const fmt = useFormat()
  const client = useClient()
  const refresh = useRefreshRoom(roomId)
  const msg = useQuery({
    queryKey: [...keys.room(roomId), 'message', r.messageId],
    queryFn: () => client.call('getMessage', { roomId, messageId: r.messageId })
  })
  const action = useAction()
  const id = useId()
  // sealed to the reporter alone: they read it under "Your reports"
  const [note, setNote] = useState('')
  const withNote = note.trim() ? { note: note.trim() } : {}
  const m = msg.data?.message
  const run = (fn: () => Promise<unknown>): void => {
    void action.run(async () => {
      await fn()
      await refresh()
      return true
    })
  }
  return (
    <li className={`mod-item report${r.resolved ? ' resolved' : ''}`} data-report-id={r.reportId}>
      <div className="grow">
        <p>
          <strong>{t('mod.reportReason')}:</strong> <bdi dir="auto">{r.reason}</bdi>
        </p>
        {m && (
          <>
            <p className="small muted">
              {t('mod.reportedMessage')} — <PeerName name={m.authorName} memberId={m.author} />
            </p>
            {m.text ? <PeerText text={m.text} className="quote" /> : <p className="msg-note">{m.deleted ? t('message.deleted') : t('message.hidden')}</p>}
          </>
        )}
        <p className="small muted">
          {fmt.dateTime(r.time)}
          {r.resolved && <span className="tag">{t(`mod.resolved.${r.resolved}`)}</span>}
        </p>
        {!r.resolved && (
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('mod.resolveNote')}</label>
            <input id={`${id}-note`} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
          </div>
        )}
        <Status error={msg.error ?? action.error} />
      </div>
      {!r.resolved && (
        <div className="row wrap">
          {m && !m.hidden && (
            <button
              type="button"
              className="button small"
              disabled={action.busy}
              onClick={() =>
                run(async () => {
                  await client.call('hideMessage', { roomId, messageId: r.messageId, reason: r.reason.slice(0, 500) })
                  await client.call('resolveReport', { roomId, reportId: r.reportId, outcome: 'actioned', ...withNote })
                })
              }
            >
              {t('mod.hideAndResolve')}
            </button>
          )}
          <button
            type="button"
            className="button small"
            disabled={action.busy}
            onClick={() => run(() => client.call('resolveReport', { roomId, reportId: r.reportId, outcome: 'dismissed', ...withNote }))}
          >
            {t('mod.dismiss')}
          </button>
        </div>
      )}
    </li>
  )
}

/** The sealed reports only moderators can read: act on them or dismiss them. */
export function ReportsTab({ roomId }: TabProps) {
  const t = useT()
  const reports = useReports(roomId)
  const list = reports.data?.reports ?? []
  const open = list.filter((r) => !r.resolved)
  const done = list.filter((r) => r.resolved)
  const unreadable = reports.data?.unreadable ?? 0
  return (
    <div>
      <Status loading={reports.isPending} error={reports.error} />
      {reports.data && open.length === 0 && <p>{t('mod.reportsEmpty')}</p>}
      {unreadable > 0 && <p className="notice small">{t('mod.reportsUnreadable', { count: unreadable })}</p>}
      <ul className="mod-list">
        {[...open, ...done].map((r) => (
          <ReportItem key={r.reportId} roomId={roomId} report={r} />
        ))}
      </ul>
    </div>
  )
}
