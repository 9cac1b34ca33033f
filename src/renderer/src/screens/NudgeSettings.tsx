import { useId, useState } from 'react'
import { useT } from '../i18n/useT.ts'
import { isNudgeMinutes, useSettings } from '../state/settings.tsx'

/** The unanswered nudge: members opt in (off by default); everyone chooses how long it waits. */
export function NudgeSettings() {
  const t = useT()
  const id = useId()
  const { settings, update } = useSettings()
  // the field keeps what is typed; the setting takes it once it is a whole number of minutes in range
  const [minutes, setMinutes] = useState(String(settings.nudgeMinutes))
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('nudge.settingsTitle')}</h2>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.nudgeUnanswered}
          onChange={(e) => update({ nudgeUnanswered: e.target.checked })}
          aria-describedby={`${id}-hint`}
        />{' '}
        {t('nudge.optIn')}
      </label>
      <p id={`${id}-hint`} className="hint">
        {t('nudge.optInHint')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-minutes`}>{t('nudge.minutes')}</label>
        <input
          id={`${id}-minutes`}
          type="number"
          min={1}
          max={1440}
          value={minutes}
          aria-invalid={!isNudgeMinutes(Number(minutes))}
          onChange={(e) => {
            setMinutes(e.target.value)
            const n = Number(e.target.value)
            if (isNudgeMinutes(n)) update({ nudgeMinutes: n })
          }}
        />
      </div>
    </section>
  )
}
