import type { LabelledDraft } from '../fixtures/distress-labels.ts'
import { heldOut } from '../fixtures/distress-heldout/index.ts'
import { heldOutB } from '../fixtures/distress-heldout-b/index.ts'
import { heldOutC } from '../fixtures/distress-heldout-c/index.ts'
import { heldOutD } from '../fixtures/distress-heldout-d/index.ts'
import { heldOutE } from '../fixtures/distress-heldout-e/index.ts'
import { heldOutF } from '../fixtures/distress-heldout-f/index.ts'
import { heldOutG } from '../fixtures/distress-heldout-g/index.ts'
import { heldOutH } from '../fixtures/distress-heldout-h/index.ts'
import { heldOutI } from '../fixtures/distress-heldout-i/index.ts'
import { heldOutJ } from '../fixtures/distress-heldout-j/index.ts'
import { heldOutK } from '../fixtures/distress-heldout-k/index.ts'
import { heldOutL } from '../fixtures/distress-heldout-l/index.ts'
import { heldOutM } from '../fixtures/distress-heldout-m/index.ts'
import { heldOutN } from '../fixtures/distress-heldout-n/index.ts'
import { heldOutO } from '../fixtures/distress-heldout-o/index.ts'
import { training } from '../fixtures/distress-train/index.ts'
import { describeHeldOutShape, type HeldOutMinimums } from '../helpers/heldout-shape.ts'

// Shape only: the blind held-out sets stay blind, so this file never runs the distress check and
// reports no accuracy (scripts/distress-heldout-report.ts measures). Each set is checked against
// the training set, sets A and B, and every blind set written before it.

/** Per language: drafts about the writer (urgent among them), about someone else (in danger now), hard negatives. */
const C: HeldOutMinimums = { self: 42, selfUrgent: 20, other: 6, negatives: 25 }
const D_E: HeldOutMinimums = { self: 48, selfUrgent: 24, other: 10, otherUrgent: 5, negatives: 30 }
const F_ON: HeldOutMinimums = { self: 50, selfUrgent: 25, other: 10, otherUrgent: 5, negatives: 32 }

const blind: Array<[name: string, set: readonly LabelledDraft[], min: HeldOutMinimums]> = [
  ['C', heldOutC, C],
  ['D', heldOutD, D_E],
  ['E', heldOutE, D_E],
  ['F', heldOutF, F_ON],
  ['G', heldOutG, F_ON],
  ['H', heldOutH, F_ON],
  ['I', heldOutI, F_ON],
  ['J', heldOutJ, F_ON],
  ['K', heldOutK, F_ON],
  ['L', heldOutL, F_ON],
  ['M', heldOutM, F_ON],
  ['N', heldOutN, F_ON],
  ['O', heldOutO, F_ON]
]

blind.forEach(([name, set, min], i) => {
  const earlier = blind.slice(0, i)
  const names = ['A', 'B', ...earlier.map(([n]) => n)]
  describeHeldOutShape(
    `held-out set ${name}`,
    set,
    `the training set or held-out sets ${names.join(', ')}`,
    [...training, ...heldOut, ...heldOutB, ...earlier.flatMap(([, s]) => s)],
    min
  )
})
