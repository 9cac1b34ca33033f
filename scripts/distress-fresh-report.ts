/**
 * Scores a fresh batch of training drafts with the check as it ships, BEFORE the batch is used for
 * anything (issue 14's fourth pass): the figure says how the check does on wording it has not seen.
 * Pass the fixture files; each must export its drafts as its only array export.
 *
 *   node bin/run-ts.js scripts/distress-fresh-report.ts test/fixtures/distress-train/extra-d-es.ts ... [--verbose]
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { LabelledDraft } from '../test/fixtures/distress-labels.ts'
import { LANGUAGES } from '../test/fixtures/distress-labels.ts'
import { formatScores, scoreDrafts } from '../test/fixtures/distress-scoring.ts'

const verbose = process.argv.includes('--verbose')
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'))
const batch: LabelledDraft[] = []
for (const file of files) {
  const mod = (await import(pathToFileURL(path.resolve(file)).href)) as Record<string, unknown>
  for (const value of Object.values(mod)) if (Array.isArray(value)) batch.push(...(value as LabelledDraft[]))
}
for (const lang of [...LANGUAGES, null]) {
  const part = batch.filter((d) => lang === null || d.lang === lang)
  if (part.length === 0) continue
  const s = scoreDrafts(part)
  console.log(formatScores(`fresh batch, ${lang ?? 'all'}`, s))
  if (verbose && lang) for (const e of s.errors) console.log(`    ${e}`)
}
