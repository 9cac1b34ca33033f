import { LOCALES, PSEUDO_LOCALES } from './catalog.ts'
import type { Locale } from './catalog.ts'

/** 'auto' follows the browser (in the desktop app, the OS) language. */
export type LocaleSetting = 'auto' | Locale

export const isLocaleSetting = (x: unknown): x is LocaleSetting =>
  x === 'auto' || (LOCALES as readonly unknown[]).includes(x) || (PSEUDO_LOCALES as readonly unknown[]).includes(x)

/** The first of the person's preferred languages Hearth speaks; English otherwise. */
export function localeFromPreferences(preferred: readonly string[] = globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? 'en']): Locale {
  for (const tag of preferred) {
    if ((PSEUDO_LOCALES as readonly string[]).includes(tag)) return tag as Locale
    const base = tag.toLowerCase().split(/[-_]/)[0]
    if ((LOCALES as readonly string[]).includes(base)) return base as Locale
  }
  return 'en'
}

export const resolveLocale = (setting: LocaleSetting): Locale => (setting === 'auto' ? localeFromPreferences() : setting)

/** Direction of writing: the RTL pseudo-locale (and Arabic, Hebrew… once translated) run right to left. */
export const dirOf = (locale: string): 'ltr' | 'rtl' => (/^(ar|he|fa|ur)(-|$)/.test(locale) ? 'rtl' : 'ltr')

/** The language to give Intl (dates, numbers, region names); pseudo-locales format as English. */
export const intlLocaleOf = (locale: Locale): string => (locale === 'en-XA' || locale === 'ar-XB' ? 'en' : locale)

/** A language's own name ("English", "español"), for the picker. */
export function languageName(locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale
  } catch {
    return locale
  }
}
