import { describe, it, expect } from 'vitest'
import { writable } from '../../src/p2p/api/guards.ts'

/** The write guard every write method goes through (api/rooms.ts `writable`). */
describe('writable(): a write that could only hang is refused instead', () => {
  const node = (room: object) => ({ settledRoom: async () => room }) as any

  it('offline with part of the history missing: Unavailable, saying why and what to do', async () => {
    const room = { writable: true, historyComplete: false, peers: 0 }
    await expect(writable(node(room), 'r')).rejects.toMatchObject({
      code: -32010,
      message: /still downloading the room's history.*Try again once you are connected/
    })
  })

  it('history missing but a peer connected (it can serve the blocks), or history complete offline: allowed', async () => {
    for (const room of [
      { writable: true, historyComplete: false, peers: 1 },
      { writable: true, historyComplete: true, peers: 0 }
    ]) {
      await expect(writable(node(room), 'r')).resolves.toBe(room)
    }
  })

  it('not a member yet: NotAllowed', async () => {
    await expect(writable(node({ writable: false, historyComplete: true, peers: 1 }), 'r')).rejects.toMatchObject({ code: -32003 })
  })
})
