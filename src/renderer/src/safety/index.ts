/**
 * The on-device safety pieces from src/shared/safety: the distress check and the crisis
 * directory shipped with Hearth. Both run here, on this device; nothing is sent.
 */
import { checkDistress as sharedCheck } from '../../../shared/safety/distress.ts'
import { resourcesForRegion } from '../../../shared/safety/crisis-directory.ts'
import type { DirectoryEntry, EmergencyNumber } from '../../../shared/safety/crisis-directory.ts'

export type DistressLevel = 'none' | 'concern' | 'urgent'
export interface DistressResult {
  level: DistressLevel
  categories: string[]
  /** Who is at risk: 'other' when the draft is about someone the writer knows; absent or 'self' otherwise. */
  about?: 'self' | 'other' | null
}
export type DistressCheck = (text: string) => DistressResult
export type { DirectoryEntry, EmergencyNumber }

/**
 * The distress check on a draft: never blocks, never sends; a failure means "no nudge". The
 * language comes from the draft; the browser's language decides when the draft is too short.
 */
export const checkDistress: DistressCheck = (text) => {
  if (text.trim().length < 3) return { level: 'none', categories: [], about: null }
  try {
    const r = sharedCheck(text, { uiLanguage: globalThis.navigator?.language })
    return { level: r.level, categories: [...r.categories], about: r.about }
  } catch {
    return { level: 'none', categories: [], about: null }
  }
}

export interface RegionHelp {
  entries: DirectoryEntry[]
  emergency: EmergencyNumber | null
  /** One sentence that always says what to do in immediate danger. */
  note: string
}

/** The directory's lines for a region (ISO 3166 code), then the international fallback. */
export function directoryFor(region: string): RegionHelp {
  try {
    const r = resourcesForRegion(region || null)
    return { entries: r.entries, emergency: r.emergency, note: r.note }
  } catch {
    return { entries: [], emergency: null, note: '' }
  }
}
