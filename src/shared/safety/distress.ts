/**
 * On-device distress check (design.md, "Safety").
 *
 * It NEVER blocks posting and NEVER sends anything anywhere: it is a pure function over the
 * person's own draft that returns a result, and the UI uses that result only to show a gentle
 * help card (crisis lines for their region). Nothing about the check is stored or transmitted.
 *
 * How it works (docs/safety.md, "Distress check"):
 * 1. the draft's language is detected on the device (en, es, de, fr, pt, it), falling back to the
 *    UI language when the draft is too short or unclear to tell;
 * 2. that language's lexicon (distress-lexicon/<lang>.ts) matches risk phrases clause by clause,
 *    dropping negations, idioms and the past, and telling the writer from someone else;
 * 3. a small linear model over word and character n-grams (distress-model.json) reads each
 *    sentence and catches wording the lexicon has no phrase for;
 * 4. the grade: 'urgent' for means at hand, an act already taken, a plan or a time, a farewell;
 *    'concern' for other risk language; and `about: 'other'` when the person at risk is someone
 *    the writer knows, so the card can offer help for helping them.
 * It is a heuristic: it will miss some people and flag some jokes (see docs/safety.md, "Limits").
 */
import modelJson from './distress-model.json'
import { checkDistressWith, decodeModels, type DistressModels, type DistressOptions, type DistressResult, type ShippedModelsJson } from './distress-check.ts'

export * from './distress-check.ts'

// decoded at first use, not at import: the engine loads this module at start-up
let shipped: DistressModels | null = null

/**
 * Checks a draft for risk language. Pure and synchronous: no I/O, no state, no logging.
 * 'urgent' means means at hand, an act under way, a plan or a time, or a farewell; 'concern'
 * means risk language without those; 'none' means nothing was found.
 */
export function checkDistress(text: string, opts: DistressOptions = {}): DistressResult {
  return checkDistressWith((shipped ??= decodeModels(modelJson as ShippedModelsJson)), text, opts)
}
