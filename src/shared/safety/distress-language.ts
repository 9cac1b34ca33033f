/**
 * Which language a draft is written in, decided on the device from the draft itself: a small
 * linear model over words and character 1- to 4-grams (accents kept), trained on the six
 * languages the check knows. When the draft says too little (a few letters, an emoji, "ok"), or
 * the model is unsure, the person's UI language decides.
 */
import { LANGUAGE_CLASSES, type DistressLanguage } from './distress-classes.ts'
import { languageFeatures, predict, type LinearModel } from './distress-model.ts'
import { foldForLanguageId } from './distress-normalise.ts'

export interface LanguageGuess {
  language: DistressLanguage
  /** 'draft' when the text decided, 'ui' when it fell back to the UI language, 'default' for English (no letters, no UI language). */
  source: 'draft' | 'ui' | 'default'
  /** The model's probability for the detected language (0 when the draft had no letters). */
  confidence: number
  /** The runner-up when the draft decided but not by much; its lexicon is checked too. */
  runnerUp: DistressLanguage | null
}

/** Below this probability the draft alone does not decide. */
const CONFIDENT = 0.6
/** How much of the draft the language model reads. */
const LANGUAGE_ID_CHARS = 800
/** Fewer letters than this and the draft does not decide ("ok", "kms", "😢"). */
const MIN_LETTERS = 4

/** 'de-AT' → 'de' when it is one of the six; otherwise null. */
export function supportedLanguage(tag: string | null | undefined): DistressLanguage | null {
  const primary = (typeof tag === 'string' ? tag : '').trim().toLowerCase().split(/[-_]/)[0]
  return (LANGUAGE_CLASSES as readonly string[]).includes(primary) ? (primary as DistressLanguage) : null
}

export function detectLanguage(model: LinearModel, text: string, uiLanguage?: string | null): LanguageGuess {
  const ui = supportedLanguage(uiLanguage)
  // chat shorthand ("kms", "sh") is English whatever the UI language, so English is checked too
  const fallback = (confidence: number): LanguageGuess => ({
    language: ui ?? 'en',
    source: ui ? 'ui' : 'default',
    confidence,
    runnerUp: ui && ui !== 'en' ? 'en' : null
  })
  // the opening of a draft tells its language; folding all 4,000 characters would only cost time
  const folded = foldForLanguageId(typeof text === 'string' ? text.slice(0, LANGUAGE_ID_CHARS) : '')
  const letters = folded.match(/\p{L}/gu)?.length ?? 0
  if (letters < MIN_LETTERS) return fallback(0)
  const p = predict(model, languageFeatures(folded, model.bits))
  const order = p.map((_, i) => i).sort((a, b) => p[b] - p[a])
  const best = model.classes[order[0]] as DistressLanguage
  const second = model.classes[order[1]] as DistressLanguage
  if (p[order[0]] < CONFIDENT && ui) {
    // unsure: the UI language decides, but the draft's best guess is checked as well
    return { language: ui, source: 'ui', confidence: p[order[0]], runnerUp: best !== ui ? best : second }
  }
  return { language: best, source: 'draft', confidence: p[order[0]], runnerUp: p[order[0]] < 0.9 ? second : null }
}
