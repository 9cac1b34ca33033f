import { describe, expect, it } from 'vitest'
import { normaliseForDistress } from '../../src/shared/safety/distress.ts'
import { LEXICONS, runLexicon } from '../../src/shared/safety/distress-rules.ts'
import { heldOut } from '../fixtures/distress-heldout/index.ts'
import { heldOutB } from '../fixtures/distress-heldout-b/index.ts'
import { training } from '../fixtures/distress-train/index.ts'
import { itGradesEachGroup, type Want } from '../helpers/distress-cases.ts'

/**
 * The phrase families of issue 14's second pass (distress-lexicon/en-wider.ts, wider-rules.ts) and
 * the negation fix in distress-rules.ts, each with the everyday sentence it must leave alone.
 * Sentences written for this test: none is in the training set or either held-out set (checked below).
 */
const CASES: Record<string, Array<[string, Want]>> = {
  'means named and at hand (en)': [
    ['I have a whole box of codeine within reach', { level: 'urgent', about: 'self' }],
    ["i'm holding my brother's pistol in both hands", { level: 'urgent', about: 'self' }],
    ["i'm sitting on the parapet and it's so quiet", { level: 'urgent', about: 'self' }]
  ],
  'acts already taken (en)': [
    ['i took my entire supply of tramadol', { level: 'urgent', about: 'self' }],
    ['i swallowed them all, every last one', { level: 'urgent', about: 'self' }],
    ['I took 20 mg of sertraline this morning like my doctor said', { level: 'none' }],
    ['I took my whole prescription to the pharmacy to ask about it', { level: 'none' }]
  ],
  'plans tied to a time or a condition (en)': [
    ["I'll end it as soon as my sister has had her baby", { level: 'urgent', about: 'self' }],
    ['going to take my life on the anniversary of her death', { level: 'urgent', about: 'self' }],
    ["we'll end it when the credits roll, then bed", { level: 'none' }]
  ],
  'farewells that ask people not to grieve (en)': [
    ["I love you all. Please don't grieve, it was always going to end this way", { level: 'urgent', about: 'self' }],
    ["I love you all, don't be sad, I'll be back from Peru in June! see you then", { level: 'none' }]
  ],
  'negation and the past, read right (en)': [
    ["it's not like I want to die, I'm just fed up with the bus", { level: 'none' }],
    ['none of this means I want to kill myself, I just need sleep', { level: 'none' }],
    ['self harm free for two whole years now', { level: 'none' }],
    ['I wish I could just stop existing', { level: 'concern', about: 'self' }]
  ],
  'someone else in danger now (en)': [['my girlfriend locked herself in the bathroom with my razor', { level: 'urgent', about: 'other' }]],
  'other languages': [
    ['no lloren por mí, de verdad los quiero', { level: 'urgent', about: 'self' }],
    ['que llore no significa que me quiera morir', { level: 'none' }],
    ['ich habe euch alle lieb, weint nicht um mich', { level: 'urgent', about: 'self' }],
    ['es heißt nicht, dass ich sterben will, ich bin nur müde', { level: 'none' }],
    ["ne pleurez pas pour moi, c'est mieux comme ça", { level: 'urgent', about: 'self' }],
    ['amo vocês, não se culpem por nada', { level: 'urgent', about: 'self' }],
    ['já decidi: é amanhã que eu viajo para a praia', { level: 'none' }],
    ['vi voglio bene, non piangete per me', { level: 'urgent', about: 'self' }],
    ['ho messo da parte le medicine per il viaggio in Grecia', { level: 'none' }]
  ]
}

describe('distress check, second pass (issue 14)', () => {
  itGradesEachGroup(CASES)

  // No rule fires on these look-alikes. The model alone still flags all three (a known false alarm,
  // docs/safety.md "Limits"), so they are checked against the lexicon, not the whole check.
  const LOOK_ALIKES: Array<['en' | 'fr', string]> = [
    ['en', 'I have my inhaler in my bag and a knife for the apples'],
    ['en', 'I always keep a knife next to me when cooking'],
    ['fr', "c'est décidé, on part en Bretagne demain"]
  ]
  it('leaves everyday look-alikes of means and plans alone in the lexicon', () => {
    for (const [lang, text] of LOOK_ALIKES) {
      const lex = runLexicon(LEXICONS[lang], normaliseForDistress(text, lang))
      expect(lex.matched, text).toEqual([])
    }
  })

  it('uses sentences that are in no training or held-out set', () => {
    const known = new Set([...training, ...heldOut, ...heldOutB].map((d) => d.text.toLowerCase()))
    const texts = [...Object.values(CASES).flatMap((cases) => cases.map(([text]) => text)), ...LOOK_ALIKES.map(([, text]) => text)]
    for (const text of texts) expect(known.has(text.toLowerCase()), text).toBe(false)
  })
})
