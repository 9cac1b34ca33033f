import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, until, texts, type Peer } from '../helpers/peers.ts'
import { rawAppend, refusedEverywhere } from '../helpers/attack.ts'

/**
 * Quiet ways to support: reactions counted in apply (one per member, kind and message, with no
 * names shown), @mentions noticed on the reader's device, and search over the room's history.
 */
describe('reactions, mentions and search', () => {
  let net: Net
  let owner: Peer, member: Peer, other: Peer
  let roomId: string
  let ownerPost: string
  const everyone = () => [owner, member, other]
  const reactionsOn = async (p: Peer, messageId: string) => (await p.call('getMessage', { roomId, messageId })).message.reactions ?? {}
  const onEvery = async (what: string, check: (p: Peer) => Promise<boolean>) => {
    for (const p of everyone()) await until(`${p.name}: ${what}`, () => check(p))
  }

  beforeAll(async () => {
    net = await Net.create()
    ;[owner, member, other] = await Promise.all([net.peer('owner'), net.peer('member'), net.peer('other')])
    const created = await owner.call('createRoom', { name: 'Tonight', displayName: 'Host' })
    roomId = created.roomId
    await member.call('joinRoom', { invite: created.invite, displayName: 'Night Owl' })
    await other.call('joinRoom', { invite: (await owner.call('createInvite', { roomId })).invite, displayName: 'Sam' })
    ownerPost = (await owner.call('postMessage', { roomId, text: 'How is everyone tonight?' })).messageId
    for (const p of everyone()) await until(`${p.name} to read the post`, async () => (await texts(p, roomId)).includes('How is everyone tonight?'))
  })
  afterAll(() => net.close())

  it('reactions are counted everywhere, toggle, and show the reader only their own', async () => {
    expect(await member.call('reactToMessage', { roomId, messageId: ownerPost, kind: 'heard' })).toEqual({ on: true, reactions: { heard: 1 } })
    await other.call('reactToMessage', { roomId, messageId: ownerPost, kind: 'heard' })
    await other.call('reactToMessage', { roomId, messageId: ownerPost, kind: 'strength', on: true })
    await onEvery('two heard, one strength', async (p) => JSON.stringify(await reactionsOn(p, ownerPost)) === JSON.stringify({ heard: 2, strength: 1 }))
    const seenByMember = (await member.call('getMessage', { roomId, messageId: ownerPost })).message
    expect(seenByMember.reacted).toEqual(['heard'])
    expect((await owner.call('getMessage', { roomId, messageId: ownerPost })).message.reacted).toBeUndefined()
    // counts only: nobody's id travels with the message
    const [memberId, otherId] = await Promise.all([member.call('whoami', { roomId }), other.call('whoami', { roomId })]).then((w) => w.map((x) => x.memberId))
    const shown = JSON.stringify(await owner.call('getMessages', { roomId }))
    expect(shown).not.toContain(memberId)
    expect(shown).not.toContain(otherId)
    // without `on`, a second call takes it back; saying on twice changes nothing
    expect(await member.call('reactToMessage', { roomId, messageId: ownerPost, kind: 'heard' })).toEqual({ on: false, reactions: { heard: 1, strength: 1 } })
    expect((await other.call('reactToMessage', { roomId, messageId: ownerPost, kind: 'strength', on: true })).on).toBe(true)
    await onEvery('one heard, one strength', async (p) => JSON.stringify(await reactionsOn(p, ownerPost)) === JSON.stringify({ heard: 1, strength: 1 }))
  })

  it('a modified client cannot count twice, react to what is not there, or react while muted', async () => {
    const time = Date.now()
    // "other" already reacted heard: a second "on" must not count
    await refusedEverywhere(everyone(), roomId, 1, () => rawAppend(other, roomId, { type: 'react', target: ownerPost, kind: 'heard', on: true, time }))
    const ownerId = (await owner.call('whoami', { roomId })).memberId
    await refusedEverywhere(everyone(), roomId, 1, () => rawAppend(other, roomId, { type: 'react', target: `${ownerId}-9999`, kind: 'hug', on: true, time }))
    const doomed = (await owner.call('postMessage', { roomId, text: 'typo, deleting' })).messageId
    await owner.call('deleteMessage', { roomId, messageId: doomed })
    await onEvery('the deletion', async (p) => (await p.call('getMessage', { roomId, messageId: doomed })).message.deleted)
    await expect(member.call('reactToMessage', { roomId, messageId: doomed, kind: 'hug' })).rejects.toMatchObject({ data: { reason: 'not_pinnable' } })
    await refusedEverywhere(everyone(), roomId, 1, () => rawAppend(other, roomId, { type: 'react', target: doomed, kind: 'hug', on: true, time }))

    const otherId = (await other.call('whoami', { roomId })).memberId
    await owner.call('muteMember', { roomId, memberId: otherId, reason: 'take a breath' })
    await onEvery('the mute', async (p) => !!(await p.call('listMembers', { roomId })).members.find((m) => m.memberId === otherId)?.muted)
    await expect(other.call('reactToMessage', { roomId, messageId: ownerPost, kind: 'hug' })).rejects.toMatchObject({ data: { reason: 'muted' } })
    await refusedEverywhere(everyone(), roomId, 1, () => rawAppend(other, roomId, { type: 'react', target: ownerPost, kind: 'hug', on: true, time }))
    await owner.call('unmuteMember', { roomId, memberId: otherId })
  })

  it('an @mention of your display name is marked for you alone; "@Samantha" does not mention Sam', async () => {
    const id = (await owner.call('postMessage', { roomId, text: '@night owl, are you ok? @Samantha says hi' })).messageId
    await onEvery('the mention post', async (p) => (await texts(p, roomId)).includes('@night owl, are you ok? @Samantha says hi'))
    expect((await member.call('getMessage', { roomId, messageId: id })).message.mentionsMe).toBe(true)
    expect((await other.call('getMessage', { roomId, messageId: id })).message.mentionsMe).toBeUndefined()
    expect((await owner.call('getMessage', { roomId, messageId: id })).message.mentionsMe).toBeUndefined()
  })

  it('search finds words regardless of case and accents, newest first, and never what a moderator hid', async () => {
    await member.call('postMessage', { roomId, text: 'Hoy siento mucha tristeza' })
    const hidden = (await other.call('postMessage', { roomId, text: 'tristeza and a phone number 555' })).messageId
    await owner.call('postMessage', { roomId, text: 'La TRISTÉZA pasa, poco a poco' })
    await until('the owner to read every post', async () => (await texts(owner, roomId)).includes('tristeza and a phone number 555'))
    await owner.call('hideMessage', { roomId, messageId: hidden, reason: 'personal details' })
    await until('the hide on the member', async () => (await member.call('getMessage', { roomId, messageId: hidden })).message.hidden)
    await until('the member to read every post', async () => (await texts(member, roomId)).includes('La TRISTÉZA pasa, poco a poco'))
    const found = await member.call('searchMessages', { roomId, query: 'Tristeza' })
    expect(found.messages.map((m) => m.text)).toEqual(['La TRISTÉZA pasa, poco a poco', 'Hoy siento mucha tristeza'])
    expect(found.hasMore).toBe(false)
    expect((await member.call('searchMessages', { roomId, query: 'tristeza hoy' })).messages.map((m) => m.text)).toEqual(['Hoy siento mucha tristeza'])
    expect((await member.call('searchMessages', { roomId, query: 'tristeza', limit: 1 })).hasMore).toBe(true)
    expect((await member.call('searchMessages', { roomId, query: '555' })).messages).toEqual([])
  })
})
