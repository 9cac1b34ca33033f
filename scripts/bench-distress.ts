/**
 * How long the distress check takes on a 4,000-character draft (the longest post), per language,
 * for ordinary text, text with risk at the end, and an adversarial run-on of trigger words.
 * The target is under 5 ms; this is a measurement, not a test (timings vary by machine).
 *
 *   node bin/run-ts.js scripts/bench-distress.ts
 */
import { checkDistress } from '../src/shared/safety/distress.ts'

const MAX = 4000
const FILLER: Record<string, [string, string]> = {
  en: ['I had a long day at work and the train was late again, so I am tired. ', 'I want to die tonight.'],
  es: ['Tuve un día largo en el trabajo y el tren llegó tarde otra vez, así que estoy cansada. ', 'Quiero morirme esta noche.'],
  de: ['Ich hatte einen langen Tag bei der Arbeit und der Zug war wieder zu spät, ich bin müde. ', 'Ich will heute Nacht sterben.'],
  fr: ["J'ai eu une longue journée au travail et le train était encore en retard, je suis fatiguée. ", 'Je veux mourir ce soir.'],
  pt: ['Tive um dia longo no trabalho e o trem atrasou de novo, então estou cansada. ', 'Quero morrer hoje à noite.'],
  it: ['Ho avuto una lunga giornata al lavoro e il treno era di nuovo in ritardo, sono stanca. ', 'Voglio morire stanotte.']
}
const ADVERSARIAL = 'kill myself die suicide not never cut pills tonight goodbye '

function time(text: string, runs = 200): { mean: number; median: number; p95: number } {
  for (let i = 0; i < 30; i++) checkDistress(text) // warm up the regex engine and the JIT first
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    checkDistress(text)
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  return { mean: samples.reduce((a, b) => a + b, 0) / runs, median: samples[Math.floor(runs / 2)], p95: samples[Math.floor(runs * 0.95)] }
}

const rows: string[] = []
let worst = 0
for (const [lang, [filler, risk]] of Object.entries(FILLER)) {
  const plain = filler.repeat(Math.ceil(MAX / filler.length)).slice(0, MAX)
  const withRisk = (filler.repeat(Math.ceil(MAX / filler.length)) + risk).slice(-MAX)
  for (const [kind, text] of [
    ['ordinary', plain],
    ['risk at the end', withRisk]
  ] as const) {
    const level = checkDistress(text).level
    const t = time(text)
    worst = Math.max(worst, t.mean)
    rows.push(`${lang}  ${kind.padEnd(16)} level ${level.padEnd(8)} mean ${t.mean.toFixed(2)} ms  median ${t.median.toFixed(2)} ms  p95 ${t.p95.toFixed(2)} ms`)
  }
}
const adversarial = ADVERSARIAL.repeat(Math.ceil(MAX / ADVERSARIAL.length)).slice(0, MAX)
const a = time(adversarial)
worst = Math.max(worst, a.mean)
rows.push(
  `en  adversarial      level ${checkDistress(adversarial).level.padEnd(8)} mean ${a.mean.toFixed(2)} ms  median ${a.median.toFixed(2)} ms  p95 ${a.p95.toFixed(2)} ms`
)
console.log(`distress check on ${MAX}-character drafts (${process.version}, ${process.arch})\n${rows.join('\n')}`)
// p95 moves with whatever else the machine is doing (garbage collection, other processes); the mean is the figure
console.log(`slowest mean: ${worst.toFixed(2)} ms (target < 5 ms): ${worst < 5 ? 'met' : 'NOT met'}`)
