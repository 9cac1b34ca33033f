import { describe, expect, it } from 'vitest'
import { checkDistress } from '../../src/shared/safety/distress.ts'
import { heldOut } from '../fixtures/distress-heldout/index.ts'
import { training } from '../fixtures/distress-train/index.ts'

/**
 * Behaviour of the distress check in each language. The sentences here are written for these
 * tests: none of them is in the training set or the held-out set (checked below).
 */
type Expect = { level: 'none' | 'concern' | 'urgent'; about?: 'self' | 'other' | null }
const CASES: Record<string, Array<[string, Expect]>> = {
  // The misses that issue 14 names, word for word.
  'issue 14 examples (en)': [
    ['I have the pills in front of me…', { level: 'urgent', about: 'self' }],
    ['I bought a rope today', { level: 'urgent', about: 'self' }],
    ["I loaded my dad's gun", { level: 'urgent', about: 'self' }],
    ['I took the whole bottle an hour ago', { level: 'urgent', about: 'self' }],
    ['my plan is set for friday', { level: 'urgent', about: 'self' }],
    ["I don't think I'll make it through the week", { level: 'urgent', about: 'self' }],
    ['suicidal again today', { level: 'concern', about: 'self' }],
    ['my friend said she wants to end it', { level: 'concern', about: 'other' }]
  ],
  es: [
    ['últimamente solo quiero morirme', { level: 'concern', about: 'self' }],
    ['tengo la cuerda preparada en el armario', { level: 'urgent', about: 'self' }],
    ['me acabo de tomar todas las pastillas de mi abuela', { level: 'urgent', about: 'self' }],
    ['mi prima dice que se quiere suicidar', { level: 'concern', about: 'other' }],
    ['me muero de calor en este autobús', { level: 'none' }],
    ['hace muchos años me cortaba, ahora estoy bien', { level: 'none' }],
    ['no me voy a matar, solo estoy cansado', { level: 'none' }],
    ['la novela cuenta cómo el abuelo se quita la vida', { level: 'none' }]
  ],
  de: [
    ['ich will einfach nicht mehr leben', { level: 'concern', about: 'self' }],
    ['das Seil liegt schon bereit', { level: 'urgent', about: 'self' }],
    ['ich habe gerade alle meine Schlaftabletten geschluckt', { level: 'urgent', about: 'self' }],
    ['meine Tochter sagt, sie will sich umbringen', { level: 'concern', about: 'other' }],
    ['dieser Stau bringt mich um', { level: 'none' }],
    ['früher habe ich mich geritzt, heute nicht mehr', { level: 'none' }],
    ['ich will nicht sterben, ich brauche nur Ruhe', { level: 'none' }],
    ['im Film bringt sich der Vater am Ende um', { level: 'none' }]
  ],
  fr: [
    ["j'ai vraiment envie de mourir ce mois-ci", { level: 'concern', about: 'self' }],
    ["j'ai acheté une corde ce matin", { level: 'urgent', about: 'self' }],
    ["j'ai avalé toute la boîte de cachets", { level: 'urgent', about: 'self' }],
    ['mon fils veut se tuer, aidez-moi', { level: 'concern', about: 'other' }],
    ['je meurs de faim après cette rando', { level: 'none' }],
    ["il y a dix ans j'avais des idées suicidaires, ça va mieux", { level: 'none' }],
    ["je ne vais pas me tuer, j'ai juste besoin de parler", { level: 'none' }],
    ['dans la série le héros se suicide au dernier épisode', { level: 'none' }]
  ],
  pt: [
    ['eu só quero morrer', { level: 'concern', about: 'self' }],
    ['comprei uma corda hoje de manhã', { level: 'urgent', about: 'self' }],
    ['tomei todos os comprimidos da caixa', { level: 'urgent', about: 'self' }],
    ['minha prima disse que quer se matar', { level: 'concern', about: 'other' }],
    ['esse trânsito tá me matando', { level: 'none' }],
    ['há muitos anos eu me cortava, hoje estou bem', { level: 'none' }],
    ['não vou me matar, só preciso desabafar', { level: 'none' }],
    ['no filme o pai se mata no final', { level: 'none' }]
  ],
  it: [
    ['voglio morire, sono stanca', { level: 'concern', about: 'self' }],
    ['ho comprato una corda stamattina', { level: 'urgent', about: 'self' }],
    ['ho appena preso tutte le pastiglie della scatola', { level: 'urgent', about: 'self' }],
    ['mia cugina dice che vuole uccidersi', { level: 'concern', about: 'other' }],
    ['questo traffico mi uccide', { level: 'none' }],
    ['anni fa mi tagliavo, ora sto bene', { level: 'none' }],
    ['non mi ucciderò, ho solo bisogno di parlare', { level: 'none' }],
    ['nel film il padre si uccide alla fine', { level: 'none' }]
  ]
}

