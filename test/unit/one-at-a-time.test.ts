import { describe, it, expect } from 'vitest'
import { oneAtATime } from '../../src/p2p/one-at-a-time.ts'

// The scheduling under the housekeeping that reads a room's view (support offers, a move to
// follow, the moderator key to bind): a call made while a run reads must lead to one more run.

const gate = () => {
  let open!: () => void
  const opened = new Promise<void>((r) => (open = r))
  return { opened, open }
}
const settle = () => new Promise((r) => setTimeout(r, 10))

describe('oneAtATime', () => {
  it('runs once more after a run during which it was asked again, however many times', async () => {
    const first = gate()
    const runs: string[] = []
    const run = oneAtATime(async (key: string) => {
      runs.push(key)
      if (runs.length === 1) await first.opened
    })
    run('room')
    run('room') // an update lands while the first run reads
    run('room')
    await settle()
    expect(runs).toEqual(['room'])
    first.open()
    await settle()
    expect(runs).toEqual(['room', 'room'])
  })

  it('runs different keys side by side, and a failed run does not stop its key', async () => {
    const slow = gate()
    const runs: string[] = []
    const run = oneAtATime(async (key: string) => {
      runs.push(key)
      if (key === 'a' && runs.length === 1) await slow.opened
      if (key === 'b') throw new Error('room closed meanwhile')
    })
    run('a')
    run('b')
    await settle()
    expect(runs).toEqual(['a', 'b'])
    run('b')
    await settle()
    expect(runs).toEqual(['a', 'b', 'b'])
    slow.open()
    await settle()
    expect(runs).toEqual(['a', 'b', 'b'])
  })
})
