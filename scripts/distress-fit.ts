/**
 * What the distress check's training scripts share: the training set (with the file each draft came
 * from), the softmax fit, int8 quantisation and the examples each draft gives the two models.
 * Used by scripts/train-distress-model.ts and scripts/distress-grouped-eval.ts; training data only.
 */
import { trainingFiles } from '../test/fixtures/distress-train/index.ts'
import { corpus as issue3Corpus } from '../test/fixtures/distress-corpus.ts'
import type { LabelledDraft } from '../test/fixtures/distress-labels.ts'
import { decodeModel, distressFeatures, languageFeatures, toBase64, type LinearModelJson } from '../src/shared/safety/distress-model.ts'
import type { DistressModels } from '../src/shared/safety/distress.ts'
import { foldForLanguageId, normaliseForDistress } from '../src/shared/safety/distress-normalise.ts'
import { DISTRESS_CLASSES, LANGUAGE_CLASSES } from '../src/shared/safety/distress-classes.ts'
import { languageWords } from './language-id-words.ts'

/**
 * Issue 3's English development corpus joins the training set. Its labels predate "someone else":
 * its drafts about other people are labelled 'none' there, so those are left out rather than guessed.
 */
const ABOUT_OTHERS = /\b(?:friend|sister|brother|mom|mum|mother|dad|father|grandmother|he|she|they|someone|people|who|counsellor|character|song|movie|book)\b/i
const issue3: LabelledDraft[] = issue3Corpus
  .filter((e) => e.label !== 'none' || !ABOUT_OTHERS.test(e.text))
  .map((e): LabelledDraft => ({
    text: e.text,
    lang: 'en',
    kind: e.label === 'none' ? 'everyday' : e.label === 'urgent' ? 'action' : 'suicidal',
    level: e.label,
    about: e.label === 'none' ? null : 'self'
  }))

export const DISTRESS_BITS = 17
export const LANGUAGE_BITS = 13

export interface Example {
  features: number[]
  label: number
}
export interface FitOptions {
  bits: number
  classes: number
  epochs: number
  rate: number
  l2: number
  seed: number
}

/** Small seeded PRNG so the generated file is the same on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0
    return s / 2 ** 32
  }
}

/** Softmax regression by SGD with AdaGrad steps and lazy L2 on the buckets an example touches. */
export function fit(examples: Example[], o: FitOptions): { weights: Float64Array; bias: Float64Array } {
  const k = o.classes
  const weights = new Float64Array((1 << o.bits) * k)
  const bias = new Float64Array(k)
  const g2 = new Float64Array(weights.length).fill(1e-6)
  const counts = new Array<number>(k).fill(0)
  for (const e of examples) counts[e.label]++
  // rarer classes weigh more (square-root balancing), so "someone else in danger" is not drowned out
  const classWeight = counts.map((c) => (c === 0 ? 0 : Math.sqrt(examples.length / (k * c))))
  const order = examples.map((_, i) => i)
  const random = rng(o.seed)
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j], order[i]]
    }
    for (const idx of order) {
      const { features, label } = examples[idx]
      if (features.length === 0) continue
      const norm = 1 / Math.sqrt(features.length)
      const logits = Array.from(bias)
      for (const f of features) for (let c = 0; c < k; c++) logits[c] += weights[f * k + c] * norm
      const top = Math.max(...logits)
      const exps = logits.map((l) => Math.exp(l - top))
      const total = exps.reduce((a, b) => a + b, 0)
      const cw = classWeight[label]
      for (let c = 0; c < k; c++) {
        const grad = (exps[c] / total - (c === label ? 1 : 0)) * cw
        bias[c] -= o.rate * grad * 0.5
        for (const f of features) {
          const w = f * k + c
          const g = grad * norm + o.l2 * weights[w]
          g2[w] += g * g
          weights[w] -= (o.rate * g) / Math.sqrt(g2[w])
        }
      }
    }
  }
  return { weights, bias }
}

