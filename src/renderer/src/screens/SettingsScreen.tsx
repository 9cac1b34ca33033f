import { useId } from 'react'
import { en } from '../strings/en.ts'
import { useSettings } from '../state/settings.tsx'
import type { TextSize, Theme } from '../state/settings.tsx'
import { RegionSelect } from '../components/RegionSelect.tsx'
import { useMaybeClient } from '../client/context.tsx'

function Radios<T extends string>({
  legend,
  name,
  value,
  options,
  onChange
}: {
  legend: string
  name: string
  value: T
  options: Record<T, string>
  onChange: (v: T) => void
}) {
  return (
    <fieldset className="field radios">
      <legend>{legend}</legend>
      {(Object.keys(options) as T[]).map((k) => (
        <label key={k} className="check">
          <input type="radio" name={name} value={k} checked={value === k} onChange={() => onChange(k)} /> {options[k]}
        </label>
      ))}
    </fieldset>
  )
}

/** Theme, text size, motion, notifications, region, and what Hearth keeps private. */
export function SettingsScreen() {
  const { settings, update } = useSettings()
  const id = useId()
  const desktop = Boolean(useMaybeClient()?.shell)
  async function setNotifications(on: boolean): Promise<void> {
    if (on && typeof Notification !== 'undefined' && Notification.permission === 'default') {
      try {
        await Notification.requestPermission()
      } catch {
        /* keep the setting; the OS may still refuse */
      }
    }
    update({ notifications: on })
  }
  return (
    <div className="settings-screen narrow">
      <h1>{en.settings.title}</h1>
      <section className="card" aria-labelledby={`${id}-app`}>
        <h2 id={`${id}-app`}>{en.settings.appearance}</h2>
        <Radios<Theme>
          legend={en.settings.theme}
          name={`${id}-theme`}
          value={settings.theme}
          options={en.settings.themes}
          onChange={(v) => update({ theme: v })}
        />
        <Radios<TextSize>
          legend={en.settings.textSize}
          name={`${id}-size`}
          value={settings.textSize}
          options={en.settings.textSizes}
          onChange={(v) => update({ textSize: v })}
        />
        <fieldset className="field">
          <legend>{en.settings.motion}</legend>
          <label className="check">
            <input type="checkbox" checked={settings.reduceMotion} onChange={(e) => update({ reduceMotion: e.target.checked })} /> {en.settings.reduceMotion}
          </label>
        </fieldset>
      </section>
      <section className="card" aria-labelledby={`${id}-notif`}>
        <h2 id={`${id}-notif`}>{en.settings.notifications}</h2>
        {desktop ? (
          <p>{en.settings.notifyDesktop}</p>
        ) : (
          <label className="check">
            <input
              type="checkbox"
              checked={settings.notifications}
              onChange={(e) => {
                void setNotifications(e.target.checked)
              }}
              aria-describedby={`${id}-nn`}
            />{' '}
            {en.settings.notify}
          </label>
        )}
        <p id={`${id}-nn`} className="hint">
          {en.settings.notificationNote}
        </p>
      </section>
      <section className="card" aria-labelledby={`${id}-help`}>
        <h2 id={`${id}-help`}>{en.nav.getHelp}</h2>
        <RegionSelect value={settings.region} onChange={(v) => update({ region: v })} label={en.settings.region} />
      </section>
      <section className="card" aria-labelledby={`${id}-priv`}>
        <h2 id={`${id}-priv`}>{en.settings.privacyTitle}</h2>
        <ul>
          {en.settings.privacy.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      </section>
    </div>
  )
}
