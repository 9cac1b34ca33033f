/**
 * Crisis-resource directory shipped with the app (design.md, "Safety").
 *
 * HOW THE ENTRIES WERE VERIFIED (check date 2026-11-24):
 * every phone number, text keyword and emergency number was read on the page named in the
 * entry's `source`, looked up for this purpose, never filled in from memory. We preferred the
 * service's own site, then a government or public-health site, then the organisation that runs
 * the line (e.g. the churches behind TelefonSeelsorge); news articles were used only to find
 * those pages, never as a source. Countries for which no such page could be found were left out.
 *
 * THIS DATA GOES STALE. Lines change numbers and hours; re-check every entry against its source
 * at least every six months and before each release, update `checked`, and remove anything that
 * can no longer be confirmed. A wrong number can cost a life; a missing one sends the person to
 * the international fallback, which is the safer failure. See docs/safety.md ("Adding a country").
 */
import { americas } from './directory/americas.ts'
import { asiaPacificAfrica } from './directory/asia-pacific-africa.ts'
import { europe } from './directory/europe.ts'
import { emergencyNumbers, international } from './directory/international.ts'
import type { DirectoryEntry, EmergencyNumber } from './directory/schema.ts'

export { DirectoryEntrySchema, EmergencyNumberSchema } from './directory/schema.ts'
export type { DirectoryEntry, EmergencyNumber } from './directory/schema.ts'
export { emergencyNumbers } from './directory/international.ts'

/** All entries, national ones first and the INTL fallback last. Frozen: callers must not edit. */
export const crisisDirectory: readonly DirectoryEntry[] = Object.freeze([...americas, ...europe, ...asiaPacificAfrica, ...international])

export interface RegionResources {
  /** The normalised ISO code we matched, or null when the region is unknown or absent. */
  region: string | null
  /** Entries for the region first, then the international fallback. Never empty. */
  entries: DirectoryEntry[]
  /** The region's emergency number where confirmed, else null. */
  emergency: EmergencyNumber | null
  /** One sentence to show above the list; always tells the person what to do in immediate danger. */
  note: string
}

// Common non-ISO spellings people or locales produce.
const ALIASES: Record<string, string> = { UK: 'GB' }

/**
 * Accepts 'GB', 'gb', ' gb ', 'en-GB', 'en_gb' or 'UK'; returns an upper-case ISO code or null.
 * Lenient on purpose: the value may come from navigator.language or a person typing it.
 */
export function normaliseRegion(region: string | null | undefined): string | null {
  if (typeof region !== 'string') return null
  const raw = region.trim()
  const locale = /^[a-z]{2,3}[-_]([a-z]{2})$/i.exec(raw)
  const code = (locale ? locale[1] : raw).toUpperCase()
  if (!/^[A-Z]{2}$/.test(code)) return null
  return ALIASES[code] ?? code
}

/** Resources to show for a region: its own lines first, then the international directories. */
export function resourcesForRegion(region?: string | null): RegionResources {
  const code = normaliseRegion(region)
  const local = code === null ? [] : crisisDirectory.filter((e) => e.country === code)
  const fallback = crisisDirectory.filter((e) => e.country === 'INTL')
  const emergency = code === null ? null : (emergencyNumbers.find((e) => e.country === code) ?? null)
  let note: string
  if (emergency) note = `If you are in immediate danger, call ${emergency.emergency} now.`
  else if (local.length > 0) note = 'If you are in immediate danger, call your local emergency number now.'
  else note = "We don't have numbers for your country yet. If you are in immediate danger, call your local emergency number now."
  return { region: local.length > 0 ? code : null, entries: [...local, ...fallback], emergency, note }
}

/** ISO codes of the countries that have at least one national entry, sorted. */
export function listRegions(): string[] {
  return [...new Set(crisisDirectory.filter((e) => e.country !== 'INTL').map((e) => e.country))].sort()
}
