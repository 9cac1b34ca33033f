import { useMyKnocks } from '../data/queries.ts'
import { useFormat, useT } from '../i18n/useT.ts'
import type { Route } from '../hooks/useRoute.ts'
import { cleanName } from '../components/PeerText.tsx'

/**
 * The person's knocks on this device and what became of them: waiting, let in (with the way into
 * the room once it is here), or declined, in kind words. Shows nothing when there are none.
 */
export function MyKnocks({ go }: { go: (r: Route) => void }) {
  const t = useT()
  const fmt = useFormat()
  const requests = useMyKnocks().data?.requests ?? []
  if (requests.length === 0) return null
  return (
    <section className="my-knocks" aria-labelledby="my-knocks-title">
      <h2 id="my-knocks-title">{t('knock.mine')}</h2>
      <ul className="mod-list">
        {requests.map((r) => {
          const name = cleanName(r.name) ?? t('app.name')
          return (
            <li key={r.requestId} className="mod-item" data-knock-state={r.state}>
              <div className="grow">
                <p>
                  <strong>
                    <bdi dir="auto">{name}</bdi>
                  </strong>
                  <span className={r.state === 'approved' ? 'tag ok' : 'tag'}>{t(`knock.state.${r.state}`)}</span>
                </p>
                {r.state === 'approved' && !r.roomId && <p className="small">{t('knock.arriving')}</p>}
                {r.state === 'declined' && <p className="small">{t('knock.declined')}</p>}
                <p className="small muted">{fmt.dateTime(r.time)}</p>
              </div>
              {r.state === 'approved' && r.roomId && (
                <button type="button" className="button small primary" onClick={() => go({ name: 'room', roomId: r.roomId! })}>
                  {t('knock.openRoom', { name })}
                </button>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
