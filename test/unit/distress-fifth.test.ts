import { describe, expect, it } from 'vitest'
import { normaliseForDistress } from '../../src/shared/safety/distress.ts'
import { draftSubject, LEXICONS } from '../../src/shared/safety/distress-rules.ts'
import type { DistressLanguage } from '../../src/shared/safety/distress-classes.ts'
import { itGradesEachGroup } from '../helpers/distress-cases.ts'

// Issue 14's fifth pass: when no rule matched and the model alone flags a draft, who is at risk is
// read from the draft (draftSubject in distress-rules.ts): the model tells risk from calm far
// better than it tells the writer from someone else. None of these sentences is in the training set.
const subject = (lang: DistressLanguage, text: string): 'self' | 'other' => draftSubject(LEXICONS[lang], normaliseForDistress(text, lang))

describe('who a draft is about when only the model flags it (draftSubject)', () => {
  it('another person named as the subject, and never the writer: about them', () => {
    // the check itself misses this one since the ninth pass (docs/safety.md, "Limits"); the rule still reads it right
    expect(subject('it', "il mio coinquilino è sul tetto in piedi sul bordo da mezz'ora")).toBe('other')
    expect(subject('es', 'mi vecina está en el balcón del quinto piso sentada en la baranda')).toBe('other')
    expect(subject('de', 'mein Bruder steht seit einer Stunde auf der Brücke')).toBe('other')
    expect(subject('en', 'she sent a goodbye and her phone is off')).toBe('other')
  })

  it('the writer speaking of themselves anywhere, or another person only as an object: about the writer', () => {
    expect(subject('de', 'die Pistole von meinem Vater liegt im Keller und ich weiß wo der Schlüssel ist')).toBe('self')
    expect(subject('es', 'las pastillas de mi madre están en la mesa')).toBe('self')
    expect(subject('en', 'my mum is away and i have the house to myself tonight')).toBe('self')
    expect(subject('en', 'the bottle is on the table')).toBe('self')
  })
})

describe('distress check, fifth pass (issue 14)', () => {
  itGradesEachGroup({
    'someone else the draft names first, in danger now': [
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
