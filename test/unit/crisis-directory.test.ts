import { describe, expect, it } from 'vitest'
import {
  crisisDirectory,
  DirectoryEntrySchema,
  emergencyNumbers,
  EmergencyNumberSchema,
  listRegions,
  normaliseRegion,
  resourcesForRegion
} from '../../src/shared/safety/crisis-directory.ts'

describe('crisis directory data', () => {
  it('every entry validates against DirectoryEntrySchema', () => {
    for (const entry of crisisDirectory) {
      const parsed = DirectoryEntrySchema.safeParse(entry)
      expect(parsed.success, `${entry.country} ${entry.name}: ${parsed.error?.message}`).toBe(true)
    }
  })

  it('covers at least 20 distinct countries plus an INTL fallback', () => {
    const countries = new Set(crisisDirectory.map((e) => e.country))
    expect(countries.has('INTL')).toBe(true)
    expect(countries.size - 1).toBeGreaterThanOrEqual(20)
    expect(listRegions().length).toBe(countries.size - 1)
  })

  it('every source and url is https and parses with new URL', () => {
    const links = crisisDirectory.flatMap((e) => [e.source, ...(e.url ? [e.url] : [])])
    links.push(...emergencyNumbers.map((e) => e.source))
    for (const link of links) {
      const url = new URL(link)
      expect(url.protocol, link).toBe('https:')
    }
  })

  it('phone numbers contain only digits, spaces, + and -', () => {
    const phones = crisisDirectory.flatMap((e) => (e.phone ? [e.phone] : []))
    phones.push(...emergencyNumbers.map((e) => e.emergency))
    expect(phones.length).toBeGreaterThan(20)
    for (const phone of phones) expect(phone, phone).toMatch(/^[0-9 +-]+$/)
  })

  it('checked is a real calendar date that is not in the future', () => {
    const today = new Date().toISOString().slice(0, 10)
    for (const e of [...crisisDirectory, ...emergencyNumbers]) {
      const what = `${e.country} ${'name' in e ? e.name : 'emergency'}: checked ${e.checked}`
      expect(e.checked, what).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      // a date that does not exist (2026-02-30) would come back as another day
      expect(new Date(`${e.checked}T00:00:00Z`).toISOString().slice(0, 10), what).toBe(e.checked)
      // nobody can have read the source page on a day that has not come yet
      expect(e.checked <= today, `${what}, today is ${today}`).toBe(true)
    }
  })

  it('has no duplicate entries', () => {
    const keys = crisisDirectory.map((e) => `${e.country}|${e.name}|${e.phone ?? ''}|${e.text ?? ''}`)
    expect(new Set(keys).size).toBe(keys.length)
    const phonesPerCountry = crisisDirectory.filter((e) => e.phone).map((e) => `${e.country}|${e.phone}`)
    expect(new Set(phonesPerCountry).size).toBe(phonesPerCountry.length)
  })

  it('emergency numbers validate and belong to countries in the directory', () => {
    const regions = new Set(listRegions())
    for (const e of emergencyNumbers) {
      expect(EmergencyNumberSchema.safeParse(e).success).toBe(true)
      expect(regions.has(e.country), e.country).toBe(true)
    }
  })

  it('INTL entries carry no phone number (no number works everywhere)', () => {
    for (const e of crisisDirectory.filter((x) => x.country === 'INTL')) expect(e.phone).toBeUndefined()
  })

  it('the schema rejects http sources, letters in phone numbers, bad dates and unreachable entries', () => {
    const good = { country: 'GB', name: 'X', phone: '116 123', source: 'https://example.org/x', checked: '2026-11-24' }
    expect(DirectoryEntrySchema.safeParse(good).success).toBe(true)
    expect(DirectoryEntrySchema.safeParse({ ...good, source: 'http://example.org/x' }).success).toBe(false)
    expect(DirectoryEntrySchema.safeParse({ ...good, phone: '0800-HELP' }).success).toBe(false)
    expect(DirectoryEntrySchema.safeParse({ ...good, checked: '24/11/2026' }).success).toBe(false)
    expect(DirectoryEntrySchema.safeParse({ ...good, country: 'gb' }).success).toBe(false)
    const { phone: _phone, ...noWay } = good
    expect(DirectoryEntrySchema.safeParse(noWay).success).toBe(false)
    expect(DirectoryEntrySchema.safeParse({ ...good, extra: 1 }).success).toBe(false)
  })

  it('is frozen so callers cannot edit it', () => {
    expect(Object.isFrozen(crisisDirectory)).toBe(true)
  })
})

