import { describe, it, expect, vi, afterEach } from 'vitest'
import { PeerCounts } from '../../src/p2p/peer-counts.ts'

describe('PeerCounts', () => {
  it("tells each change of a room's peer count once, and again after the room is forgotten", () => {
    const rooms = new Map([
      ['a', { peers: 0 }],
      ['b', { peers: 2 }]
    ])
    const told: Array<[string, number]> = []
    const counts = new PeerCounts(
      () => rooms,
      (roomId, n) => told.push([roomId, n])
    )
    counts.check()
    expect(told).toEqual([
      ['a', 0],
      ['b', 2]
    ])
    counts.check()
    expect(told).toHaveLength(2)
    rooms.get('a')!.peers = 1
    counts.check()
    expect(told.at(-1)).toEqual(['a', 1])
    counts.forget('b')
    counts.check()
    expect(told.at(-1)).toEqual(['b', 2])
    expect(told).toHaveLength(4)
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('polls once a second while started, and not after it stops', () => {
    vi.useFakeTimers()
    const rooms = new Map([['a', { peers: 0 }]])
    let told = 0
    const counts = new PeerCounts(
      () => rooms,
      () => told++
    )
    counts.start()
    rooms.get('a')!.peers = 3
    vi.advanceTimersByTime(999)
    expect(told).toBe(0)
    vi.advanceTimersByTime(1)
    expect(told).toBe(1)
    counts.stop()
    rooms.get('a')!.peers = 4
    vi.advanceTimersByTime(5000)
    expect(told).toBe(1)
  })
})
