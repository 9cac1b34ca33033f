import { describe, it, expect } from 'vitest'
import { writable } from '../../src/p2p/api/guards.ts'

/** The write guard every write method goes through (api/rooms.ts `writable`). */
describe('writable(): a write that could only hang is refused instead', () => {
  const node = (room: object) => ({ settledRoom: async () => room }) as any
  /** A room stand-in whose view holds `blocked` for its member (or nothing). */
  const fake = (state: { writable: boolean; historyComplete: boolean; peers: number }, blocked: object | null = null) => {
    const room = {
      ...state,
      memberId: 'me',
      queries: { value: async (key: string) => (key === 'blocked/me' ? blocked : null) },
      /** Like Room.waitFor, without the clock: the check, then one "update" (a peer may arrive), then the check again. */
      arriving: null as null | (() => void),
      waitFor: async (check: () => Promise<boolean>) => {
        if (await check()) return true
        room.arriving?.()
        return check()
      }
    }
    return room
  }

  it('offline with part of the history missing: Unavailable, saying why and what to do', async () => {
    const room = fake({ writable: true, historyComplete: false, peers: 0 })
    await expect(writable(node(room), 'r')).rejects.toMatchObject({
      code: -32010,
      message: /still downloading the room's history.*Try again once you are connected/
    })
  })

  it('history missing but a peer connected (it can serve the blocks), or history complete offline: allowed', async () => {
    for (const room of [fake({ writable: true, historyComplete: false, peers: 1 }), fake({ writable: true, historyComplete: true, peers: 0 })]) {
      await expect(writable(node(room), 'r')).resolves.toBe(room)
    }
  })

  it('history missing, and a peer connects while the write waits: allowed', async () => {
    const room = fake({ writable: true, historyComplete: false, peers: 0 })
    room.arriving = () => (room.peers = 1)
    await expect(writable(node(room), 'r')).resolves.toBe(room)
  })

  it('not a member yet: NotAllowed', async () => {
    await expect(writable(node(fake({ writable: false, historyComplete: true, peers: 1 })), 'r')).rejects.toMatchObject({
      code: -32003,
      data: { reason: 'not_member_yet' }
    })
  })

  it('blocked (and so no longer a writer): NotAllowed with the moderator\'s reason, not "not a member yet"', async () => {
    const room = fake({ writable: false, historyComplete: true, peers: 1 }, { by: 'k', reason: 'spam', time: 1 })
    await expect(writable(node(room), 'r')).rejects.toMatchObject({ code: -32003, data: { reason: 'you_are_blocked' } })
    await expect(writable(node(room), 'r')).rejects.toMatchObject({ message: /blocked you in this room \(spam\)/ })
  })
})
