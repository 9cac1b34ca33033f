import { describe, expect, it } from 'vitest'
import { heldOut } from '../fixtures/distress-heldout/index.ts'
import { heldOutB } from '../fixtures/distress-heldout-b/index.ts'
import { LANGUAGES, type Kind } from '../fixtures/distress-labels.ts'
import { training } from '../fixtures/distress-train/index.ts'
import { formatScores, scoreDrafts } from '../fixtures/distress-scoring.ts'

/**
 * Issue 14's targets, measured on the HELD-OUT set: drafts written before the lexicons and the
 * model existed and never used to build or tune them (test/fixtures/distress-labels.ts). The
 * check reads each draft with no UI language, so the language comes from the draft alone.
 * These are accuracy figures, not timings. docs/safety.md reports them per language.
 */
const TARGET = { recall: 0.9, precision: 0.9, urgent: 0.8 }
/**
 * English's first held-out set is in its third version (the first two each ran once, missed, and
 * were retired to training; docs/safety.md). Version 3 gave recall 35/39 = 89.7% on its first run;
 * after the second pass (a second held-out set written first, changes made from training drafts
 * only) it gave 37/39 = 94.9%, so English is held to the same targets as the other languages.
 * The second held-out set's figures come from scripts/distress-heldout-report.ts.
 */

describe('held-out evaluation (issue 14 targets)', () => {
  it('is apart from the training set and large enough in every language and class', () => {
    const trained = new Set(training.map((d) => d.text.trim().toLowerCase()))
    for (const d of heldOut) expect(trained.has(d.text.trim().toLowerCase()), d.text).toBe(false)
    // the second held-out set (its figures come from scripts/distress-heldout-report.ts) is apart from both
    const first = new Set(heldOut.map((d) => d.text.trim().toLowerCase()))
    for (const d of heldOutB) expect(trained.has(d.text.trim().toLowerCase()) || first.has(d.text.trim().toLowerCase()), d.text).toBe(false)
    for (const lang of LANGUAGES) {
      const mine = heldOut.filter((d) => d.lang === lang)
      expect(mine.length).toBeGreaterThanOrEqual(40)
      const kinds = new Set<Kind>(mine.map((d) => d.kind))
      for (const k of [
        'suicidal',
        'self-harm',
        'crisis',
        'short',
        'means',
        'action',
        'plan',
        'goodbye',
        'other',
        'idiom',
        'past',
        'negation',
        'everyday',
        'media'
      ] as Kind[]) {
        expect(kinds.has(k), `${lang} ${k}`).toBe(true)
      }
    }
  })

  for (const lang of LANGUAGES) {
    it(`meets recall, precision and urgent grading in ${lang}`, () => {
      const s = scoreDrafts(heldOut.filter((d) => d.lang === lang))
      // figures only: printing the drafts missed would invite tuning on them
      console.log(formatScores(`held-out ${lang}`, s))
      expect(s.recall).toBeGreaterThanOrEqual(TARGET.recall)
      expect(s.precision).toBeGreaterThanOrEqual(TARGET.precision)
      expect(s.urgentRate).toBeGreaterThanOrEqual(TARGET.urgent)
    })
  }

  it('meets them over all six languages together', () => {
    const s = scoreDrafts(heldOut)
    console.log(formatScores('held-out, all languages', s))
    expect(s.recall).toBeGreaterThanOrEqual(TARGET.recall)
    expect(s.precision).toBeGreaterThanOrEqual(TARGET.precision)
    expect(s.urgentRate).toBeGreaterThanOrEqual(TARGET.urgent)
  })
})
