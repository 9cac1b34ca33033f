import { useId } from 'react'
import { useMaybeClient } from '../client/context.tsx'
import { LOCALES } from '../i18n/catalog.ts'
import type { MessageId } from '../i18n/catalog.ts'
import { languageName, localeFromPreferences } from '../i18n/locale.ts'
import type { LocaleSetting } from '../i18n/locale.ts'
import { useT } from '../i18n/useT.ts'
import { useSettings } from '../state/settings.tsx'
import type { TextSize, Theme } from '../state/settings.tsx'
import { RegionSelect } from '../components/RegionSelect.tsx'
import { ExportSection } from './ExportSection.tsx'
import { NudgeSettings } from './NudgeSettings.tsx'

function Radios<V extends string>({ legend, value, options, onChange }: { legend: string; value: V; options: Array<[V, string]>; onChange: (v: V) => void }) {
  const name = useId()
  return (
    <fieldset className="field radios">
      <legend>{legend}</legend>
      {options.map(([k, label]) => (
        <label key={k} className="check">
          <input type="radio" name={name} value={k} checked={value === k} onChange={() => onChange(k)} /> {label}
        </label>
      ))}
    </fieldset>
  )
}

const THEMES: Theme[] = ['system', 'light', 'dark', 'contrast']
const SIZES: TextSize[] = ['small', 'normal', 'large', 'xlarge']
const PRIVACY: MessageId[] = ['settings.privacy1', 'settings.privacy2', 'settings.privacy3', 'settings.privacy4', 'settings.privacy5', 'settings.privacy6']

/** Language, theme, text size, motion, notifications, region, and what Hearth keeps private. */
export function SettingsScreen() {
  const t = useT()
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
  // the pseudo-locales (tests) are kept if set, but not offered
  const languages: Array<[LocaleSetting, string]> = [
    ['auto', t('settings.languageAuto', { language: languageName(localeFromPreferences()) })],
    ...LOCALES.map((l): [LocaleSetting, string] => [l, languageName(l)])
  ]
  return (
    <div className="settings-screen narrow">
      <h1>{t('settings.title')}</h1>
      <section className="card" aria-labelledby={`${id}-lang`}>
        <h2 id={`${id}-lang`}>{t('settings.language')}</h2>
        <div className="field">
          <label htmlFor={`${id}-locale`} className="visually-hidden">
            {t('settings.language')}
          </label>
          <select id={`${id}-locale`} value={settings.locale} onChange={(e) => update({ locale: e.target.value as LocaleSetting })}>
            {languages.map(([k, label]) => (
              <option key={k} value={k} lang={k === 'auto' ? undefined : k}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </section>
      <section className="card" aria-labelledby={`${id}-app`}>
        <h2 id={`${id}-app`}>{t('settings.appearance')}</h2>
        <Radios<Theme>
          legend={t('settings.theme')}
          value={settings.theme}
          options={THEMES.map((k) => [k, t(`settings.theme.${k}`)])}
          onChange={(v) => update({ theme: v })}
        />
        <Radios<TextSize>
          legend={t('settings.textSize')}
          value={settings.textSize}
          options={SIZES.map((k) => [k, t(`settings.textSize.${k}`)])}
          onChange={(v) => update({ textSize: v })}
        />
        <fieldset className="field">
          <legend>{t('settings.motion')}</legend>
          <label className="check">
            <input type="checkbox" checked={settings.reduceMotion} onChange={(e) => update({ reduceMotion: e.target.checked })} /> {t('settings.reduceMotion')}
          </label>
        </fieldset>
      </section>
      <section className="card" aria-labelledby={`${id}-notif`}>
        <h2 id={`${id}-notif`}>{t('settings.notifications')}</h2>
        {desktop ? (
          <p>{t('settings.notifyDesktop')}</p>
        ) : (
          <label className="check">
            <input type="checkbox" checked={settings.notifications} onChange={(e) => void setNotifications(e.target.checked)} aria-describedby={`${id}-nn`} />{' '}
            {t('settings.notify')}
          </label>
        )}
        <p id={`${id}-nn`} className="hint">
          {t('settings.notificationNote')}
        </p>
      </section>
      <NudgeSettings />
      <section className="card" aria-labelledby={`${id}-help`}>
        <h2 id={`${id}-help`}>{t('nav.getHelp')}</h2>
        <RegionSelect value={settings.region} onChange={(v) => update({ region: v })} label={t('settings.region')} />
      </section>
      <ExportSection />
      <section className="card" aria-labelledby={`${id}-priv`}>
        <h2 id={`${id}-priv`}>{t('settings.privacyTitle')}</h2>
        <ul>
          {PRIVACY.map((k) => (
            <li key={k}>{t(k)}</li>
          ))}
        </ul>
      </section>
    </div>
  )
}
