import { CopyField } from '../components/CopyField.tsx'
import { useT } from '../i18n/useT.ts'

/**
 * The short link to pass on, and the full invite behind it: the short one is found through the
 * network while the inviter's device comes online every couple of days; the full one always works.
 */
export function InviteLinks({ link, invite }: { link: string | null; invite: string | null }) {
  const t = useT()
  if (!link) return invite ? <CopyField label={t('invite.full')} value={invite} /> : null
  return (
    <>
      <CopyField label={t('invite.link')} value={link} />
      {invite && (
        <details className="invite-full">
          <summary>{t('invite.fullSummary')}</summary>
          <p className="small muted">{t('invite.fullHint')}</p>
          <CopyField label={t('invite.full')} value={invite} />
        </details>
      )}
    </>
  )
}
