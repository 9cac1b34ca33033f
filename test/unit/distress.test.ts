import { describe, expect, it } from 'vitest'
import { checkDistress, normaliseForDistress } from '../../src/shared/safety/distress.ts'
import { corpus, heldOut, type LabelledExample } from '../fixtures/distress-corpus.ts'

interface Scores {
  n: number
  positives: number
  tp: number
  fp: number
  fn: number
  tn: number
  precision: number
  recall: number
  levelAgreement: number
  misses: string[]
}

// Positive = any help card (level !== 'none'); level agreement = exact none/concern/urgent match.
function score(examples: LabelledExample[]): Scores {
  let tp = 0
  let fp = 0
  let fn = 0
  let tn = 0
  let sameLevel = 0
  const misses: string[] = []
  for (const ex of examples) {
    const res = checkDistress(ex.text)
    const predicted = res.level !== 'none'
    const actual = ex.label !== 'none'
    if (predicted && actual) tp++
    else if (predicted) fp++
    else if (actual) fn++
    else tn++
    if (res.level === ex.label) sameLevel++
    if (predicted !== actual) misses.push(`${actual ? 'missed' : 'false alarm'}: ${ex.text}`)
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  return { n: examples.length, positives: tp + fn, tp, fp, fn, tn, precision, recall, levelAgreement: sameLevel / examples.length, misses }
}

function report(name: string, s: Scores): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`
  console.log(
    `\ndistress check — ${name}\n` +
      `  examples ${s.n} (positive ${s.positives}, negative ${s.n - s.positives})\n` +
      `  TP ${s.tp}  FP ${s.fp}  FN ${s.fn}  TN ${s.tn}\n` +
      `  precision ${pct(s.precision)}  recall ${pct(s.recall)}  exact level ${pct(s.levelAgreement)}` +
      (s.misses.length ? `\n  ${s.misses.join('\n  ')}` : '')
  )
}

describe('distress corpus', () => {
  it('has enough labelled examples of each kind', () => {
    const positives = corpus.filter((e) => e.label !== 'none')
    expect(corpus.length).toBeGreaterThanOrEqual(150)
    expect(positives.length).toBeGreaterThanOrEqual(70)
    expect(corpus.length - positives.length).toBeGreaterThanOrEqual(80)
    for (const cat of ['suicide', 'self-harm', 'acute-crisis'] as const) {
      expect(positives.filter((e) => e.category === cat).length).toBeGreaterThanOrEqual(5)
    }
    expect(heldOut.length).toBeGreaterThanOrEqual(30)
  })

  it('meets recall >= 0.95 and precision >= 0.90 on the development corpus', () => {
    const s = score(corpus)
    report('development corpus', s)
    expect(s.recall).toBeGreaterThanOrEqual(0.95)
    expect(s.precision).toBeGreaterThanOrEqual(0.9)
  })

  // Issue 3 asked for held-out recall >= 0.85. That target is NOT met: on the v3 held-out set
  // (written after the patterns were frozen, run once, never tuned on) recall is 17/30 = 56.7%,
  // precision 17/18 = 94.4%; v1 and v2 scored 50% and 40.7% before they were folded into the
  // development corpus (see the fixture). Fixed phrase patterns do not generalise well to new
  // wording. This assertion is only a regression floor at the honestly measured level; raising it
  // needs a different approach (see docs/safety.md, "Limits"), not more tuning on this set.
  it('held-out recall stays at or above its measured floor (target 0.85 not met, see comment)', () => {
    const s = score(heldOut)
    report('held-out set (v3)', s)
    expect(s.recall).toBeGreaterThanOrEqual(0.55)
  })

  it('puts positives in the labelled category', () => {
    for (const ex of corpus.filter((e) => e.category)) {
      expect(checkDistress(ex.text).categories, ex.text).toContain(ex.category)
    }
  })
})

describe('checkDistress targeted cases', () => {
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
    expect(checkDistress('')).toEqual({ level: 'none', categories: [], matched: [] })
    expect(checkDistress(undefined as unknown as string).level).toBe('none')
    expect(checkDistress('😀'.repeat(3000)).level).toBe('none')
  })

  it('checks a whole 4,000-character message: a phrase at its very end is found', () => {
    // how fast this runs is measured by `npm run bench`, not asserted here (a shared machine's timing)
    const filler = 'I had a long day at work and the train was late again, so I am tired. '
    const text = (filler.repeat(60) + 'I want to die.').slice(-4000)
    expect(text).toHaveLength(4000)
    expect(checkDistress(text).level).toBe('concern')
    expect(checkDistress(text.slice(0, -'I want to die.'.length)).level).toBe('none')
  })
})
