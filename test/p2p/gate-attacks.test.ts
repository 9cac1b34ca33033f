import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import b4a from 'b4a'
import { Net, until, agreed, texts, type Peer } from '../helpers/peers.ts'
import { roomWithAttacker } from '../helpers/rooms.ts'

/**
 * The gates a post passes, attacked by a client that appends raw records: forged times against
 * slow mode, edits while muted, and a blocked writer who keeps writing.
 */
describe('post gates against a modified client', () => {
  let net: Net
  let owner: Peer, member: Peer, attacker: Peer
  let roomId: string
  let attackerId: string

  const raw = (peer: Peer, record: Record<string, unknown>) => {
    const room = peer.node.room(roomId)
    return room.append(record, { optimistic: !room.writable })
  }
  /**
   * A sentinel from the owner that every peer applies (a settings record, which no gate holds
   * back): records appended before it have been judged everywhere once all views agree.
   */
  const settle = async () => {
    const { joinMode, slowModeSeconds } = await owner.call('getRoomSettings', { roomId })
    await owner.call('setRoomSettings', { roomId, joinMode, slowModeSeconds })
    // agreement, not the owner's count: a post still on its way to the owner would move it on
    await agreed([owner, member, attacker], roomId)
  }
  const postsBy = async (peer: Peer, author: string) => (await peer.call('getMessages', { roomId, limit: 500 })).messages.filter((m) => m.author === author)

  beforeAll(async () => {
    net = await Net.create()
    ;({ owner, member, attacker, roomId, attackerId } = await roomWithAttacker(net, 'Slow'))
    await settle()
  })
  afterAll(() => net.close())

  it('slow mode: twenty posts each claiming an hour later than the last let one through, on every peer', async () => {
    await owner.call('setRoomSettings', { roomId, slowModeSeconds: 60 })
    await until('slow mode on the attacker', async () => (await attacker.call('getRoomSettings', { roomId })).slowModeSeconds === 60)
    const start = Date.now()
    for (let i = 1; i <= 20; i++) await raw(attacker, { type: 'post', text: `flood ${i}`, time: start + i * 3_600_000 })
    await settle()
    for (const p of [owner, member, attacker]) expect((await postsBy(p, attackerId)).map((m) => m.text)).toEqual(['flood 1'])
    // and the API says how long to wait, without appending anything
    await expect(attacker.call('postMessage', { roomId, text: 'honest try' })).rejects.toMatchObject({ data: { reason: 'slow_mode' } })
    await owner.call('setRoomSettings', { roomId, slowModeSeconds: 0 })
    await until('slow mode off on the attacker', async () => (await attacker.call('getRoomSettings', { roomId })).slowModeSeconds === 0)
  })

  it('a muted member cannot edit, through the API or raw; a timed mute says until when', async () => {
    const { messageId } = await attacker.call('postMessage', { roomId, text: 'before the mute' })
    // the mute comes after the post (a mute concurrent with it could be ordered first and refuse it)
    await until('the owner to see the post', async () => (await texts(owner, roomId)).includes('before the mute'))
    await owner.call('muteMember', { roomId, memberId: attackerId, reason: 'cool down', minutes: 30 })
    await until('the mute on the attacker', async () => (await attacker.call('listMembers', { roomId })).members.find((m) => m.memberId === attackerId)?.muted)
    const refused = attacker.call('editMessage', { roomId, messageId, text: 'edited while muted' })
    await expect(refused).rejects.toMatchObject({ data: { reason: 'muted', note: 'cool down', remaining: null } })
    const until30 = ((await refused.catch((e) => e)) as { data: { until: number } }).data.until
    expect(until30).toBeGreaterThan(Date.now() + 29 * 60_000)
    // a modified client edits anyway, and claims a time past the mute's end: the claim counts for
    // at most 10 minutes past the room's clock, so the mute still holds
    await raw(attacker, { type: 'edit', target: messageId, text: 'edited raw', time: Date.now() })
    await raw(attacker, { type: 'edit', target: messageId, text: 'edited from the future', time: Date.now() + 3_600_000 })
    await raw(attacker, { type: 'post', text: 'posted from the future', time: Date.now() + 3_600_000 })
    await settle()
    for (const p of [owner, member, attacker]) {
      expect((await p.call('getMessage', { roomId, messageId })).message.text).toBe('before the mute')
      expect(await texts(p, roomId)).not.toContain('posted from the future')
    }
    await owner.call('unmuteMember', { roomId, memberId: attackerId })
    await until(
      'the unmute on the attacker',
      async () => !(await attacker.call('listMembers', { roomId })).members.find((m) => m.memberId === attackerId)?.muted
    )
    await attacker.call('editMessage', { roomId, messageId, text: 'edited after the unmute' })
    await until('the edit on the owner', async () => (await owner.call('getMessage', { roomId, messageId })).message.text === 'edited after the unmute')
  })

  it("a blocked writer's new blocks stop replicating: peers no longer download their log", async () => {
    const key = b4a.from(attackerId, 'hex')
    /** The blocks of the attacker's log a peer holds on its disk (not just knows the length of). */
    const copyOn = async (peer: Peer) => {
      const core = peer.node.room(roomId).base.store.get({ key, active: false })
      await core.ready()
      let held = 0
      for (let i = 0; i < core.length; i++) if (await core.has(i)) held++
      await core.close()
      return held
    }
    const own = () => attacker.node.room(roomId).base.local.length
    // before the block, what the attacker writes reaches the owner's copy of their log
    await attacker.call('postMessage', { roomId, text: 'still a member' })
    await until("the owner's copy to catch up", async () => (await copyOn(owner)) === own())
    await owner.call('blockMember', { roomId, memberId: attackerId, reason: 'flooding' })
    await until('the attacker to be removed as a writer', () => !attacker.node.room(roomId).writable)
    const before = await copyOn(owner)
    // the modified client keeps writing: optimistic records, and raw blocks on its own core
    for (let i = 0; i < 20; i++) await raw(attacker, { type: 'post', text: `blocked flood ${i}`, time: Date.now() })
    const rawCore = attacker.node.room(roomId).base.local.session({ valueEncoding: 'binary' })
    await rawCore.append(Array.from({ length: 50 }, (_, i) => b4a.from(`junk ${i}`)))
    await rawCore.close()
    expect(own()).toBeGreaterThanOrEqual(before + 70)
    await settle()
    for (const p of [owner, member]) expect(await copyOn(p)).toBeLessThanOrEqual(before)
    for (const p of [owner, member, attacker]) expect((await texts(p, roomId)).filter((t) => t?.startsWith('blocked flood'))).toEqual([])
  })
})