describe('distress check behaviour, per language', () => {
  for (const [group, cases] of Object.entries(CASES)) {
    it(`grades ${group}: risk, means, acts, someone else, idiom, past, negation, fiction`, () => {
      for (const [text, want] of cases) {
        const got = checkDistress(text)
        expect({ level: got.level, about: got.about }, text).toEqual({ level: want.level, about: want.about ?? null })
        if (want.level === 'none') expect(got.categories, text).toEqual([])
      }
    })
  }

  it('uses sentences that are in neither the training nor the held-out set (the issue quotes aside)', () => {
    const known = new Set([...training, ...heldOut].map((d) => d.text.toLowerCase()))
    for (const [group, cases] of Object.entries(CASES)) {
      if (group.startsWith('issue 14')) continue // quoted from the issue; "I bought a rope today" is also a training draft
      for (const [text] of cases) expect(known.has(text.toLowerCase()), text).toBe(false)
    }
    for (const [text] of CASES['issue 14 examples (en)'])
      expect(
        heldOut.some((d) => d.text === text),
        text
      ).toBe(false)
  })
})

describe('language detection', () => {
  it('takes the language from the draft', () => {
    const drafts: Array<[string, string]> = [
      ['I feel like nobody would notice if I was gone', 'en'],
      ['siento que nadie se daría cuenta si me fuera', 'es'],
      ['ich habe das Gefühl, niemand würde es merken, wenn ich weg wäre', 'de'],
      ["j'ai l'impression que personne ne remarquerait si je partais", 'fr'],
      ['sinto que ninguém ia perceber se eu sumisse', 'pt'],
      ['ho la sensazione che nessuno se ne accorgerebbe se sparissi', 'it']
    ]
    for (const [text, lang] of drafts) expect(checkDistress(text), text).toMatchObject({ language: lang, languageSource: 'draft' })
  })

  it('falls back to the UI language when the draft is too short to tell', () => {
    expect(checkDistress('ok', { uiLanguage: 'de-AT' })).toMatchObject({ language: 'de', languageSource: 'ui' })
    expect(checkDistress('😢😢', { uiLanguage: 'pt-BR' })).toMatchObject({ language: 'pt', languageSource: 'ui' })
    expect(checkDistress('ok', { uiLanguage: 'ja-JP' })).toMatchObject({ language: 'en', languageSource: 'default' })
    expect(checkDistress('ok')).toMatchObject({ language: 'en', languageSource: 'default' })
  })

  it('lets a clear draft win over the UI language, and the caller force a language', () => {
    expect(checkDistress('quiero morirme, ya no aguanto más', { uiLanguage: 'en-US' })).toMatchObject({ language: 'es', level: 'concern' })
    expect(checkDistress('voglio morire', { language: 'it' })).toMatchObject({ language: 'it', languageSource: 'option', level: 'concern' })
  })

  it('still catches a short draft in another language than the UI one', () => {
    expect(checkDistress('suicida', { uiLanguage: 'es' })).toMatchObject({ level: 'concern', about: 'self' })
    expect(checkDistress('kms', { uiLanguage: 'fr-FR' })).toMatchObject({ level: 'concern', about: 'self' })
  })
})
