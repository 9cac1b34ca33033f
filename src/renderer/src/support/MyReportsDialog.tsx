import { useMyReports } from '../data/queries.ts'
import { useFormat, useT } from '../i18n/useT.ts'
import { Dialog } from '../components/Dialog.tsx'
import { PeerNote } from '../components/PeerNote.tsx'
import { Status } from '../components/Status.tsx'

/** The reports this person filed in the room: received, then resolved, with the moderator's note to them. */
export function MyReportsDialog({ roomId, onClose }: { roomId: string; onClose: () => void }) {
  const t = useT()
  const fmt = useFormat()
  const reports = useMyReports(roomId)
  const list = [...(reports.data?.reports ?? [])].reverse()
  return (
    <Dialog title={t('myReports.title')} onClose={onClose} className="wide">
      <p className="small muted">{t('myReports.intro')}</p>
      <Status loading={reports.isPending} error={reports.error} />
      {reports.data && list.length === 0 && <p>{t('myReports.empty')}</p>}
      <ul className="mod-list my-reports">
        {list.map((r) => (
          <li key={r.reportId} className="mod-item" data-report-id={r.reportId}>
            <div className="grow">
              <p>
                <bdi dir="auto">{r.reason}</bdi>
              </p>
              <p className="small muted">
                {t('myReports.sent', { time: fmt.dateTime(r.time) })}
                <span className={r.status === 'resolved' ? 'tag ok' : 'tag'}>
                  {r.status === 'resolved' && r.outcome ? t(`myReports.resolved.${r.outcome}`) : t('myReports.received')}
                </span>
              </p>
              <PeerNote note={r.note} label={t('myReports.note')} />
            </div>
          </li>
        ))}
      </ul>
      <div className="row end">
        <button type="button" className="button primary" onClick={onClose} data-autofocus>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  )
}
