import { en } from '../strings/en.ts'
import { useAction, useClient, useEvent, useLoad } from '../client/context.tsx'
import { hideMessage, listReports, resolveReport, supported } from '../client/moderation.ts'
import type { Report } from '../client/moderation.ts'
import { PeerName, PeerText } from '../components/PeerText.tsx'
import { Status, Unsupported, fmtTime } from './common.tsx'
import type { TabProps } from './common.tsx'

function ReportItem({ roomId, report: r, onDone }: { roomId: string; report: Report; onDone: () => void }) {
  const client = useClient()
  const msg = useLoad(() => client.call('getMessage', { roomId, messageId: r.messageId }), [client, roomId, r.messageId])
  const action = useAction()
  const m = msg.value?.message
  const run = (fn: () => Promise<unknown>): void => {
    void action.run(async () => {
      await fn()
      onDone()
      return true
    })
  }
  return (
    <li className={`mod-item report${r.resolved ? ' resolved' : ''}`} data-report-id={r.reportId}>
      <div className="grow">
        <p>
          <strong>{en.mod.reportReason}:</strong> <bdi dir="auto">{r.reason}</bdi>
        </p>
        {m && (
          <>
            <p className="small muted">
              {en.mod.reportedMessage} — <PeerName name={m.authorName} memberId={m.author} />
            </p>
            {m.text ? <PeerText text={m.text} className="quote" /> : <p className="msg-note">{m.deleted ? en.message.deleted : en.message.hidden}</p>}
          </>
        )}
        <p className="small muted">
          {fmtTime(r.time)}
          {r.resolved && <span className="tag">{en.mod.resolved[r.resolved]}</span>}
        </p>
        <Status error={msg.error ?? action.error} />
      </div>
      {!r.resolved && (
        <div className="row wrap">
          {supported('hideMessage') && m && !m.hidden && (
            <button
              type="button"
              className="button small danger"
              disabled={action.busy}
              onClick={() =>
                run(async () => {
                  await hideMessage(client, roomId, r.messageId, r.reason.slice(0, 500))
                  await resolveReport(client, roomId, r.reportId, 'actioned')
                })
              }
            >
              {en.mod.hideAndResolve}
            </button>
          )}
          <button
            type="button"
            className="button small"
            disabled={action.busy}
            onClick={() => run(() => resolveReport(client, roomId, r.reportId, 'dismissed'))}
          >
            {en.mod.dismiss}
          </button>
        </div>
      )}
    </li>
  )
}

/** The sealed reports only moderators can read: act on them or dismiss them. */
export function ReportsTab({ roomId }: TabProps) {
  const client = useClient()
  const ok = supported('listReports')
  const reports = useLoad(async () => (ok ? await listReports(client, roomId) : []), [client, roomId, ok])
  useEvent('room.changed', (p) => {
    if (p.roomId === roomId) reports.reload()
  })
  if (!ok) return <Unsupported method="listReports" />
  const list = reports.value ?? []
  const open = list.filter((r) => !r.resolved)
  const done = list.filter((r) => r.resolved)
  return (
    <div>
      <Status loading={reports.loading && !reports.value} error={reports.error} />
      {reports.value && open.length === 0 && <p>{en.mod.reportsEmpty}</p>}
      <ul className="mod-list">
        {[...open, ...done].map((r) => (
          <ReportItem key={r.reportId} roomId={roomId} report={r} onDone={reports.reload} />
        ))}
      </ul>
    </div>
  )
}
