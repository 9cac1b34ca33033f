import { describe, expect, it } from 'vitest'
import { wordFamily } from '../../src/shared/safety/distress-concepts.ts'
import { checkDistress } from '../../src/shared/safety/distress.ts'
import { heldOut } from '../fixtures/distress-heldout/index.ts'
import { heldOutB } from '../fixtures/distress-heldout-b/index.ts'
import { heldOutC } from '../fixtures/distress-heldout-c/index.ts'
import { heldOutD } from '../fixtures/distress-heldout-d/index.ts'
import { training } from '../fixtures/distress-train/index.ts'

/**
 * The fourth pass's word families: one family for a thing named in any of the six languages, so
 * what the model learns in one language carries to the others. And the family rules built on
 * them, on sentences written for this test (none is in any training or held-out set: checked).
 */
describe('word families shared by the six languages', () => {
  it('reads the same thing named in each language as one family', () => {
    expect(['pills', 'pastillas', 'comprimidos', 'cachets', 'tabletten', 'pastiglie'].map(wordFamily)).toEqual(Array(6).fill('PILLS'))
    expect(['bridge', 'puente', 'ponte', 'pont', 'brucke'].map(wordFamily)).toEqual(Array(5).fill('HEIGHT'))
    expect(['tonight', 'noche', 'noite', 'soir', 'nacht', 'stanotte'].map(wordFamily)).toEqual(Array(6).fill('TIME'))
  })

  it('leaves everyday words alone', () => {
    for (const word of ['table', 'mesa', 'fenster', 'cafe', 'casa', 'ventana']) expect(wordFamily(word), word).toBeNull()
  })
})

const CASES: Array<[string, 'concern' | 'urgent', 'self' | 'other']> = [
  ['me tomé todas las pastillas de mi abuela hace un rato y ya me siento raro', 'urgent', 'self'],
  ["j'ai avalé toute la boîte de cachets il y a une heure", 'urgent', 'self'],
  ['ho preso tutte le pillole del flacone stamattina presto', 'urgent', 'self'],
  ['ich habe vorhin die ganze Packung Tabletten geschluckt', 'urgent', 'self'],
  ['meu irmão se trancou no quarto com os remédios da minha mãe e não abre', 'urgent', 'other']
]
// Known limit, not asserted (docs/safety.md): "tomé todas las pastillas del tratamiento como dijo
// la doctora y ya estoy mejor" (a course of pills finished as prescribed) is graded urgent.
const NONE: string[] = ["on a traversé le pont à vélo ce soir, c'était magnifique", 'ho preso tutte le vitamine che mi ha dato il medico, sto meglio']

describe('family rules outside English', () => {
  it('sentences here are in no training or held-out set', () => {
    const n = (t: string) =>
      t
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()
    const known = new Set([...training, ...heldOut, ...heldOutB, ...heldOutC, ...heldOutD].map((d) => n(d.text)))
    expect([...CASES.map((c) => c[0]), ...NONE].filter((t) => known.has(n(t)))).toEqual([])
  })

  it.each(CASES)('%s → %s about %s', (text, level, about) => {
    expect(checkDistress(text)).toMatchObject({ level, about })
  })

  it.each(NONE)('%s → none', (text) => {
    expect(checkDistress(text).level).toBe('none')
  })
})
