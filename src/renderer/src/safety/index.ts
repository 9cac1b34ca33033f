/**
 * The on-device safety pieces from src/shared/safety: the distress check and the crisis
 * directory shipped with Hearth. Both run here, on this device; nothing is sent.
 */
import { checkDistressWith, decodeModels, type DistressModels, type ShippedModelsJson } from '../../../shared/safety/distress-check.ts'
import { resourcesForRegion } from '../../../shared/safety/crisis-directory.ts'
import type { DirectoryEntry, EmergencyNumber } from '../../../shared/safety/crisis-directory.ts'

export type DistressLevel = 'none' | 'concern' | 'urgent'
export interface DistressResult {
  level: DistressLevel
  categories: string[]
  /** Who is at risk: 'other' when the draft is about someone the writer knows; absent or 'self' otherwise. */
  about?: 'self' | 'other' | null
}
/** A check answers at once, or once its models have loaded (the first draft of a session). */
export type DistressCheck = (text: string) => DistressResult | Promise<DistressResult>
export type { DirectoryEntry, EmergencyNumber }

const NONE: DistressResult = { level: 'none', categories: [], about: null }

// The model is its own chunk (~0.9 MB of JSON), fetched from the app's own files on first use,
// not parsed with the bundle at every start. A failed load is tried again on the next draft.
let models: DistressModels | null = null
let loading: Promise<DistressModels> | null = null
/** Starts loading the check's models (the composer calls it when it opens). */
export function loadDistressModels(): Promise<DistressModels> {
  loading ??= import('../../../shared/safety/distress-model.json')
    .then((m) => (models = decodeModels(m.default as ShippedModelsJson)))
    .catch((err: unknown) => {
      loading = null
      throw err
    })
  return loading
}

/** The check with loaded models; a failure means "no nudge". */
const check = (m: DistressModels, text: string): DistressResult => {
  try {
    const r = checkDistressWith(m, text, { uiLanguage: globalThis.navigator?.language })
    return { level: r.level, categories: [...r.categories], about: r.about }
  } catch {
    return NONE
  }
}

/**
 * The distress check on a draft: never blocks, never sends; a failure means "no nudge". The
 * language comes from the draft; the browser's language decides when the draft is too short.
 */
export const checkDistress: DistressCheck = (text) => {
  if (text.trim().length < 3) return NONE
  if (models) return check(models, text)
  return loadDistressModels().then(
    (m) => check(m, text),
    () => NONE
  )
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