describe('lines for the six languages of the distress check', () => {
  // Where each language is spoken most, and whether the directory has a line there. Countries
  // with no line that a looked-up page confirmed fall back to the international directories;
  // docs/safety.md lists them as gaps (ES, MX, AR, IT and national lines for CO).
  const covered: Record<string, string[]> = {
    en: ['US', 'GB', 'CA', 'AU', 'IE', 'NZ'],
    es: ['US', 'CO'],
    de: ['DE', 'AT', 'CH'],
    fr: ['FR', 'BE', 'CA', 'CH'],
    pt: ['BR', 'PT'],
    it: ['CH']
  }
  it('has a national line for each country listed for each language', () => {
    for (const [lang, countries] of Object.entries(covered)) {
      for (const c of countries) expect(resourcesForRegion(c).region, `${lang} ${c}`).toBe(c)
    }
  })

  it('gives the EU countries of those languages 112 as the emergency number', () => {
    for (const c of ['DE', 'AT', 'FR', 'BE', 'PT']) expect(resourcesForRegion(c).emergency?.emergency, c).toBe('112')
    expect(resourcesForRegion('BR').entries[0]).toMatchObject({ name: 'CVV – Centro de Valorização da Vida', phone: '188' })
    expect(resourcesForRegion('BE').entries.map((e) => e.phone)).toEqual(expect.arrayContaining(['1813', '0800 32 123']))
  })
})

describe('resourcesForRegion', () => {
  it('returns GB entries before the INTL fallback', () => {
    const res = resourcesForRegion('GB')
    expect(res.region).toBe('GB')
    const countries = res.entries.map((e) => e.country)
    const firstIntl = countries.indexOf('INTL')
    expect(countries.slice(0, firstIntl).every((c) => c === 'GB')).toBe(true)
    expect(firstIntl).toBeGreaterThan(0)
    expect(countries.slice(firstIntl).every((c) => c === 'INTL')).toBe(true)
    expect(res.entries.some((e) => e.name === 'Samaritans' && e.phone === '116 123')).toBe(true)
    expect(res.emergency?.emergency).toBe('999')
    expect(res.note).toContain('999')
  })

  it('accepts lowercase, padded and locale-style regions', () => {
    expect(resourcesForRegion('gb').region).toBe('GB')
    expect(resourcesForRegion(' de ').region).toBe('DE')
    expect(resourcesForRegion('en-AU').region).toBe('AU')
    expect(resourcesForRegion('fr_fr').region).toBe('FR')
    expect(normaliseRegion('uk')).toBe('GB')
  })

  it('falls back to INTL only, with an emergency-number note, for unknown or absent regions', () => {
    for (const region of ['ZZ', 'not a region', '', undefined, null]) {
      const res = resourcesForRegion(region)
      expect(res.region).toBeNull()
      expect(res.emergency).toBeNull()
      expect(res.entries.length).toBeGreaterThan(0)
      expect(res.entries.every((e) => e.country === 'INTL')).toBe(true)
      expect(res.note).toMatch(/local emergency number/)
    }
  })

  it('tells the person to call their local emergency number where none is confirmed', () => {
    const res = resourcesForRegion('CH')
    expect(res.emergency).toBeNull()
    expect(res.note).toMatch(/local emergency number/)
  })
})
