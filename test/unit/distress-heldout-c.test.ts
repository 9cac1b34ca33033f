import { heldOutC } from '../fixtures/distress-heldout-c/index.ts'
import { heldOut } from '../fixtures/distress-heldout/index.ts'
import { heldOutB } from '../fixtures/distress-heldout-b/index.ts'
import { training } from '../fixtures/distress-train/index.ts'
import { describeHeldOutShape } from '../helpers/heldout-shape.ts'

// Shape only: set C stays blind, so this file never runs the distress check and reports no accuracy.
describeHeldOutShape('held-out set C', heldOutC, 'the training set or held-out sets A and B', [...training, ...heldOut, ...heldOutB], {
  self: 42,
  selfUrgent: 20,
  other: 6,
  negatives: 25
})
