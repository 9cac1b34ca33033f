import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, until, texts, type Peer } from '../helpers/peers.ts'
import { rawAppend } from '../helpers/attack.ts'

const HOUR = 3_600_000

/**
 * The unanswered nudge: each reader's device finds distressed posts nobody answered, from what it
 * already holds. Posts are written with claimed times in the past (as a slow network or a device
 * that was offline would deliver them), so no test waits for the clock.
 */
describe('noticing an unanswered distressed post', () => {
  let net: Net
  let owner: Peer, writer: Peer, friend: Peer
  let roomId: string
  const unansweredOn = async (p: Peer, minutes = 60) => (await p.call('getUnanswered', { roomId, minutes })).items
  const post = async (text: string, agoMs: number) => (await rawAppend(writer, roomId, { type: 'post', text, time: Date.now() - agoMs }))[0]
  const seenBy = (p: Peer, text: string) => until(`${p.name} to read "${text}"`, async () => (await texts(p, roomId)).includes(text))

  beforeAll(async () => {
    net = await Net.create()
    ;[owner, writer, friend] = await Promise.all([net.peer('owner'), net.peer('writer'), net.peer('friend')])
    const created = await owner.call('createRoom', { name: 'Late night', displayName: 'Host' })
    roomId = created.roomId
    await writer.call('joinRoom', { invite: created.invite, displayName: 'Robin' })
    await friend.call('joinRoom', { invite: (await owner.call('createInvite', { roomId })).invite, displayName: 'Alex' })
  })
  afterAll(() => net.close())

  it('a distressed post with no answer for an hour is pointed out to others, not to its writer; calm and recent posts are not', async () => {
    const urgent = await post("I can't go on, I want to end it all tonight", 2 * HOUR)
    await post('What a lovely sunny day for a walk', 2 * HOUR)
    await post('I feel so alone and nobody would miss me', 5 * 60_000)
    await seenBy(owner, 'I feel so alone and nobody would miss me')
    await seenBy(friend, 'I feel so alone and nobody would miss me')
    for (const p of [owner, friend]) {
      expect(await unansweredOn(p), p.name).toEqual([expect.objectContaining({ messageId: urgent, level: 'urgent', about: 'self', authorName: 'Robin' })])
    }
    expect(await unansweredOn(writer)).toEqual([])
    // with a shorter delay, the five-minute-old one counts too (newest first)
    expect((await unansweredOn(owner, 1)).map((i) => i.level)).toEqual(['concern', 'urgent'])
  })

  it('a reply, an @mention of the writer, or a reaction answers a post', async () => {
    const [a, b, c] = [
      await post('I feel so alone and nobody would miss me', 3 * HOUR),
      await post('Nobody would miss me if I was gone', 3 * HOUR),
      await post('I am so alone, I feel hopeless', 3 * HOUR)
    ]
    await seenBy(friend, 'I am so alone, I feel hopeless')
    const open = async () => (await unansweredOn(friend)).map((i) => i.messageId)
    expect(await open()).toEqual(expect.arrayContaining([a, b, c]))
    await friend.call('postMessage', { roomId, text: 'I hear you, I am here', replyTo: a })
    await friend.call('reactToMessage', { roomId, messageId: c, kind: 'strength' })
    // the reply answers a, the reaction c; b is still waiting
    await until('the reply and the reaction on the friend', async () => {
      const still = await open()
      return !still.includes(a) && !still.includes(c)
    })
    expect(await open()).toContain(b)
    await owner.call('postMessage', { roomId, text: '@Robin we would miss you. Talk to us?' })
    await until('the mention to answer b on the friend', async () => !(await open()).includes(b))
    // an answer by the writer themself does not count
    const d = await post('I feel so alone and nobody would miss me', 3 * HOUR)
    await rawAppend(writer, roomId, { type: 'post', text: 'anyone?', replyTo: d, time: Date.now() })
    await seenBy(owner, 'anyone?')
    expect((await unansweredOn(owner)).map((i) => i.messageId)).toContain(d)
  })
})
