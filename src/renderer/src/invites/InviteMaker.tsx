import { useId, useState } from 'react'
import { useAction, useClient } from '../client/context.tsx'
import { useRefreshRoom } from '../data/queries.ts'
import { useFormat, useT } from '../i18n/useT.ts'
import { InviteLinks } from './InviteLinks.tsx'
import { Status } from '../components/Status.tsx'

/** How long an invite works, in days (0: until revoked); 7 is the engine's default too. */
const EXPIRY_DAYS = [1, 7, 30, 0] as const
/** How many people may join with it (0: no limit). */
const USES = [1, 5, 25, 0] as const

/**
 * Makes an invite: who it is for (a label only this device sees), how long it works and how many
 * people may use it. The link it makes stays in the moderator console to copy again.
 */
export function InviteMaker({ roomId, onMade }: { roomId: string; onMade?: () => void }) {
  const t = useT()
  const format = useFormat()
  const client = useClient()
  const refresh = useRefreshRoom(roomId)
  const action = useAction()
  const ids = { label: useId(), days: useId(), uses: useId() }
  const [label, setLabel] = useState('')
  const [days, setDays] = useState<number>(7)
  const [uses, setUses] = useState<number>(0)
  const [made, setMade] = useState<{ link: string; invite: string; expires: number | null; maxUses: number | null } | null>(null)

  async function create(e: React.FormEvent): Promise<void> {
    e.preventDefault()
    const r = await action.run(() =>
      client.call('createInvite', { roomId, expiresInDays: days, ...(label.trim() ? { label: label.trim() } : {}), ...(uses > 0 ? { maxUses: uses } : {}) })
    )
    if (!r) return
    setMade({ link: r.link, invite: r.invite, expires: r.expires, maxUses: r.maxUses })
    setLabel('')
    void refresh()
    onMade?.()
  }

  return (
    <div className="invite-maker">
      <form onSubmit={create} className="invite-form">
        <div className="field">
          <label htmlFor={ids.label}>{t('invite.label')}</label>
          <input id={ids.label} value={label} maxLength={60} onChange={(e) => setLabel(e.target.value)} aria-describedby={`${ids.label}-hint`} />
          <p id={`${ids.label}-hint`} className="small muted">
            {t('invite.labelHint')}
          </p>
        </div>
        <div className="row wrap">
          <div className="field">
            <label htmlFor={ids.days}>{t('invite.expiry')}</label>
            <select id={ids.days} value={days} onChange={(e) => setDays(Number(e.target.value))}>
              {EXPIRY_DAYS.map((d) => (
                <option key={d} value={d}>
                  {t('invite.expiryDays', { days: d })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.uses}>{t('invite.uses')}</label>
            <select id={ids.uses} value={uses} onChange={(e) => setUses(Number(e.target.value))}>
              {USES.map((n) => (
                <option key={n} value={n}>
                  {t('invite.usesCount', { count: n })}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="row">
          <button type="submit" className="button primary" disabled={action.busy}>
            {t('invite.create')}
          </button>
        </div>
      </form>
      <Status loading={false} error={action.error} />
      {made && (
        <div className="invite-made">
          <InviteLinks link={made.link} invite={made.invite} />
          <p className="small muted">
            {made.expires ? t('invite.worksUntil', { when: format.dateTime(made.expires) }) : t('invite.worksUntilRevoked')}{' '}
            {made.maxUses ? t('invite.forPeople', { count: made.maxUses }) : ''}
          </p>
          <p className="small">{t('invite.shareSafely')}</p>
        </div>
      )}
    </div>
  )
}
