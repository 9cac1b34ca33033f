import { describe, expect, it } from 'vitest'
import { createIntl } from 'react-intl'
import { parse, TYPE } from '@formatjs/icu-messageformat-parser'
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { LOCALES, PSEUDO_LOCALES, catalogFor, en } from '../../src/renderer/src/i18n/catalog.ts'
import { dirOf, localeFromPreferences } from '../../src/renderer/src/i18n/locale.ts'
import { reasons } from '../../src/shared/api/error-reasons.ts'

/** A value for every placeholder of a message: 1 for plurals and numbers, 'other' for selects, 'x' for text. */
function valuesFor(message: string): Record<string, string | number> {
  const out: Record<string, string | number> = {}
  const walk = (els: MessageFormatElement[]): void => {
    for (const el of els) {
      if (el.type === TYPE.argument) out[el.value] ??= 'x'
      else if (el.type === TYPE.number || el.type === TYPE.plural) out[el.value] = 1
      else if (el.type === TYPE.select) out[el.value] = 'other'
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const o of Object.values(el.options)) walk(o.value)
    }
  }
  walk(parse(message, { ignoreTag: true }))
  return out
}

describe('the message catalog', () => {
  it('every locale has every message, and every message formats', () => {
    for (const locale of [...LOCALES, ...PSEUDO_LOCALES]) {
      const messages = catalogFor(locale)
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort())
      const errors: string[] = []
      const intl = createIntl({ locale: locale === 'es' ? 'es' : 'en', messages, onError: (e) => errors.push(e.message) })
      for (const id of Object.keys(messages)) intl.formatMessage({ id }, valuesFor(messages[id as keyof typeof messages]))
      expect(errors).toEqual([])
    }
  })

  it('words every reason the engine can give', () => {
    for (const reason of Object.keys(reasons)) expect(Object.prototype.hasOwnProperty.call(en, `error.${reason}`), reason).toBe(true)
  })

  it('plurals follow each language', () => {
    const es = createIntl({ locale: 'es', messages: catalogFor('es') })
    expect(es.formatMessage({ id: 'rooms.unread' }, { count: 1 })).toBe('1 mensaje sin leer')
    expect(es.formatMessage({ id: 'rooms.unread' }, { count: 3 })).toBe('3 mensajes sin leer')
  })

  it('the pseudo-locales stretch and accent (en-XA) or keep the words (ar-XB), placeholders intact', () => {
    const xa = catalogFor('en-XA')['rooms.open']
    expect(xa).toMatch(/^⟦.*\{name\}.*⟧$/)
    expect(xa.length).toBeGreaterThan(en['rooms.open'].length)
    expect(catalogFor('ar-XB')['rooms.open']).toBe(en['rooms.open'])
    expect(dirOf('ar-XB')).toBe('rtl')
    expect(dirOf('es')).toBe('ltr')
  })

  it('is chosen from the browser or OS languages, English otherwise', () => {
    expect(localeFromPreferences(['es-MX', 'en'])).toBe('es')
    expect(localeFromPreferences(['de-DE', 'es'])).toBe('es')
    expect(localeFromPreferences(['de-DE'])).toBe('en')
  })
})
