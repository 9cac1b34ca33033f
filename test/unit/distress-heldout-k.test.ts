import { heldOutK } from '../fixtures/distress-heldout-k/index.ts'
import { heldOutJ } from '../fixtures/distress-heldout-j/index.ts'
import { heldOutI } from '../fixtures/distress-heldout-i/index.ts'
import { heldOutH } from '../fixtures/distress-heldout-h/index.ts'
import { heldOutG } from '../fixtures/distress-heldout-g/index.ts'
import { heldOutF } from '../fixtures/distress-heldout-f/index.ts'
import { heldOutE } from '../fixtures/distress-heldout-e/index.ts'
import { heldOutD } from '../fixtures/distress-heldout-d/index.ts'
import { heldOutC } from '../fixtures/distress-heldout-c/index.ts'
import { heldOut } from '../fixtures/distress-heldout/index.ts'
import { heldOutB } from '../fixtures/distress-heldout-b/index.ts'
import { training } from '../fixtures/distress-train/index.ts'
import { describeHeldOutShape } from '../helpers/heldout-shape.ts'

// Shape only: set K stays blind, so this file never runs the distress check and reports no accuracy.
// Per language: 50 drafts about the writer (25 urgent), 10 about someone else (5 in danger now), 32 hard negatives.
describeHeldOutShape(
  'held-out set K',
  heldOutK,
  'the training set or held-out sets A to J',
  [...training, ...heldOut, ...heldOutB, ...heldOutC, ...heldOutD, ...heldOutE, ...heldOutF, ...heldOutG, ...heldOutH, ...heldOutI, ...heldOutJ],
  {
    self: 50,
    selfUrgent: 25,
    other: 10,
    otherUrgent: 5,
    negatives: 32
  }
)
