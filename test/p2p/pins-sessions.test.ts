import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, until, texts, type Peer } from '../helpers/peers.ts'
import { rawAppend, refusedEverywhere } from '../helpers/attack.ts'
import { signRecord } from '../../src/p2p/records/signing.ts'
import { newSigningKeyPair } from '../../src/p2p/crypto.ts'

/**
 * Pins, the welcome, scheduled sessions and verified professionals: moderator-signed records
 * every peer applies the same way, refused when anyone else signs them, and carried over a move
 * to new keys.
 */
describe('pins, welcome, sessions and verification', () => {
  let net: Net
  let owner: Peer, member: Peer, intruder: Peer
  let roomId: string
  let memberId: string
  let memberPost: string
  const everyone = () => [owner, member, intruder]
  /** A record signed by a key that is no moderator of the room: what a modified client can make. */
  const forged = (record: Record<string, unknown>) => signRecord(owner.node.room(roomId).key, newSigningKeyPair(), { ...record, time: Date.now() })
  const life = (p: Peer) => p.call('getRoomLife', { roomId })
  const onEvery = async <T>(what: string, read: (p: Peer) => Promise<T>, ok: (v: T) => boolean) => {
    for (const p of everyone()) {
      let seen: T | undefined
      await until(`${p.name}: ${what}`, async () => ok((seen = await read(p))) || null).catch((err) => {
        throw new Error(`${(err as Error).message}; last seen ${JSON.stringify(seen)}`, { cause: err })
      })
    }
  }

  beforeAll(async () => {
    net = await Net.create()
    ;[owner, member, intruder] = await Promise.all([net.peer('owner'), net.peer('member'), net.peer('intruder')])
    const created = await owner.call('createRoom', { name: 'Evening circle', displayName: 'Host' })
    roomId = created.roomId
    await member.call('joinRoom', { invite: created.invite, displayName: 'Member' })
    await intruder.call('joinRoom', { invite: (await owner.call('createInvite', { roomId })).invite, displayName: 'Intruder' })
    memberId = (await member.call('whoami', { roomId })).memberId
    memberPost = (await member.call('postMessage', { roomId, text: 'glad this room exists' })).messageId
    for (const p of everyone()) await until(`${p.name} to read the post`, async () => (await texts(p, roomId)).includes('glad this room exists'))
  })
  afterAll(() => net.close())

  it('a moderator pins and unpins; pins show in getRoom everywhere; a forged pin is refused', async () => {
    await owner.call('pinMessage', { roomId, messageId: memberPost, note: 'worth reading' })
    await onEvery(
      'the pin',
      async (p) => (await p.call('getRoom', { roomId })).pins,
      (pins) => pins.length === 1
    )
    expect((await member.call('getRoom', { roomId })).pins[0]).toMatchObject({ messageId: memberPost, note: 'worth reading' })
    await expect(owner.call('pinMessage', { roomId, messageId: memberPost })).rejects.toMatchObject({ data: { reason: 'already_pinned' } })
    await expect(member.call('pinMessage', { roomId, messageId: memberPost })).rejects.toMatchObject({ data: { reason: 'no_moderator_key' } })
    await expect(owner.call('pinMessage', { roomId, messageId: `${memberId}-999` })).rejects.toMatchObject({ data: { reason: 'message_not_found' } })

    await refusedEverywhere(everyone(), roomId, 2, () =>
      rawAppend(intruder, roomId, forged({ type: 'unpin', target: memberPost }), forged({ type: 'pin', target: memberPost }))
    )
    await owner.call('unpinMessage', { roomId, messageId: memberPost })
    await onEvery(
      'no pin',
      async (p) => (await p.call('getRoom', { roomId })).pins,
      (pins) => pins.length === 0
    )
    await expect(owner.call('unpinMessage', { roomId, messageId: memberPost })).rejects.toMatchObject({ data: { reason: 'not_pinned' } })
    const log = (await member.call('getModerationLog', { roomId })).entries.map((e) => e.action)
    expect(log).toEqual(expect.arrayContaining(['pin', 'unpin']))
  })

  it('the welcome has a version each member can remember having seen; only moderators set it', async () => {
    expect((await owner.call('setWelcome', { roomId, text: 'Welcome. Read the pinned post first.' })).version).toBe(1)
    await onEvery('the welcome', life, (l) => l.welcome?.version === 1)
    expect((await intruder.call('getRoomLife', { roomId })).welcome?.text).toBe('Welcome. Read the pinned post first.')
    await refusedEverywhere(everyone(), roomId, 1, () => rawAppend(intruder, roomId, forged({ type: 'welcome', text: 'Go elsewhere.' })))
    expect((await owner.call('setWelcome', { roomId, text: 'Welcome, all.' })).version).toBe(2)
    await onEvery('the second welcome', life, (l) => l.welcome?.version === 2)
  })

  it('a session is stored in UTC with its zone and recurrence; replacing, cancelling and forging are handled', async () => {
    // Tuesday 19:00 in New York, weekly
    const start = Date.UTC(2026, 11, 1, 0, 0)
    const { sessionId } = await owner.call('scheduleSession', { roomId, title: 'Check-in', start, minutes: 60, repeat: 'weekly', zone: 'America/New_York' })
    await onEvery('the session', life, (l) => l.sessions.length === 1)
    expect((await member.call('getRoomLife', { roomId })).sessions[0]).toMatchObject({
      sessionId,
      start,
      repeat: 'weekly',
      zone: 'America/New_York',
      title: 'Check-in'
    })
    await owner.call('scheduleSession', { roomId, sessionId, title: 'Check-in (longer)', start, minutes: 90, repeat: 'weekly', zone: 'America/New_York' })
    await onEvery('the session replaced', life, (l) => l.sessions.length === 1 && l.sessions[0].minutes === 90)
    await expect(owner.call('scheduleSession', { roomId, title: 'x', start, minutes: 30, repeat: 'none', zone: 'Mars/Olympus_Mons' })).rejects.toMatchObject({
      data: { reason: 'zone_unknown', zone: 'Mars/Olympus_Mons' }
    })
    await refusedEverywhere(everyone(), roomId, 2, () =>
      rawAppend(
        intruder,
        roomId,
        forged({ type: 'cancel-session', id: sessionId }),
        forged({ type: 'session', id: 'ab'.repeat(16), title: 'Fake', start, minutes: 30, repeat: 'none' })
      )
    )
    const second = await owner.call('scheduleSession', { roomId, title: 'Morning coffee', start: start + 3_600_000 * 12, minutes: 30, repeat: 'daily' })
    await owner.call('cancelSession', { roomId, sessionId: second.sessionId })
    await onEvery('the second session gone', life, (l) => l.sessions.map((s) => s.title).join() === 'Check-in (longer)')
    await expect(owner.call('cancelSession', { roomId, sessionId: second.sessionId })).rejects.toMatchObject({ data: { reason: 'session_not_found' } })
  })

  it("a verified professional's messages carry the title; the log says who verified; a forged mark is refused", async () => {
    const ownerKey = (await owner.call('getRoom', { roomId })).owner
    await owner.call('verifyProfessional', { roomId, memberId, title: 'Counsellor' })
    await onEvery(
      'the badge on the member’s post',
      (p) => p.call('getMessage', { roomId, messageId: memberPost }),
      (r) => r.message.verified === 'Counsellor'
    )
    const entry = (await intruder.call('getModerationLog', { roomId })).entries.find((e) => e.action === 'verify')
    expect(entry).toMatchObject({ by: ownerKey, target: memberId, reason: 'Counsellor' })
    const intruderId = (await intruder.call('whoami', { roomId })).memberId
    await refusedEverywhere(everyone(), roomId, 1, () => rawAppend(intruder, roomId, forged({ type: 'verify', member: intruderId, title: 'Doctor' })))
    await expect(owner.call('verifyProfessional', { roomId, resource: 'Nope', title: 'Clinic' })).rejects.toMatchObject({
      data: { reason: 'resource_not_found' }
    })
    await owner.call('setResources', { roomId, resources: [{ name: 'Night line', phone: '0800 000 000' }] })
    await owner.call('verifyProfessional', { roomId, resource: 'Night line', title: 'Clinical team' })
    await onEvery(
      'the verified resource',
      (p) => p.call('getHelp', { roomId }),
      (h) => h.room[0]?.verified === 'Clinical team'
    )
  })

  it('pins, welcome, sessions, flood limits and verification come along when the room moves to new keys', async () => {
    await owner.call('pinMessage', { roomId, messageId: memberPost })
    await owner.call('setRoomSettings', { roomId, flood: { posts: 5, window: 20, newcomerPosts: 2, newcomerFor: 30 } })
    for (const p of everyone()) {
      const me = (await p.call('whoami', { roomId })).memberId
      await until(`${p.name}'s box key on the owner`, async () => !!(await owner.node.room(roomId).queries.member(me))?.box)
    }
    const before = await life(owner)
    await owner.call('rekeyRoom', { roomId })
    await owner.call('postMessage', { roomId, text: 'after the move' })
    await until('the member to follow the move', async () => (await texts(member, roomId)).includes('after the move'), 60_000)
    const oldId = memberId
    await until('the member to continue in the new room', async () => {
      const me = await member.call('whoami', { roomId })
      return me.writable && me.memberId !== oldId
    })
    const after = await life(member)
    expect(after.welcome).toMatchObject({ version: 2, text: 'Welcome, all.' })
    expect(after.sessions).toEqual(before.sessions)
    expect(after.pins.map((p) => p.messageId)).toEqual([memberPost])
    expect(after.verified.resources).toEqual(before.verified.resources)
    const newId = (await member.call('whoami', { roomId })).memberId
    expect(after.verified.members).toEqual([{ memberId: newId, title: 'Counsellor', by: before.verified.members[0].by, time: before.verified.members[0].time }])
    expect((await member.call('getRoomSettings', { roomId })).flood).toEqual({ posts: 5, window: 20, newcomerPosts: 2, newcomerFor: 30 })
    // the pinned message is still readable: history spans the room's keys
    expect((await member.call('getMessage', { roomId, messageId: memberPost })).message.text).toBe('glad this room exists')
  })
})
