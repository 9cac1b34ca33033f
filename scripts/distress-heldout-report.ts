/**
 * Figures on the fifteen HELD-OUT sets (A to O), per language: recall, precision, urgent graded urgent, someone
 * else, language detected. Prints figures only, never the drafts missed, so that running it does
 * not turn a held-out set into a development set (docs/safety.md, "Measured figures").
 *
 *   node bin/run-ts.js scripts/distress-heldout-report.ts
 */
import { heldOut } from '../test/fixtures/distress-heldout/index.ts'
import { heldOutB } from '../test/fixtures/distress-heldout-b/index.ts'
import { heldOutC } from '../test/fixtures/distress-heldout-c/index.ts'
import { heldOutD } from '../test/fixtures/distress-heldout-d/index.ts'
import { heldOutE } from '../test/fixtures/distress-heldout-e/index.ts'
import { heldOutF } from '../test/fixtures/distress-heldout-f/index.ts'
import { heldOutG } from '../test/fixtures/distress-heldout-g/index.ts'
import { heldOutH } from '../test/fixtures/distress-heldout-h/index.ts'
import { heldOutI } from '../test/fixtures/distress-heldout-i/index.ts'
import { heldOutJ } from '../test/fixtures/distress-heldout-j/index.ts'
import { heldOutK } from '../test/fixtures/distress-heldout-k/index.ts'
import { heldOutL } from '../test/fixtures/distress-heldout-l/index.ts'
import { heldOutM } from '../test/fixtures/distress-heldout-m/index.ts'
import { heldOutN } from '../test/fixtures/distress-heldout-n/index.ts'
import { heldOutO } from '../test/fixtures/distress-heldout-o/index.ts'
import { LANGUAGES, type LabelledDraft } from '../test/fixtures/distress-labels.ts'
import { formatScores, scoreDrafts } from '../test/fixtures/distress-scoring.ts'

function report(name: string, set: readonly LabelledDraft[]): void {
  for (const lang of LANGUAGES) console.log(formatScores(`${name} ${lang}`, scoreDrafts(set.filter((d) => d.lang === lang))))
  console.log(formatScores(`${name} all`, scoreDrafts(set)))
}

report('held-out A', heldOut)
report('held-out B', heldOutB)
report('held-out C', heldOutC)
report('held-out D', heldOutD)
report('held-out E', heldOutE)
report('held-out F', heldOutF)
report('held-out G', heldOutG)
report('held-out H', heldOutH)
report('held-out I', heldOutI)
report('held-out J', heldOutJ)
report('held-out K', heldOutK)
report('held-out L', heldOutL)
report('held-out M', heldOutM)
report('held-out N', heldOutN)
report('held-out O', heldOutO)
