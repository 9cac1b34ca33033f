import { heldOutE } from '../fixtures/distress-heldout-e/index.ts'
import { heldOutD } from '../fixtures/distress-heldout-d/index.ts'
import { heldOutC } from '../fixtures/distress-heldout-c/index.ts'
import { heldOut } from '../fixtures/distress-heldout/index.ts'
import { heldOutB } from '../fixtures/distress-heldout-b/index.ts'
import { training } from '../fixtures/distress-train/index.ts'
import { describeHeldOutShape } from '../helpers/heldout-shape.ts'

// Shape only: set E stays blind, so this file never runs the distress check and reports no accuracy.
// Per language: 48 drafts about the writer (24 urgent), 10 about someone else (5 in danger now), 30 hard negatives.
describeHeldOutShape(
  'held-out set E',
  heldOutE,
  'the training set or held-out sets A, B, C and D',
  [...training, ...heldOut, ...heldOutB, ...heldOutC, ...heldOutD],
  {
    self: 48,
    selfUrgent: 24,
    other: 10,
    otherUrgent: 5,
    negatives: 30
  }
)
