/**
 * Grouped evaluation of the distress check (issue 14's fourth pass): holds out one training FILE
 * (one writing session) at a time, fits both models on the other files, and scores the whole check
 * and the model alone on the held-out file. Random k-fold lets near-duplicates from the same session
 * sit on both sides of a fold; this does not, so it says how the check does on another session's
 * wording. The lexicons were still written with every training file in view, so the whole-check
 * figure is optimistic; the model-alone figure is the cleaner of the two. Training data only.
 *
 *   node bin/run-ts.js scripts/distress-grouped-eval.ts [--verbose] [--only=extra-d-es,...]
 */
import type { LabelledDraft } from '../test/fixtures/distress-labels.ts'
import { checkDistressWith, MODEL_RISK, modelRead, type DistressModels, type DistressResult } from '../src/shared/safety/distress.ts'
import { normaliseForDistress } from '../src/shared/safety/distress-normalise.ts'
import { formatScores, scoreDrafts } from '../test/fixtures/distress-scoring.ts'
import { LANGUAGE_CLASSES } from '../src/shared/safety/distress-classes.ts'
import { fitModels, trainingGroups } from './distress-fit.ts'

const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
const verbose = process.argv.includes('--verbose')
const groups = [...new Set(trainingGroups.map((g) => g.group))].filter((g) => !only || only.includes(g))

const whole: Array<{ draft: LabelledDraft; result: DistressResult }> = []
/** The model alone at the check's threshold, in the draft's own language: no lexicon, no language ID. */
function modelAlone(models: DistressModels, d: LabelledDraft): DistressResult {
  const p = modelRead(models.distress, normaliseForDistress(d.text, d.lang), d.lang)
  const self = p[1] + p[2]
  const other = p[3] + p[4]
  const flagged = Math.max(self, other) >= MODEL_RISK
  const urgent = self >= other ? p[2] > p[1] : p[4] > p[3]
  const level = !flagged ? 'none' : urgent ? 'urgent' : 'concern'
  return { level, categories: [], about: flagged ? (self >= other ? 'self' : 'other') : null, language: d.lang, languageSource: 'option', matched: ['model'] }
}

const modelOnly: Array<{ draft: LabelledDraft; result: DistressResult }> = []
for (const group of groups) {
  const held = trainingGroups.filter((g) => g.group === group).map((g) => g.draft)
  const { models } = fitModels(trainingGroups.filter((g) => g.group !== group).map((g) => g.draft))
  for (const d of held) {
    whole.push({ draft: d, result: checkDistressWith(models, d.text) })
    modelOnly.push({ draft: d, result: modelAlone(models, d) })
  }
}

function report(name: string, outcomes: ReadonlyArray<{ draft: LabelledDraft; result: DistressResult }>): void {
  for (const lang of [...LANGUAGE_CLASSES, null]) {
    const part = outcomes.filter((o) => lang === null || o.draft.lang === lang)
    if (part.length === 0) continue
    const byText = new Map(part.map((o) => [o.draft.text, o.result]))
    const s = scoreDrafts(
      part.map((o) => o.draft),
      (t) => byText.get(t)!
    )
    console.log(formatScores(`${name}, ${lang ?? 'all'}`, s))
    if (verbose && lang && lang !== 'en') for (const e of s.errors) console.log(`    ${e}`)
  }
}

console.log(`grouped evaluation: ${groups.length} files held out one at a time`)
report('whole check, file held out', whole)
report('model alone, file held out', modelOnly)
