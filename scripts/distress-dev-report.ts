/**
 * Development report for the distress check on the TRAINING set only (the held-out set is read by
 * test/unit/distress-heldout.test.ts and nowhere else). Prints, per language, what the lexicon
 * alone misses or wrongly flags (so phrase work can be judged), then the whole check's figures.
 * The whole check here uses the shipped model, which was fitted on these drafts: its figures are
 * in-sample; `scripts/train-distress-model.ts --check` gives cross-validated ones.
 *
 *   node bin/run-ts.js scripts/distress-dev-report.ts [en|es|de|fr|pt|it] [--quiet]
 */
import { training } from '../test/fixtures/distress-train/index.ts'
import { LANGUAGES } from '../test/fixtures/distress-labels.ts'
import { formatScores, scoreDrafts } from '../test/fixtures/distress-scoring.ts'
import { LEXICONS, runLexicon } from '../src/shared/safety/distress-rules.ts'
import { normaliseForDistress } from '../src/shared/safety/distress-normalise.ts'

const quiet = process.argv.includes('--quiet')
const only = LANGUAGES.filter((l) => process.argv.includes(l))
for (const lang of only.length > 0 ? only : LANGUAGES) {
  const drafts = training.filter((d) => d.lang === lang)
  let missed = 0
  let wrong = 0
  let notUrgent = 0
  for (const d of drafts) {
    const lex = runLexicon(LEXICONS[lang], normaliseForDistress(d.text, lang))
    const self = lex.self.length > 0
    const other = !self && lex.other.length > 0
    let problem = ''
    if (d.about === 'self' && !self) problem = `missed${other ? ' (read as someone else)' : ''}`
    else if (d.about !== 'self' && self) problem = `false alarm (${lex.matched.join(', ')})`
    else if (d.about === 'other' && !other) problem = 'someone else not seen'
    else if (d.about === 'self' && d.level === 'urgent' && !lex.urgentSelf) problem = 'not urgent'
    if (problem.startsWith('missed')) missed++
    if (problem.startsWith('false')) wrong++
    if (problem === 'not urgent') notUrgent++
    if (problem && !quiet) console.log(`  ${lang} ${problem} [${d.kind}]: ${d.text}`)
  }
  console.log(`lexicon alone, training ${lang}: ${missed} missed, ${wrong} false alarms, ${notUrgent} urgent graded concern, of ${drafts.length}`)
  console.log(formatScores(`whole check (in-sample model), training ${lang}`, scoreDrafts(drafts)))
}