export function quantise(fitted: { weights: Float64Array; bias: Float64Array }, bits: number, classes: readonly string[]): LinearModelJson {
  const k = classes.length
  const scale = classes.map((_, c) => {
    let max = 0
    for (let i = c; i < fitted.weights.length; i += k) max = Math.max(max, Math.abs(fitted.weights[i]))
    return max === 0 ? 1 : max / 127
  })
  const q = new Int8Array(fitted.weights.length)
  for (let i = 0; i < q.length; i++) q[i] = Math.round(fitted.weights[i] / scale[i % k])
  const round = (x: number) => Math.round(x * 1e6) / 1e6
  return { bits, classes: [...classes], bias: Array.from(fitted.bias, round), scale: scale.map(round), weights: toBase64(new Uint8Array(q.buffer)) }
}

export function score(fitted: { weights: Float64Array; bias: Float64Array }, k: number, features: number[]): number[] {
  const norm = features.length ? 1 / Math.sqrt(features.length) : 0
  const logits = Array.from(fitted.bias)
  for (const f of features) for (let c = 0; c < k; c++) logits[c] += fitted.weights[f * k + c] * norm
  const top = Math.max(...logits)
  const exps = logits.map((l) => Math.exp(l - top))
  const total = exps.reduce((a, b) => a + b, 0)
  return exps.map((e) => e / total)
}

export const distressClass = (d: LabelledDraft): number =>
  DISTRESS_CLASSES.indexOf(d.about === 'other' ? (d.level === 'urgent' ? 'other-urgent' : 'other') : d.level)

/** Each draft as the model sees it; language ID also sees it typed without accents. */
export function examples(set: readonly LabelledDraft[]): { language: Example[]; distress: Example[] } {
  const language: Example[] = []
  const distress: Example[] = []
  for (const d of set) {
    const lang = LANGUAGE_CLASSES.indexOf(d.lang)
    const folded = foldForLanguageId(d.text)
    language.push({ features: languageFeatures(folded, LANGUAGE_BITS), label: lang })
    const bare = folded.normalize('NFKD').replace(/\p{M}+/gu, '')
    if (bare !== folded) language.push({ features: languageFeatures(bare, LANGUAGE_BITS), label: lang })
    distress.push({ features: distressFeatures(normaliseForDistress(d.text, d.lang), d.lang, DISTRESS_BITS), label: distressClass(d) })
  }
  return { language, distress }
}

/** The common-word lines, for the language model only, with and without accents. */
export function wordExamples(): Example[] {
  return LANGUAGE_CLASSES.flatMap((lang, label) =>
    languageWords[lang].flatMap((line) => {
      const folded = foldForLanguageId(line)
      const bare = folded.normalize('NFKD').replace(/\p{M}+/gu, '')
      return [folded, bare].map((text) => ({ features: languageFeatures(text, LANGUAGE_BITS), label }))
    })
  )
}

export const LANGUAGE_FIT = { bits: LANGUAGE_BITS, classes: LANGUAGE_CLASSES.length, epochs: 12, rate: 0.3, l2: 1e-5, seed: 7 }
export const DISTRESS_FIT = {
  bits: DISTRESS_BITS,
  classes: DISTRESS_CLASSES.length,
  epochs: Number(process.env.EP ?? 25),
  rate: Number(process.env.RT ?? 0.3),
  l2: Number(process.env.L2 ?? 1e-5),
  seed: 11
}

/** Every training draft, tagged with the file (writing session) it came from. */
export const trainingGroups: ReadonlyArray<{ group: string; draft: LabelledDraft }> = [
  ...Object.entries(trainingFiles).flatMap(([group, set]) => set.map((draft) => ({ group, draft }))),
  ...issue3.map((draft) => ({ group: 'issue3-corpus', draft }))
]
export const training: readonly LabelledDraft[] = trainingGroups.map((g) => g.draft)

/** Both models fitted on a set of drafts, as the check will use them, and as JSON. */
export function fitModels(set: readonly LabelledDraft[]): { models: DistressModels; json: { language: LinearModelJson; distress: LinearModelJson } } {
  const ex = examples(set)
  const json = {
    language: quantise(fit([...ex.language, ...wordExamples()], LANGUAGE_FIT), LANGUAGE_BITS, LANGUAGE_CLASSES),
    distress: quantise(fit(ex.distress, DISTRESS_FIT), DISTRESS_BITS, DISTRESS_CLASSES)
  }
  return { models: { language: decodeModel(json.language), distress: decodeModel(json.distress) }, json }
}
