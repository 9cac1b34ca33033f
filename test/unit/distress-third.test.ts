import { describe, expect, it } from 'vitest'
import { normaliseForDistress } from '../../src/shared/safety/distress.ts'
import { training } from '../fixtures/distress-train/index.ts'
import { itGradesEachGroup, type Want } from '../helpers/distress-cases.ts'

/**
 * The phrase families of issue 14's third pass (distress-lexicon/en-third.ts, third-rules.ts, the
 * typo and shorthand folding in distress-normalise.ts), each with an everyday sentence that shares
 * its words and must be left alone. Sentences written for this test; none is a training draft
 * (checked below).
 */
const SELF_URGENT: Want = { level: 'urgent', about: 'self' }
const NONE: Want = { level: 'none' }
const CASES: Record<string, Array<[string, Want]>> = {
  'finality said in passing, and things given away for good': [
    ["when i'm gone please look after my rabbit", SELF_URGENT],
    ["feed the cat when i'm gone to my mum's next week", NONE],
    ["gave my records to my best mate, i won't need them where i'm going", SELF_URGENT],
    ["gave my old phone to my sister, i won't need it since i upgraded", NONE],
    ["j'ai tout donné, là où je vais je n'en aurai pas besoin", SELF_URGENT]
  ],
  'letters and notes left for people': [
    ["i wrote a letter for each of my kids, they're under my pillow", SELF_URGENT],
    ["if you find this, i'm sorry, it's not your fault", SELF_URGENT],
    ['if anyone finds this thread useful, let me know', NONE]
  ],
  'a last message sent through someone': [
    ['dile a mi hermana que la quiero y que lo siento', SELF_URGENT],
    ['sagt meinem Bruder, dass es mir leid tut', SELF_URGENT],
    ['diz para o meu pai que eu o amo e que sinto muito', SELF_URGENT],
    ['dite a mio fratello che mi dispiace', SELF_URGENT]
  ],
  'acts already taken and plans with a time': [
    ['i swallowed everything in the medicine cabinet', SELF_URGENT],
    ['i cut deeper than ever tonight', SELF_URGENT],
    ['cut myself again yesterday, first time in a year', { level: 'concern', about: 'self' }],
    ['thinking about ctb this weekend', SELF_URGENT],
    // "farla finita con ..." is everyday unless it ends life ("con la vita", "con tutto")
    ['la faccio finita con la vita', SELF_URGENT],
    ["i'm going to end it with my girlfriend tonight, she cheated", NONE]
  ],
  'the day named, means together, everything taken, goodbyes': [
    ["saturday is the day. i've made my decision", SELF_URGENT],
    ["samedi c'est le jour, tout est prêt", SELF_URGENT],
    ["i've got sleeping pills and a bottle of gin next to the bed", SELF_URGENT],
    ['tomé todo lo que encontré en el botiquín', SELF_URGENT],
    ['ho preso tutto quello che avevo nel cassetto delle medicine', SELF_URGENT],
    ['ich liebe dich Papa, sei nicht traurig', SELF_URGENT],
    ['ich vermisse dich, sei nicht traurig, ich komme morgen', NONE],
    ['my mate texted me saying goodbye and now his phone is off', { level: 'urgent', about: 'other' }]
  ],
  'typos, shorthand and dropped accents': [
    ['i wnat to kill myself', { level: 'concern', about: 'self' }],
    ['jsuis fatiguée, jveux plus vivre', { level: 'concern', about: 'self' }],
    ['ich wuensche mir, nicht mehr aufzuwachen', { level: 'concern', about: 'self' }],
    ['no aguanto mas esta vida', { level: 'concern', about: 'self' }]
  ],
  'everyday annoyances and work idioms': [
    ['me mato estudiando para el examen', NONE],
    ['cut my hair for the first time since june', NONE],
    ["i'm at my limit with this spreadsheet", NONE],
    ['je me tue à te le dire', NONE],
    ["j'en peux plus de ces travaux", NONE],
    ['não aguento mais esse trânsito', NONE],
    ['non ce la faccio più con queste zanzare', NONE],
    ['stasera la faccio finita con la dieta', NONE],
    ['la doctora dijo que me tome las pastillas con la comida', NONE]
  ]
}

describe('distress check, third pass (issue 14)', () => {
  itGradesEachGroup(CASES)

  it('folds the typos and chat forms the rules are built on', () => {
    expect(normaliseForDistress('i wnat to die, sucidal, better of dead tmrw', 'en')).toBe('i want to die, suicidal, better off dead tomorrow')
    expect(normaliseForDistress('ich wuensche mir, ich waere tot', 'de')).toBe('ich wunsche mir, ich ware tot')
    expect(normaliseForDistress("jpense a en finir, jsuis mal, jai peur, j'vais", 'fr')).toBe("je pense a en finir, je suis mal, j'ai peur, je vais")
    expect(normaliseForDistress('qiero morir', 'es')).toBe('quiero morir')
    // words that merely contain the letters are left alone
    expect(normaliseForDistress('das Feuer ist aktuell neu', 'de')).toBe('das feuer ist aktuell neu')
  })

  it('uses sentences that are not training drafts', () => {
    const seen = new Set(training.map((d) => d.text.toLowerCase()))
    for (const text of Object.values(CASES).flatMap((c) => c.map(([t]) => t))) expect(seen.has(text.toLowerCase()), text).toBe(false)
  })
})
