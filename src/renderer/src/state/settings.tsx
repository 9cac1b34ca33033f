import { createContext, useContext, useEffect, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import { isLocaleSetting } from '../i18n/locale.ts'
import type { LocaleSetting } from '../i18n/locale.ts'

export type Theme = 'system' | 'light' | 'dark' | 'contrast'
export type TextSize = 'small' | 'normal' | 'large' | 'xlarge'

export interface Settings {
  /** 'auto' follows the OS/browser language. */
  locale: LocaleSetting
  theme: Theme
  textSize: TextSize
  reduceMotion: boolean
  notifications: boolean
  /** ISO 3166-1 alpha-2, for the support-line directory. */
  region: string
  firstRunDone: boolean
  /** Members opt in to the unanswered nudge (moderators on duty always get it). */
  nudgeUnanswered: boolean
  /** After how many minutes without a reply a distressed post raises the nudge. */
  nudgeMinutes: number
}

const KEY = 'hearth.settings.v1'

export function defaultRegion(lang: string = globalThis.navigator?.language ?? ''): string {
  const m = /[-_]([A-Za-z]{2})\b/.exec(lang)
  return m ? m[1].toUpperCase() : ''
}

export const defaults = (): Settings => ({
  locale: 'auto',
  theme: 'system',
  textSize: 'normal',
  reduceMotion: false,
  notifications: false,
  region: defaultRegion(),
  firstRunDone: false,
  nudgeUnanswered: false,
  nudgeMinutes: 60
})

/** The nudge waits between a minute and a day (the engine looks back a day at most). */
export const isNudgeMinutes = (x: unknown): boolean => Number.isInteger(x) && (x as number) >= 1 && (x as number) <= 1440

export function loadSettings(storage: Storage | undefined = globalThis.localStorage): Settings {
  const base = defaults()
  try {
    const raw = storage?.getItem(KEY)
    if (!raw) return base
    const v = JSON.parse(raw) as Partial<Settings>
    const pick = <K extends keyof Settings>(k: K, ok: (x: unknown) => boolean): Settings[K] => (ok(v[k]) ? (v[k] as Settings[K]) : base[k])
    return {
      locale: pick('locale', isLocaleSetting),
      theme: pick('theme', (x) => ['system', 'light', 'dark', 'contrast'].includes(x as string)),
      textSize: pick('textSize', (x) => ['small', 'normal', 'large', 'xlarge'].includes(x as string)),
      reduceMotion: pick('reduceMotion', (x) => typeof x === 'boolean'),
      notifications: pick('notifications', (x) => typeof x === 'boolean'),
      region: pick('region', (x) => typeof x === 'string' && /^([A-Z]{2})?$/.test(x)),
      firstRunDone: pick('firstRunDone', (x) => typeof x === 'boolean'),
      nudgeUnanswered: pick('nudgeUnanswered', (x) => typeof x === 'boolean'),
      nudgeMinutes: pick('nudgeMinutes', isNudgeMinutes)
    }
  } catch {
    return base
  }
}

/** Reflect settings on <html>: the CSS reads data-theme, data-text-size and data-motion. */
export function applySettings(s: Settings, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = s.theme
  root.dataset.textSize = s.textSize
  root.dataset.motion = s.reduceMotion ? 'reduce' : 'system'
}

interface Ctx {
  settings: Settings
  update: (patch: Partial<Settings>) => void
}
const SettingsContext = createContext<Ctx | null>(null)

export function SettingsProvider({ children, initial }: { children: ReactNode; initial?: Partial<Settings> }) {
  const [settings, setSettings] = useState<Settings>(() => ({ ...loadSettings(), ...initial }))
  useEffect(() => {
    applySettings(settings)
    try {
      globalThis.localStorage?.setItem(KEY, JSON.stringify(settings))
    } catch {
      /* private mode: keep in memory */
    }
  }, [settings])
  const value = useMemo<Ctx>(() => ({ settings, update: (patch) => setSettings((s) => ({ ...s, ...patch })) }), [settings])
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>
}

export function useSettings(): Ctx {
  const c = useContext(SettingsContext)
  if (!c) throw new Error('useSettings outside SettingsProvider')
  return c
}
