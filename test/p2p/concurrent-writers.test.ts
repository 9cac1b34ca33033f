import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, until, texts, type Peer } from '../helpers/peers.ts'

/**
 * Several members posting at once, one post per call, the way a lively room is written (ack
 * interval as `hearth serve` runs it). Each non-indexer's view is reordered again and again as
 * the others' posts arrive. Every post must be acknowledged and be in the room everywhere. (Three
 * `hearth serve` processes in the late-joiner benchmark once had a post refused this way while a
 * reorder re-applied the view; in one process it has not shown, so this guards the outcome, not
 * that race: post-queue.ts `#taken`.)
 */
describe('several writers posting at once', () => {
  let net: Net
  let peers: Peer[]
  let roomId: string

  beforeAll(async () => {
    net = await Net.create()
    const owner = await net.peer('owner', { ackInterval: 1000 })
    const made = await owner.call('createRoom', { name: 'Lively', displayName: 'Owner' })
    roomId = made.roomId
    peers = [owner]
    for (const name of ['w1', 'w2']) {
      const p = await net.peer(name, { ackInterval: 1000 })
      await p.call('joinRoom', { invite: (await owner.call('createInvite', { roomId })).invite, displayName: name })
      peers.push(p)
    }
  }, 60_000)
  afterAll(() => net?.close())

  it('acknowledges every post, and every acknowledged post is in the room everywhere', async () => {
    const PER_WRITER = 60
    const refused: string[] = []
    await Promise.all(
      peers.map(async (p) => {
        for (let i = 0; i < PER_WRITER; i++) {
          const text = `${p.name} ${i}`
          await p.call('postMessage', { roomId, text }).catch((err) => refused.push(`${text}: ${err.message}`))
        }
      })
    )
    expect(refused).toEqual([])
    const all = peers.length * PER_WRITER
    for (const p of peers) {
      await until(`${p.name} holds all ${all} posts`, async () => (await texts(p, roomId)).length === all, 60_000).catch(async (err) => {
        throw new Error(`${err.message}: has ${(await texts(p, roomId)).length}`)
      })
    }
  }, 180_000)
})
