/**
 * The main process's message catalog: what menus, tray, notifications and native dialogs say, in
 * the language the app runs in. Messages are ICU (intl-messageformat, as react-intl uses in the
 * renderer), so plurals follow each language's rules instead of `n === 1 ?`.
 */
import { IntlMessageFormat } from 'intl-messageformat'
import { en } from './en.ts'
import { es } from './es.ts'

export type MainMessageId = keyof typeof en
export const MAIN_LOCALES = ['en', 'es'] as const
export type MainLocale = (typeof MAIN_LOCALES)[number]
export type Translate = (id: MainMessageId, values?: Record<string, string | number>) => string

export const mainCatalogs: Record<MainLocale, Record<MainMessageId, string>> = { en, es }

/** The first of the person's preferred languages main speaks (the renderer's 'auto' rule); English otherwise. */
export function mainLocale(preferred: readonly string[]): MainLocale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0]
    if ((MAIN_LOCALES as readonly string[]).includes(base)) return base as MainLocale
  }
  return 'en'
}

/** A formatter for one locale; each message is compiled once, on first use. */
export function translator(locale: MainLocale): Translate {
  const compiled = new Map<MainMessageId, IntlMessageFormat>()
  return (id, values) => {
    let format = compiled.get(id)
    if (!format) {
      format = new IntlMessageFormat(mainCatalogs[locale][id], locale)
      compiled.set(id, format)
    }
    return String(format.format(values))
  }
}
