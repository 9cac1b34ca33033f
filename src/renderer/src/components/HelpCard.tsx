import { useT } from '../i18n/useT.ts'
import type { DistressLevel } from '../safety/index.ts'

/**
 * The gentle nudge the on-device distress check shows above the composer. It never blocks
 * sending and nothing about it leaves the device.
 */
export function HelpCard({ level, onOpenHelp, onDismiss }: { level: DistressLevel; onOpenHelp: () => void; onDismiss: () => void }) {
  const t = useT()
  if (level === 'none') return null
  return (
    <section className="help-card" aria-labelledby="help-card-title" role="region">
      <h2 id="help-card-title" className="help-card-title">
        {t('helpCard.title')}
      </h2>
      <p>{t('helpCard.body')}</p>
      {level === 'urgent' && (
        <p>
          <strong>{t('helpCard.urgent')}</strong>
        </p>
      )}
      <div className="row">
        <button type="button" className="button primary" onClick={onOpenHelp}>
          {t('helpCard.open')}
        </button>
        <button type="button" className="button" onClick={onDismiss}>
          {t('helpCard.dismiss')}
        </button>
      </div>
    </section>
  )
}
