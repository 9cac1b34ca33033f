import { describe } from 'vitest'
import { itGradesEachGroup } from '../helpers/distress-cases.ts'

// Issue 14's fifth pass: when no rule matched and the model alone flags a draft, who is at risk is
// read from the draft (draftSubject in distress-rules.ts): the model tells risk from calm far
// better than it tells the writer from someone else. None of these sentences is in the training set.
describe('distress check, fifth pass (issue 14)', () => {
  itGradesEachGroup({
    'someone else the draft names first, in danger now': [
      ["il mio coinquilino è sul tetto in piedi sul bordo da mezz'ora", { level: 'urgent', about: 'other' }],
      ['mi vecina está en el balcón del quinto piso sentada en la baranda', { level: 'urgent', about: 'other' }],
      ['my cousin is on the railway bridge and keeps sending his location', { level: 'urgent', about: 'other' }]
    ],
    'the writer, though the draft names someone else': [
      // an object ("of my father") names nobody; a first person anywhere keeps it about the writer
      ['die Pistole von meinem Vater liegt im Keller und ich weiß wo der Schlüssel ist', { level: 'urgent', about: 'self' }],
      ["my brother's pills are in the cabinet and i counted them tonight", { level: 'urgent', about: 'self' }]
    ]
  })
})
