import { describe, it, expect, vi } from 'vitest'
import { SupportInbox } from '../../src/p2p/support-inbox.ts'
import type { HearthNode } from '../../src/p2p/node.ts'

/**
 * The inbox reads a room's offers on its updates. An update that arrives while a read runs may
 * carry the offer that read already missed; dropping it left the offer unopened until some later
 * update, which in a quiet room never comes: the likely cause of a CI run in which the member never
 * saw the conversation a moderator had opened for them.
 */
describe('SupportInbox', () => {
  it('checks again when asked while a check of the same room runs', async () => {
    let release!: () => void
    const held = new Promise<void>((r) => (release = r))
    const reads: number[] = []
    const entries = vi.fn(async () => {
      reads.push(reads.length)
      if (reads.length === 1) await held // the first read is under way when the offer's update arrives
      return []
    })
    const room = { base: { closing: false }, memberId: 'me', queries: { entries } }
    const node = {
      rooms: new Map([['r', room]]),
      profile: { get: () => ({}), save: async () => {} },
      closing: false,
      emit: () => true
    } as unknown as HearthNode
    const inbox = new SupportInbox(node)

    inbox.check('r')
    await vi.waitFor(() => expect(entries).toHaveBeenCalledTimes(1))
    inbox.check('r') // the update that carried the offer
    inbox.check('r') // and another: one more read covers both
    release()
    await vi.waitFor(() => expect(entries).toHaveBeenCalledTimes(2))
    await new Promise((r) => setTimeout(r, 20))
    expect(entries).toHaveBeenCalledTimes(2)
  })
})
