import { FormattedMessage } from 'react-intl'
import type { Resource } from '../../../shared/api/index.ts'
import { useMaybeClient } from '../client/context.tsx'
import { useT } from '../i18n/useT.ts'
import { hostOf, httpsHref, smsHref, telHref } from '../safety/links.ts'
import { cleanText } from './PeerText.tsx'
import { VerifiedBadge } from './VerifiedBadge.tsx'

/** A support line: the room's own resources and the shipped directory share this shape. */
export interface HelpEntry extends Resource {
  source?: string
  checked?: string
  country?: string
  /** A room resource the moderators verified: the title they gave. */
  verified?: string
}

/** Inside the desktop app, links leave through the shell (its checks, the person's confirmation). */
export function useOpenOutside(): (href: string) => (e: React.MouseEvent) => void {
  const shell = useMaybeClient()?.shell
  return (href) => (e) => {
    if (shell) {
      e.preventDefault()
      void shell.openExternal(href)
    }
  }
}

/** One support line. Room resources come from moderators (peers): text only, links checked. */
export function HelpEntryView({ entry, autoFocus = false, label }: { entry: HelpEntry; autoFocus?: boolean; label?: string }) {
  const t = useT()
  const open = useOpenOutside()
  const tel = telHref(entry.phone)
  const sms = smsHref(entry.text)
  const web = httpsHref(entry.url)
  const src = httpsHref(entry.source)
  const name = cleanText(entry.name)
  const unsafe = entry.url && !web
  // the first way to reach this line takes the panel's first focus
  const first = tel ? 'tel' : sms ? 'sms' : web ? 'web' : null
  const focus = (which: string) => (autoFocus && first === which ? { 'data-autofocus': true } : {})
  return (
    <li className="help-entry">
      <h4>
        <bdi dir="auto">{name}</bdi>
      </h4>
      <VerifiedBadge title={entry.verified} />
      {label && <p className="small muted">{label}</p>}
      <div className="help-actions">
        {tel && (
          <a className="button primary" href={tel} onClick={open(tel)} {...focus('tel')}>
            {t('help.call', { number: entry.phone!.trim() })}
          </a>
        )}
        {entry.phone && !tel && <span>{cleanText(entry.phone)}</span>}
        {sms && (
          <a className="button" href={sms} onClick={open(sms)} {...focus('sms')}>
            <bdi dir="auto">{cleanText(entry.text!)}</bdi>
          </a>
        )}
        {entry.text && !sms && (
          <span className="help-text-instr">
            <bdi dir="auto">{cleanText(entry.text)}</bdi>
          </span>
        )}
        {web && (
          <a className="button" href={web} target="_blank" rel="noopener noreferrer" onClick={open(web)} {...focus('web')}>
            <FormattedMessage id="help.website" values={{ host: <bdi dir="ltr">{hostOf(web)}</bdi> }} />
          </a>
        )}
      </div>
      {entry.hours && <p className="small">{t('help.hours', { hours: cleanText(entry.hours) })}</p>}
      {entry.note && (
        <p className="small">
          <bdi dir="auto">{cleanText(entry.note)}</bdi>
        </p>
      )}
      {unsafe && <p className="small muted">{t('help.unsafeLink')}</p>}
      {src && (
        <p className="small muted">
          {t('help.source')}:{' '}
          <a href={src} target="_blank" rel="noopener noreferrer" onClick={open(src)}>
            <bdi dir="ltr">{hostOf(src)}</bdi>
          </a>
          {entry.checked && <> ({t('help.checked', { date: entry.checked })})</>}
        </p>
      )}
    </li>
  )
}
