/**
 * The distress check itself, without its models (distress.ts explains how it works and binds the
 * shipped ones). Apart so the renderer can load the ~0.9 MB model as its own chunk, on first use,
 * instead of in the bundle every window parses at start-up.
 */
import { DISTRESS_CLASSES, type DistressLanguage } from './distress-classes.ts'
import { detectLanguage, supportedLanguage } from './distress-language.ts'
import { decodeModel, distressFeatures, predict, type LinearModel, type LinearModelJson } from './distress-model.ts'
import { normaliseForDistress } from './distress-normalise.ts'
import { categoriesOf, draftSubject, LEXICONS, runLexicon, type LexiconResult } from './distress-rules.ts'
import type { DistressCategory, DistressLevel } from './distress-lexicon/types.ts'

export type { DistressCategory, DistressLevel } from './distress-lexicon/types.ts'
export type { DistressLanguage } from './distress-classes.ts'
export { normaliseForDistress } from './distress-normalise.ts'

export interface DistressResult {
  level: DistressLevel
  categories: DistressCategory[]
  /** Who is at risk: the writer, someone in their life, or nobody ('none' level). */
  about: 'self' | 'other' | null
  /** The language whose rules and model read the draft. */
  language: DistressLanguage
  /** Where that language came from: the caller, the draft itself, the UI language, or the default. */
  languageSource: 'option' | 'draft' | 'ui' | 'default'
  /** Short phrases naming what matched; for tests and debugging only, never shown or sent. */
  matched: string[]
}

export interface DistressOptions {
  /** BCP 47 tag of the draft's language when the caller knows it ('es', 'pt-BR'); skips detection. */
  language?: string
  /** The person's UI language ('de-AT'): decides when the draft is too short or unclear to tell. */
  uiLanguage?: string
}

/** The two models the check uses; the shipped ones come from distress-model.json. */
export interface DistressModels {
  language: LinearModel
  distress: LinearModel
}

/** distress-model.json as it is shipped. */
export type ShippedModelsJson = { language: LinearModelJson; distress: LinearModelJson }

export const decodeModels = (json: ShippedModelsJson): DistressModels => ({ language: decodeModel(json.language), distress: decodeModel(json.distress) })
const P = Object.fromEntries(DISTRESS_CLASSES.map((c, i) => [c, i])) as Record<(typeof DISTRESS_CLASSES)[number], number>

/**
 * The model alone flags a draft when P(about the writer) + P(about someone else) reaches this;
 * higher when the lexicon dropped a phrase (negated, idiom, past) or saw an idiom, the past or a
 * film or book. Chosen by 5-fold cross-validation on the training set (scripts/train-distress-model.ts).
 */
export const MODEL_RISK = 0.75
// 0.9 until issue 14's third pass: in 5-fold cross-validation no draft the lexicon had dropped a
// phrase from (or seen an idiom, the past or a film in) was about the writer, yet the model flagged
// 16 of them at 0.9 and 5 at 0.95.
const MODEL_RISK_AFTER_DROP = 0.95
/** The model alone raises a lexicon's 'concern' to 'urgent' only when it is this sure. */
const MODEL_URGENT = 0.65
/** A draft up to this long is also read whole, not only sentence by sentence. */
const WHOLE_DRAFT_CHARS = 400

/** The model's class probabilities for the riskiest sentence (or the whole draft when short). */
export function modelRead(model: LinearModel, normalised: string, language: DistressLanguage): number[] {
  const sentences = normalised.split(/[.!?;\n…]+/).filter((s) => /\p{L}/u.test(s))
  const windows = sentences.length <= 1 || normalised.length <= WHOLE_DRAFT_CHARS ? [normalised, ...(sentences.length > 1 ? sentences : [])] : sentences
  let best: number[] = [1, 0, 0, 0, 0]
  for (const w of windows) {
    const p = predict(model, distressFeatures(w, language, model.bits))
    if (1 - p[P.none] > 1 - best[P.none]) best = p
  }
  return best
}

function merge(a: LexiconResult, b: LexiconResult): LexiconResult {
  return {
    self: [...a.self, ...b.self],
    other: [...a.other, ...b.other],
    dropped: [...a.dropped, ...b.dropped],
    guarded: a.guarded || b.guarded,
    urgentSelf: a.urgentSelf || b.urgentSelf,
    urgentOther: a.urgentOther || b.urgentOther,
    matched: [...new Set([...a.matched, ...b.matched])]
  }
}

/**
 * The check with given models: distress.ts gives it the shipped ones, the renderer the same once
 * its own chunk of them has loaded, and the training script models fitted on part of the data.
 */
export function checkDistressWith(models: DistressModels, text: string, opts: DistressOptions = {}): DistressResult {
  const draft = typeof text === 'string' ? text : ''
  const forced = supportedLanguage(opts.language)
  const guess = forced ? { language: forced, source: 'option' as const, runnerUp: null } : detectLanguage(models.language, draft, opts.uiLanguage)
  const language = guess.language
  const normalised = normaliseForDistress(draft, language)
  const base = { language, languageSource: guess.source }
  if (!/\p{L}/u.test(normalised)) return { level: 'none', categories: [], about: null, matched: [], ...base }

  let lex = runLexicon(LEXICONS[language], normalised)
  if (guess.runnerUp) lex = merge(lex, runLexicon(LEXICONS[guess.runnerUp], normaliseForDistress(draft, guess.runnerUp)))
  const p = modelRead(models.distress, normalised, language)

  if (lex.self.length > 0) {
    const urgent = lex.urgentSelf || p[P.urgent] >= MODEL_URGENT
    return { level: urgent ? 'urgent' : 'concern', categories: categoriesOf(lex.self), about: 'self', matched: lex.matched, ...base }
  }
  if (lex.other.length > 0) {
    const urgent = lex.urgentOther || p[P['other-urgent']] >= MODEL_URGENT
    return { level: urgent ? 'urgent' : 'concern', categories: categoriesOf(lex.other), about: 'other', matched: lex.matched, ...base }
  }
  // the model alone reads language, not a lone token ("kms" and the like are the lexicon's job)
  if (new Set(normalised.match(/\p{L}{2,}/gu)).size < 2) return { level: 'none', categories: [], about: null, matched: [], ...base }
  const pSelf = p[P.concern] + p[P.urgent]
  const pOther = p[P.other] + p[P['other-urgent']]
  // risk is what the model gives self and others together: a draft it is sure is risky but cannot
  // place (half the writer, half a neighbour) still gets a card, and the subject is decided below
  if (pSelf + pOther < (lex.guarded ? MODEL_RISK_AFTER_DROP : MODEL_RISK)) return { level: 'none', categories: [], about: null, matched: [], ...base }
  // the model tells risk from calm well, the writer from someone else poorly: a draft that names
  // another person and never the writer is about that person, however the model leans
  const modelSaysSelf = pSelf >= pOther
  const self = modelSaysSelf && draftSubject(LEXICONS[language], normalised) === 'self'
  const urgent = modelSaysSelf ? p[P.urgent] + p[P['other-urgent']] > p[P.concern] + p[P.other] : p[P['other-urgent']] > p[P.other]
  return { level: urgent ? 'urgent' : 'concern', categories: [], about: self ? 'self' : 'other', matched: ['model'], ...base }
}
