import { checkDistress } from '../src/shared/safety/distress.ts'
import type { Row } from './lib/report.ts'

/**
 * The distress check runs on every draft as it is typed (src/shared/safety/distress.ts): the
 * mean time for a whole 4,000-character message, its longest, with the phrase at the very end.
 * This target used to be asserted in test/unit/distress.test.ts; a shared machine's timing
 * belongs here. There is no raw-Autobase counterpart.
 */
export async function distress({ quick }: { quick: boolean }): Promise<Row[]> {
  const filler = 'I had a long day at work and the train was late again, so I am tired. '
  const text = (filler.repeat(60) + 'I want to die.').slice(-4000)
  for (let i = 0; i < 20; i++) checkDistress(text) // warm up the regex JIT first
  const runs = quick ? 100 : 1000
  const start = performance.now()
  for (let i = 0; i < runs; i++) checkDistress(text)
  const mean = (performance.now() - start) / runs
  return [{ group: 'distress', figure: 'check a 4,000-character message (mean)', unit: 'ms', hearth: mean, raw: null, target: '< 5 ms', met: mean < 5 }]
}
