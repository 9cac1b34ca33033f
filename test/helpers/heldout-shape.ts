import { describe, it, expect } from 'vitest'
import { LANGUAGES, labelOf, type Kind, type LabelledDraft } from '../fixtures/distress-labels.ts'

// Shape checks shared by the blind held-out sets: they never run the distress check and report no
// accuracy, so a set stays blind however often these run.

const ABOUT_THE_WRITER: readonly Kind[] = ['suicidal', 'self-harm', 'crisis', 'short', 'means', 'action', 'plan', 'goodbye']
const HARD_NEGATIVES: readonly Kind[] = ['idiom', 'past', 'negation', 'everyday', 'media']
const EVERY_KIND: readonly Kind[] = [...ABOUT_THE_WRITER, 'other', 'other-urgent', ...HARD_NEGATIVES]

/** Least counts per language; otherUrgent is checked only when given. */
export interface HeldOutMinimums {
  self: number
  selfUrgent: number
  other: number
  otherUrgent?: number
  negatives: number
}

/** Case, accents, apostrophe style, punctuation and spacing do not make two drafts different. */
function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

function countBy(drafts: readonly LabelledDraft[], keep: (d: LabelledDraft) => boolean): number {
  return drafts.filter(keep).length
}

/** Declares the shape tests for one held-out set; `elsewhere` holds every other set's drafts. */
export function describeHeldOutShape(
  name: string,
  set: readonly LabelledDraft[],
  elsewhereName: string,
  elsewhere: readonly LabelledDraft[],
  min: HeldOutMinimums
): void {
  describe(`${name} (shape only)`, () => {
    it(`shares no text with ${elsewhereName}`, () => {
      const taken = new Set(elsewhere.map((d) => normalise(d.text)))
      expect(taken.size).toBeGreaterThan(0)
      const collisions = set.filter((d) => taken.has(normalise(d.text))).map((d) => `${d.lang}: ${d.text}`)
      expect(collisions).toEqual([])
    })

    it('has no draft twice, within or across languages', () => {
      const seen = new Map<string, string>()
      const repeats: string[] = []
      for (const d of set) {
        const key = normalise(d.text)
        const first = seen.get(key)
        if (first !== undefined) repeats.push(`${d.lang}: ${d.text} (also ${first})`)
        else seen.set(key, d.lang)
      }
      expect(repeats).toEqual([])
    })

    it('labels every draft with the level and subject its kind implies', () => {
      const mislabelled = set.filter((d) => {
        const want = labelOf(d.kind)
        return d.level !== want.level || d.about !== want.about || d.text.trim() === ''
      })
      expect(mislabelled).toEqual([])
    })

    describe.each(LANGUAGES)('%s', (lang) => {
      const own = set.filter((d) => d.lang === lang)
      const kinds = new Set(own.map((d) => d.kind))

      it(`has at least ${min.self} drafts about the writer, at least ${min.selfUrgent} of them urgent`, () => {
        expect(countBy(own, (d) => d.about === 'self')).toBeGreaterThanOrEqual(min.self)
        expect(countBy(own, (d) => d.about === 'self' && d.level === 'urgent')).toBeGreaterThanOrEqual(min.selfUrgent)
      })

      it(`has at least ${min.other} drafts about someone else and at least ${min.negatives} hard negatives`, () => {
        expect(countBy(own, (d) => d.about === 'other')).toBeGreaterThanOrEqual(min.other)
        if (min.otherUrgent !== undefined) expect(countBy(own, (d) => d.kind === 'other-urgent')).toBeGreaterThanOrEqual(min.otherUrgent)
        expect(countBy(own, (d) => d.level === 'none')).toBeGreaterThanOrEqual(min.negatives)
      })

      it('covers every kind', () => {
        expect(EVERY_KIND.filter((k) => !kinds.has(k))).toEqual([])
      })
    })
  })
}
