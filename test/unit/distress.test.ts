import { describe, expect, it } from 'vitest'
import { checkDistress, normaliseForDistress } from '../../src/shared/safety/distress.ts'
import { corpus, heldOut, type LabelledExample } from '../fixtures/distress-corpus.ts'

/**
 * The English corpus of issue 3, kept as a regression set. Its labels predate `about: 'other'`:
 * talk about someone else is labelled 'none' there, so here a positive means a card about the
 * writer (level !== 'none' and about === 'self'); a card about someone else is not a false alarm.
 */
interface Scores {
  n: number
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  misses: string[]
}

function score(examples: LabelledExample[]): Scores {
  let tp = 0
  let fp = 0
  let fn = 0
  const misses: string[] = []
  for (const ex of examples) {
    const res = checkDistress(ex.text, { language: 'en' })
    const predicted = res.level !== 'none' && res.about === 'self'
    const actual = ex.label !== 'none'
    if (predicted && actual) tp++
    else if (predicted) fp++
    else if (actual) fn++
    if (predicted !== actual) misses.push(`${actual ? 'missed' : 'false alarm'}: ${ex.text}`)
  }
  return { n: examples.length, tp, fp, fn, precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn), misses }
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`
const report = (name: string, s: Scores, showMisses: boolean): void =>
  console.log(
    `\ndistress check — ${name}: ${s.n} examples, precision ${pct(s.precision)} (${s.tp}/${s.tp + s.fp}), recall ${pct(s.recall)} (${s.tp}/${s.tp + s.fn})` +
      (showMisses && s.misses.length ? `\n  ${s.misses.join('\n  ')}` : '')
  )

describe('English corpus of issue 3 (regression)', () => {
  it('keeps recall >= 0.95 and precision >= 0.90 on the old development corpus', () => {
    const s = score(corpus)
    report('issue 3 development corpus', s, true)
    expect(s.recall).toBeGreaterThanOrEqual(0.95)
    expect(s.precision).toBeGreaterThanOrEqual(0.9)
  })

  // Issue 3's held-out set (v3), never tuned on: 56.7% recall with the English lexicon alone.
  // Its misses are not printed, so that nobody tunes on them; only the figures are. With 30
  // positives one draft is 3.3 points; the figure moves with each retraining (83-93% so far),
  // so this is a regression floor, and docs/safety.md reports the figure itself.
  it('stays well above its old recall on issue 3 held-out set (v3)', () => {
    const s = score(heldOut)
    report('issue 3 held-out set (v3)', s, false)
    expect(s.recall).toBeGreaterThanOrEqual(0.8)
  })

  it('puts positives in the labelled category', () => {
    for (const ex of corpus.filter((e) => e.category)) {
      expect(checkDistress(ex.text, { language: 'en' }).categories, ex.text).toContain(ex.category)
    }
  })
})

describe('checkDistress targeted cases (English)', () => {
  it('handles negation, including negation that is itself the risk', () => {
    expect(checkDistress("I don't want to die").level).toBe('none')
    expect(checkDistress("I'm not going to kill myself").level).toBe('none')
    expect(checkDistress("I don't want to live anymore").level).toBe('concern')
    expect(checkDistress("I can't stop thinking about killing myself").level).toBe('concern')
    expect(checkDistress("I'm not okay, I want to die").level).toBe('concern')
  })

  it('ignores idioms and technical talk', () => {
    for (const t of [
      'killing it today',
      "I'd die for pizza",
      'this joke killed me',
      'dying to see you',
      'kill the process',
      'the deadline is killing me',
      'KMS driver update'
    ]) {
      expect(checkDistress(t).level, t).toBe('none')
    }
  })

  it('sees through zero-width characters, fullwidth forms, leetspeak and spacing', () => {
    expect(normaliseForDistress('ki\u200Bll my\u200Dself')).toBe('kill myself')
    expect(normaliseForDistress('ＫＩＬＬ ＭＹＳＥＬＦ')).toBe('kill myself')
    expect(normaliseForDistress('k1ll mys3lf')).toBe('kill myself')
    expect(normaliseForDistress('I’m   so\u00A0tired')).toBe("i'm so tired")
    for (const t of ['i want to d\u200Bi\u200Be', 'k.i.l.l myself', "i'm $u1c1dal", 'want 2 die', 'i wanna unalive myself']) {
      expect(checkDistress(t).level, t).not.toBe('none')
    }
  })

  it('separates urgent from concern', () => {
    expect(checkDistress('I want to die').level).toBe('concern')
    expect(checkDistress('I want to die tonight').level).toBe('urgent')
    expect(checkDistress('I bought pills. I want to die').level).toBe('urgent')
    expect(checkDistress('I took too many pills').level).toBe('urgent')
    expect(checkDistress("I can't keep myself safe").level).toBe('urgent')
    expect(checkDistress('I cut myself').level).toBe('concern')
    expect(checkDistress('I cut too deep').level).toBe('urgent')
    expect(checkDistress('Goodbye everyone. Thank you for everything.').level).toBe('urgent')
    expect(checkDistress('Goodbye everyone, see you tomorrow!').level).toBe('none')
  })

  it('reports categories in a fixed order and matched phrases', () => {
    const res = checkDistress("I've been cutting again and I want to die. I can't go on.")
    expect(res.categories).toEqual(['suicide', 'self-harm', 'acute-crisis'])
    expect(res.matched.length).toBeGreaterThan(0)
  })

  it('never throws on odd input and returns none for empty text', () => {
    expect(checkDistress('')).toMatchObject({ level: 'none', categories: [], matched: [], about: null })
    expect(checkDistress(undefined as unknown as string).level).toBe('none')
    expect(checkDistress('😀'.repeat(3000)).level).toBe('none')
    expect(checkDistress('x'.repeat(30_000)).level).toBe('none')
  })

  it('checks a whole 4,000-character message: a phrase at its very end is found', () => {
    // how fast this runs is measured by `npm run bench`, not asserted here (a shared machine's timing)
    const filler = 'I had a long day at work and the train was late again, so I am tired. '
    const text = (filler.repeat(60) + 'I want to die.').slice(-4000)
    expect(text).toHaveLength(4000)
    expect(checkDistress(text)).toMatchObject({ level: 'concern', about: 'self' })
    expect(checkDistress(text.slice(0, -'I want to die.'.length)).level).toBe('none')
  })
})
