import { FormattedMessage } from 'react-intl'
import { useT } from '../i18n/useT.ts'
import { cleanName } from './PeerText.tsx'

/**
 * "Verified: {title}" beside a member's name or a room resource: the room's moderators checked
 * this is a professional. The title is a moderator's words (peer text), so it is cleaned and
 * isolated. Who checked it is a tooltip and, for screen readers, part of the badge's text; the
 * mark is text, never colour alone.
 */
export function VerifiedBadge({ title }: { title: string | undefined }) {
  const t = useT()
  const clean = cleanName(title)
  if (!clean) return null
  const hint = t('verified.hint')
  return (
    <span className="badge-verified" title={hint} data-verified="">
      <span aria-hidden="true">✓ </span>
      <FormattedMessage id="verified.badge" values={{ title: <bdi dir="auto">{clean}</bdi> }} />
      <span className="visually-hidden">{`. ${hint}`}</span>
    </span>
  )
}
