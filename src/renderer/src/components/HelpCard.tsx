import { useT } from '../i18n/useT.ts'
import { directoryFor, type DistressLevel } from '../safety/index.ts'
import { telHref } from '../safety/links.ts'
import { useSettings } from '../state/settings.tsx'
import { useOpenOutside } from './HelpEntry.tsx'

/**
 * The gentle nudge the on-device distress check shows above the composer. It never blocks
 * sending and nothing about it leaves the device. Its words follow the grade: for 'urgent' it
 * leads with the emergency number and a crisis line for the person's region; when the draft is
 * about someone else (`about: 'other'`) it speaks about helping them.
 */
export function HelpCard({
  level,
  about = 'self',
  onOpenHelp,
  onDismiss
}: {
  level: DistressLevel
  about?: 'self' | 'other'
  onOpenHelp: () => void
  onDismiss: () => void
}) {
  const t = useT()
  const open = useOpenOutside()
  const { settings } = useSettings()
  if (level === 'none') return null
  const other = about === 'other'
  const urgent = level === 'urgent'
  const local = directoryFor(settings.region)
  const line = local.entries.find((e) => e.country !== 'INTL' && telHref(e.phone))
  const emergency = local.emergency ? telHref(local.emergency.emergency) : null
  const lineHref = line ? telHref(line.phone) : null
  return (
    <section
      className={urgent ? 'help-card help-card-urgent' : 'help-card'}
      aria-labelledby="help-card-title"
      role="region"
      data-grade={level}
      data-about={about}
    >
      <h2 id="help-card-title" className="help-card-title">
        {t(other ? 'helpCard.otherTitle' : 'helpCard.title')}
      </h2>
      {urgent && (
        <div className="help-card-now">
          <p>
            <strong>{t(other ? 'helpCard.otherUrgent' : 'helpCard.urgent')}</strong>
          </p>
          <div className="help-actions">
            {emergency ? (
              <a className="button" href={emergency} onClick={open(emergency)}>
                {t('helpCard.callEmergency', { number: local.emergency!.emergency })}
              </a>
            ) : (
              <span>{t('helpCard.noEmergency')}</span>
            )}
            {line && lineHref && (
              <a className="button primary" href={lineHref} onClick={open(lineHref)}>
                {t('helpCard.callLine', { name: line.name, number: line.phone })}
              </a>
            )}
          </div>
          {!line && <p className="small">{t('helpCard.noLine')}</p>}
        </div>
      )}
      <p>{t(other ? 'helpCard.otherBody' : 'helpCard.body')}</p>
      <div className="row">
        <button type="button" className="button primary" onClick={onOpenHelp}>
          {t(other ? 'helpCard.openOther' : 'helpCard.open')}
        </button>
        <button type="button" className="button" onClick={onDismiss}>
          {t('helpCard.dismiss')}
        </button>
      </div>
    </section>
  )
}
