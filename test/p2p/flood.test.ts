import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, until, agreed, type Peer } from '../helpers/peers.ts'
import { rawAppend } from '../helpers/attack.ts'
import { roomWithAttacker } from '../helpers/rooms.ts'

/**
 * Flood limits, enforced in apply and counted in messages (never in time): a modified client that
 * appends posts straight into its log, claiming any times it likes, gets no more through than the
 * limit, on every peer. A stricter limit holds newcomers, and a wave of joins locks the room.
 */
describe('flood limits against a modified client', () => {
  let net: Net
  let owner: Peer, member: Peer, attacker: Peer
  let roomId: string
  let attackerId: string
  const everyone = () => [owner, member, attacker]

  /**
   * A settings record from the owner, which every peer applies; then every view agrees. Not a fixed
   * message count: a raw post still on its way to the owner would move the owner past it (this
   * flaked in CI). Each writer holds all of its own records, so agreement with all of them is the end.
   */
  const settle = async (peers = everyone()) => {
    const s = await owner.call('getRoomSettings', { roomId })
    await owner.call('setRoomSettings', { roomId, joinMode: s.joinMode })
    await agreed(peers, roomId, 40_000)
  }
  /** Posts accepted plus records refused: every record a peer's apply has judged moves one of the two. */
  const judged = async (peer: Peer) => {
    const c = await peer.node.room(roomId).queries.counters()
    return c.messages + c.skipped
  }
  /**
   * Raw posts first reach the owner, and only then does settle() start: its settings record must come
   * after them, or the owner's count moves on past the figure settle() waits for.
   */
  const rawPosts = async (posts: Array<[Peer, Array<Record<string, unknown>>]>, peers = everyone()) => {
    const before = await judged(owner)
    const count = posts.reduce((n, [, records]) => n + records.length, 0)
    for (const [peer, records] of posts) await rawAppend(peer, roomId, ...records)
    await until(`the owner to judge ${count} raw posts`, async () => (await judged(owner)) >= before + count, 20_000)
    await settle(peers)
  }
  const postsBy = async (peer: Peer, author: string) =>
    (await peer.call('getMessages', { roomId, limit: 500 })).messages.filter((m) => m.author === author).map((m) => m.text)
  const ownerPosts = async (n: number, label: string) => {
    for (let i = 1; i <= n; i++) await owner.call('postMessage', { roomId, text: `${label} ${i}` })
  }

  beforeAll(async () => {
    net = await Net.create()
    ;({ owner, member, attacker, roomId, attackerId } = await roomWithAttacker(net, 'Calm'))
    await settle()
  })
  afterAll(() => net.close())

  it('three of the last ten: twenty raw posts with forged times let three through everywhere; the API says when to post again', async () => {
    const flood = { posts: 3, window: 10, newcomerPosts: 1, newcomerFor: 0 }
    await owner.call('setRoomSettings', { roomId, flood })
    await until('the flood limit on the attacker', async () => (await attacker.call('getRoomSettings', { roomId })).flood?.posts === 3)
    const start = Date.now()
    // claimed times an hour apart, some in the past: counting messages, not time, ignores them
    const posts = Array.from({ length: 20 }, (_, i) => ({ type: 'post', text: `flood ${i + 1}`, time: start + (i % 2 ? -1 : 1) * i * 3_600_000 }))
    await rawPosts([[attacker, posts]])
    for (const p of everyone()) expect(await postsBy(p, attackerId), p.name).toEqual(['flood 1', 'flood 2', 'flood 3'])

    // the API refuses before appending, and says after how many messages from others
    await expect(attacker.call('postMessage', { roomId, text: 'one more' })).rejects.toMatchObject({
      data: { reason: 'rate_limited', after: 7, limit: 3, window: 10, newcomer: false }
    })
    await ownerPosts(6, 'talk')
    await until(
      'the attacker to see six more',
      async () => (await attacker.call('getRoom', { roomId })).messageCount >= (await owner.call('getRoom', { roomId })).messageCount
    )
    await expect(attacker.call('postMessage', { roomId, text: 'still too soon' })).rejects.toMatchObject({ data: { reason: 'rate_limited', after: 1 } })
    await ownerPosts(1, 'and one more')
    await until(
      'the attacker to see it',
      async () => (await attacker.call('getRoom', { roomId })).messageCount >= (await owner.call('getRoom', { roomId })).messageCount
    )
    await attacker.call('postMessage', { roomId, text: 'calmer now' })
    await settle()
    for (const p of everyone()) expect((await postsBy(p, attackerId)).at(-1), p.name).toBe('calmer now')
    // the moderation log says what the limits were set to
    const log = (await member.call('getModerationLog', { roomId })).entries.filter((e) => e.action === 'settings')
    expect(log.some((e) => e.reason?.includes('flood: 3/10'))).toBe(true)
  })

  it('a newcomer gets the stricter limit; a member who joined earlier does not', async () => {
    await owner.call('setRoomSettings', { roomId, flood: { posts: 3, window: 10, newcomerPosts: 1, newcomerFor: 15 } })
    await until('the newcomer limit on the attacker', async () => (await attacker.call('getRoomSettings', { roomId })).flood?.newcomerFor === 15)
    const newcomer = await net.peer('newcomer')
    await newcomer.call('joinRoom', { invite: (await owner.call('createInvite', { roomId })).invite, displayName: 'New' })
    const newId = (await newcomer.call('whoami', { roomId })).memberId
    await ownerPosts(10, 'window cleared')
    await settle([...everyone(), newcomer])
    // the attacker joined long enough ago: three posts, not one
    await rawPosts(
      [
        [newcomer, [1, 2, 3, 4, 5].map((i) => ({ type: 'post', text: `eager ${i}`, time: Date.now() + i }))],
        [attacker, [1, 2, 3].map((i) => ({ type: 'post', text: `regular ${i}`, time: Date.now() + i }))]
      ],
      [...everyone(), newcomer]
    )
    for (const p of [...everyone(), newcomer]) {
      expect(await postsBy(p, newId), p.name).toEqual(['eager 1'])
      expect((await postsBy(p, attackerId)).slice(-3), p.name).toEqual(['regular 1', 'regular 2', 'regular 3'])
    }
    await expect(newcomer.call('postMessage', { roomId, text: 'hello?' })).rejects.toMatchObject({ data: { reason: 'rate_limited', limit: 1, newcomer: true } })
  })

  it('lockdown: the second of two joins close together is held for approval, and the log says the room locked itself', async () => {
    await owner.call('setRoomSettings', { roomId, lockdown: { joins: 2, window: 5 } })
    await until('lockdown on the member', async () => (await member.call('getRoomSettings', { roomId })).lockdown?.joins === 2)
    const [first, second] = await Promise.all([net.peer('wave-1'), net.peer('wave-2')])
    await first.call('joinRoom', { invite: (await owner.call('createInvite', { roomId })).invite, displayName: 'Wave one' })
    await second.call('joinRoom', { invite: (await owner.call('createInvite', { roomId })).invite, displayName: 'Wave two' })
    const [firstId, secondId] = await Promise.all([first.call('whoami', { roomId }), second.call('whoami', { roomId })]).then((w) => w.map((x) => x.memberId))
    for (const p of [owner, member]) {
      const approved = await until(`${p.name} to list both joiners`, async () => {
        const ms = (await p.call('listMembers', { roomId })).members
        const a = ms.find((m) => m.memberId === firstId)
        const b = ms.find((m) => m.memberId === secondId)
        return a && b ? [a.approved, b.approved] : null
      })
      expect(approved, p.name).toEqual([true, false])
      expect(await p.call('getRoomSettings', { roomId }), p.name).toMatchObject({ joinMode: 'approval', lockedDown: true })
      expect(
        (await p.call('getModerationLog', { roomId })).entries.map((e) => e.action),
        p.name
      ).toContain('lockdown')
    }
  })
})
