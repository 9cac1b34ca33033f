import { REGION_CODES as CODES } from '../../../shared/regions.ts'

export function regionName(code: string, locale?: string): string {
  try {
    return new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'region' }).of(code) ?? code
  } catch {
    return code
  }
}

const cached = new Map<string, Array<{ code: string; name: string }>>()
/** Every region, named and sorted in the person's language. */
export function regionOptions(locale: string): Array<{ code: string; name: string }> {
  let list = cached.get(locale)
  if (!list) {
    list = CODES.map((code) => ({ code, name: regionName(code, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale))
    cached.set(locale, list)
  }
  return list
}
