import { useIntl } from 'react-intl'
import type { Result } from '../../../shared/api/index.ts'
import { useT } from '../i18n/useT.ts'
import { PeerText, cleanName } from '../components/PeerText.tsx'

export type Listing = Result<'searchDirectory'>['rooms'][number]

/** "pt-BR" → "Brazilian Portuguese" in the person's language; the tag itself if the browser cannot name it. */
export function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag
  } catch {
    return tag
  }
}

/** One listed room as its owner describes it (their words, shown as text), how one gets in, and "Ask to join". */
export function ListingCard({ listing: l, asked, onKnock }: { listing: Listing; asked: boolean; onKnock: () => void }) {
  const t = useT()
  const intl = useIntl()
  const list = (items: string[]) => intl.formatList(items, { type: 'conjunction' })
  const titleId = `listing-${l.listingId}`
  return (
    <li className="listing-card" data-listing-id={l.listingId} aria-labelledby={titleId}>
      <h2 id={titleId} className="listing-title">
        <bdi dir="auto">{cleanName(l.name) ?? t('app.name')}</bdi>
      </h2>
      <PeerText text={l.description} className="listing-description" />
      <ul className="listing-topics" aria-label={t('directory.topics')}>
        {l.topics.map((topic) => (
          <li key={topic} className="tag">
            <bdi dir="auto">{topic}</bdi>
          </li>
        ))}
      </ul>
      <p className="small">
        {t('directory.languages', { list: list(l.languages.map((tag) => languageName(tag, intl.locale))) })}
        {l.timeZones.length > 0 && (
          <>
            {' · '}
            {t('directory.zones', { list: list(l.timeZones.map((z) => z.replace(/_/g, ' '))) })}
          </>
        )}
      </p>
      <p className="small muted">
        <span className={`dot ${l.onDuty ? 'on' : ''}`} aria-hidden="true" /> {l.onDuty ? t('directory.onDuty') : t('directory.offDuty')}
        {' · '}
        {t('directory.members', { band: l.members.replace('-', '–') })}
        {' · '}
        {l.requireKnock ? t('directory.knock') : t('directory.open')}
      </p>
      <div className="row end">
        {asked ? (
          <span className="tag">{t('knock.asked')}</span>
        ) : (
          <button type="button" className="button primary" onClick={onKnock} aria-label={t('knock.askNamed', { name: cleanName(l.name) ?? t('app.name') })}>
            {t('knock.ask')}
          </button>
        )}
      </div>
    </li>
  )
}
