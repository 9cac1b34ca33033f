import { describe, expect, it } from 'vitest'
import { parse, TYPE } from '@formatjs/icu-messageformat-parser'
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { MAIN_LOCALES, mainCatalogs, mainLocale, translator, type MainMessageId } from '../../../src/main/i18n/catalog.ts'

/** The names of a message's placeholders, plural counts included, each with its kind. */
function placeholders(message: string): string[] {
  const names = new Set<string>()
  const walk = (els: MessageFormatElement[]): void => {
    for (const el of els) {
      if (el.type === TYPE.argument) names.add(`${el.value}:text`)
      if (el.type === TYPE.plural) {
        names.add(`${el.value}:plural`)
        for (const option of Object.values(el.options)) walk(option.value)
      }
    }
  }
  walk(parse(message))
  return [...names].sort()
}

const ids = Object.keys(mainCatalogs.en) as MainMessageId[]

describe("main's message catalog", () => {
  it('has every key in every language, with the same placeholders as English', () => {
    for (const locale of MAIN_LOCALES) {
      expect(Object.keys(mainCatalogs[locale]).sort(), locale).toEqual([...ids].sort())
      for (const id of ids) {
        expect(mainCatalogs[locale][id].trim(), `${locale} ${id}`).not.toBe('')
        expect(placeholders(mainCatalogs[locale][id]), `${locale} ${id}`).toEqual(placeholders(mainCatalogs.en[id]))
      }
    }
  })

  it('formats every message in every language', () => {
    for (const locale of MAIN_LOCALES) {
      const t = translator(locale)
      for (const id of ids) {
        const values = Object.fromEntries(placeholders(mainCatalogs.en[id]).map((p) => [p.split(':')[0], p.endsWith(':plural') ? 2 : 'x']))
        expect(t(id, values), `${locale} ${id}`).not.toMatch(/[{}]/)
      }
    }
  })

  it('renders plurals by each language’s rules', () => {
    const en = translator('en')
    const es = translator('es')
    expect(en('notify.newMessages', { count: 1 })).toBe('A new message')
    expect(en('notify.newMessages', { count: 2 })).toBe('2 new messages')
    expect(es('notify.newMessages', { count: 1 })).toBe('Un mensaje nuevo')
    expect(es('notify.newMessages', { count: 12 })).toBe('12 mensajes nuevos')
  })

  it('is chosen from the system languages, English otherwise', () => {
    expect(mainLocale(['es-419', 'en-US'])).toBe('es')
    expect(mainLocale(['de-DE', 'es_ES'])).toBe('es')
    expect(mainLocale(['de-DE'])).toBe('en')
    expect(mainLocale([])).toBe('en')
  })
})
