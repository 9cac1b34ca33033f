import { describe, it, expect, afterEach, beforeEach } from 'vitest'
import { Net, until, texts, type Peer } from '../helpers/peers.ts'
import { ErrorCode } from '../../src/shared/api/errors.ts'

/**
 * joinRoom answers "joining" when no peer of the room answers in time; the join then completes
 * in the background once one does, also after the joiner restarts in between.
 */
describe('a join that completes later', () => {
  // a fresh loopback DHT per test: the owner goes offline and comes back in each
  let net: Net
  beforeEach(async () => {
    net = await Net.create()
  })
  afterEach(() => net.close())

  /** The owner's room, with the owner offline and an invite for a newcomer. */
  async function ownerAway() {
    const owner = await net.peer('owner')
    const { roomId, invite } = await owner.call('createRoom', { name: 'Late night', displayName: 'Host' })
    await owner.call('postMessage', { roomId, text: 'welcome, whenever you get here' })
    await owner.node.goOffline()
    return { owner, roomId, invite }
  }

  async function expectJoining(p: Peer, roomId: string) {
    expect((await p.call('listRooms', {})).rooms.find((r) => r.roomId === roomId)?.state).toBe('joining')
    expect((await p.call('whoami', { roomId })).writable).toBe(false)
    await expect(p.call('postMessage', { roomId, text: 'too early' })).rejects.toMatchObject({ code: ErrorCode.NotAllowed })
  }

  /** Once the owner is back: the join finishes by itself, the newcomer posts, the owner reads it. */
  async function expectCompleted(owner: Peer, p: Peer, roomId: string) {
    // the newcomer has announced itself before the owner looks (two peers announcing and
    // looking up at the same instant can miss each other until the DHT refresh, minutes later)
    await p.node.net.flush()
    owner.node.goOnline()
    await until(`${p.name}'s join to complete`, async () => {
      const room = (await p.call('listRooms', {})).rooms.find((r) => r.roomId === roomId)
      if (room?.state !== 'ready' || !room.writable) throw new Error(`room there: ${JSON.stringify(room)}`)
      return true
    })
    expect(await texts(p, roomId)).toEqual(['welcome, whenever you get here'])
    await p.call('postMessage', { roomId, text: 'made it' })
    await until('the owner to read the newcomer', async () => (await texts(owner, roomId)).includes('made it'))
    expect((await owner.call('listMembers', { roomId })).members.map((m) => m.displayName)).toContain('Patient')
  }

  it('answers "joining" while nobody is reachable, and completes once the owner is back', async () => {
    const { owner, roomId, invite } = await ownerAway()
    const newcomer = await net.peer('newcomer', { joinTimeoutMs: 1000 })
    expect(await newcomer.call('joinRoom', { invite, displayName: 'Patient' })).toEqual({ roomId, state: 'joining' })
    await expectJoining(newcomer, roomId)
    await expectCompleted(owner, newcomer, roomId)
  })

  it('completes after the newcomer restarts in between', async () => {
    const { owner, roomId, invite } = await ownerAway()
    const newcomer = await net.peer('newcomer', { joinTimeoutMs: 1000 })
    expect(await newcomer.call('joinRoom', { invite, displayName: 'Patient' })).toEqual({ roomId, state: 'joining' })
    await net.stop(newcomer)
    const restarted = await net.peer('newcomer-restarted', {}, newcomer.storage)
    await expectJoining(restarted, roomId)
    await expectCompleted(owner, restarted, roomId)
  })
})
