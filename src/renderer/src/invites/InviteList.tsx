import { useState } from 'react'
import type { Result } from '../../../shared/api/index.ts'
import { useFormat, useT } from '../i18n/useT.ts'
import { InviteLinks } from './InviteLinks.tsx'

type Invite = Result<'listInvites'>['invites'][number]

/** Why an invite no longer admits anyone, if it does not (the engine says whether it does). */
function ended(i: Invite): 'revoked' | 'expired' | 'usedUp' | null {
  if (i.usable) return null
  if (i.revoked) return 'revoked'
  return i.maxUses !== null && i.uses >= i.maxUses ? 'usedUp' : 'expired'
}

/** Invites made on this device, by label and when made, each to copy again or revoke. */
export function InviteList({ invites, onRevoke }: { invites: Invite[]; onRevoke: (inviteId: string) => void }) {
  const t = useT()
  const format = useFormat()
  const [open, setOpen] = useState<string | null>(null)
  const newestFirst = [...invites].sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0))
  return (
    <ul className="mod-list">
      {newestFirst.map((i) => {
        const end = ended(i)
        const made = i.createdAt ? format.dateTime(i.createdAt) : null
        return (
          <li key={i.inviteId} className="mod-item invite-item">
            <div>
              <p>
                <bdi dir="auto">{i.label ?? (made ? t('invite.unlabelled', { when: made }) : t('invite.unlabelledOld'))}</bdi>
              </p>
              <p className="small muted">
                {made && i.label ? `${t('invite.made', { when: made })} · ` : ''}
                {t('mod.uses', { count: i.uses })}
                {i.maxUses !== null ? ` ${t('invite.ofMax', { count: i.maxUses })}` : ''}
                {' · '}
                {i.expires === null ? t('invite.noExpiry') : t('invite.expires', { when: format.dateTime(i.expires) })}
                {end && <span className="tag warn">{t(`invite.ended.${end}`)}</span>}
              </p>
              {open === i.inviteId && <InviteLinks link={i.link} invite={i.invite} />}
            </div>
            {!end && (
              <div className="row">
                {i.invite && (
                  <button
                    type="button"
                    className="button small"
                    aria-expanded={open === i.inviteId}
                    onClick={() => setOpen(open === i.inviteId ? null : i.inviteId)}
                  >
                    {open === i.inviteId ? t('invite.hideLink') : t('invite.copyAgain')}
                  </button>
                )}
                <button type="button" className="button small" onClick={() => onRevoke(i.inviteId)}>
                  {t('mod.revoke')}
                </button>
              </div>
            )}
          </li>
        )
      })}
    </ul>
  )
}
