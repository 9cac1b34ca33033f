/** Shared bits of the fault tests: a seeded PRNG (the seed is printed so a failure replays) and run sizes. */

/** True under `npm run test:faults` (HEARTH_FAULTS_LONG=1): more rounds, longer runs. */
export const LONG = process.env.HEARTH_FAULTS_LONG === '1'

/** mulberry32: small, fast, good enough to pick rounds and delays. */
export function prng(seed: number) {
  let s = seed | 0
  const next = () => {
    s = (s + 0x6d2b79f5) | 0
    let t = Math.imul(s ^ (s >>> 15), 1 | s)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p
  }
}

/** The seed from FAULT_SEED (to replay a failure) or a fresh one; always printed. */
export function seedFor(test: string): number {
  const seed = Number(process.env.FAULT_SEED ?? Math.floor(Math.random() * 1e9))
  console.log(`[${test}] seed ${seed} (replay: FAULT_SEED=${seed})`)
  return seed
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
