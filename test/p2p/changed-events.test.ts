import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, converged, until, type Peer } from '../helpers/peers.ts'
import type { EventPayload } from '../../src/shared/api/events.ts'
import type { Message } from '../../src/shared/api/common.ts'

type Changed = EventPayload<'room.changed'>

/**
 * A client that keeps a room's messages from room.changed alone, like the renderer: it merges what
 * an event carries by index and re-reads the newest page only when an event carries nothing.
 */
class Follower {
  events: Changed[] = []
  shown = new Map<number, Message>()
  reads = 0
  #queue: Promise<void> = Promise.resolve()

  constructor(
    private peer: Peer,
    private roomId: string
  ) {
    peer.engine.onEvent((event, payload) => {
      const p = payload as Changed
      if (event !== 'room.changed' || p.roomId !== roomId) return
      this.events.push(p)
      this.#queue = this.#queue.then(() => this.#take(p))
    })
  }

  async #take(p: Changed) {
    if (p.messages) {
      for (const m of p.messages) if (m.index >= 0) this.shown.set(m.index, m)
      return
    }
    this.reads++
    const { messages } = await this.peer.call('getMessages', { roomId: this.roomId, limit: 500 })
    this.shown = new Map(messages.map((m) => [m.index, m]))
  }

  /** What the follower shows, against what getMessages answers now (empty when equal). */
  async mismatch(): Promise<string> {
    await this.#queue
    const { messages } = await this.peer.call('getMessages', { roomId: this.roomId, limit: 500 })
    const want = JSON.stringify(messages)
    const got = JSON.stringify([...this.shown.values()].sort((a, b) => a.index - b.index))
    return want === got ? '' : `shown ${got}\nengine ${want}`
  }

  carried = (text: string) => this.events.some((e) => e.messages?.some((m) => m.text === text))

  /** The events seen, for a failure message: how many carried messages, how many carried none. */
  get summary() {
    return `${this.events.filter((e) => e.messages).length} events carried messages (${this.events.map((e) => e.messages?.map((m) => m.text).join('+') ?? '-').join(' ')}), ${this.reads} re-reads`
  }
}

describe('room.changed says what changed', () => {
  let net: Net
  let a: Peer
  let b: Peer
  let roomId: string
  let fa: Follower
  let fb: Follower

  beforeAll(async () => {
    net = await Net.create()
    a = await net.peer('a')
    b = await net.peer('b')
    const made = await a.call('createRoom', { name: 'Events', displayName: 'Ann' })
    roomId = made.roomId
    fa = new Follower(a, roomId)
    await b.call('joinRoom', { invite: made.invite, displayName: 'Bo' })
    fb = new Follower(b, roomId)
    // each engine's first event only marks where the room stands (it carries nothing): let both
    // have it, on a settled room, before the posts whose events must carry them
    await converged([a, b], roomId, 0)
    await b.call('markRead', { roomId })
    await until('a first event on both', () => fa.events.length > 0 && fb.events.length > 0, 15_000)
  }, 60_000)
  afterAll(() => net?.close())

  it('carries new posts, and a client that merges them shows what getMessages shows', async () => {
    for (let i = 0; i < 6; i++) await (i % 2 ? b : a).call('postMessage', { roomId, text: `hello ${i}` })
    const shows = (f: Follower, text: string) => [...f.shown.values()].some((m) => m.text === text)
    await until('both peers show the last post', () => shows(fa, 'hello 5') && shows(fb, 'hello 5'), 15_000).catch((err) => {
      throw new Error(`${err.message}\na: ${fa.summary}\nb: ${fb.summary}`)
    })
    for (const [name, f] of [
      ['a', fa],
      ['b', fb]
    ] as const) {
      await until(`${name} shows what getMessages shows`, async () => !(await f.mismatch()), 15_000)
    }
    // the first post was the room's only write then: nothing could reorder it on its author's view
    expect(fa.carried('hello 0'), `a: ${fa.summary}`).toBe(true)
  }, 60_000)

  it('carries an edit and a hide of an earlier post, in place', async () => {
    const { messageId } = await a.call('postMessage', { roomId, text: 'to be edited' })
    const other = await a.call('postMessage', { roomId, text: 'to be hidden' })
    await a.call('postMessage', { roomId, text: 'after them' })
    await until(
      'b has the posts',
      () => fb.carried('after them') || b.call('getMessages', { roomId }).then((r) => r.messages.some((m) => m.text === 'after them'))
    )
    await a.call('editMessage', { roomId, messageId, text: 'edited' })
    await a.call('hideMessage', { roomId, messageId: other.messageId, reason: 'test' })
    await until('a carried the edit', () => fa.carried('edited'))
    await until('a carried the hide', () => fa.events.some((e) => e.messages?.some((m) => m.id === other.messageId && m.hidden)))
    for (const [name, f] of [
      ['a', fa],
      ['b', fb]
    ] as const)
      await until(`${name} shows the edit and the hide`, async () => !(await f.mismatch()), 15_000)
  }, 60_000)

  it('a new name changes how earlier posts read: that event carries nothing and the client re-reads', async () => {
    const reads = fa.reads
    await b.call('setProfile', { roomId, displayName: 'Bea' })
    await until('a re-read after the rename', () => fa.reads > reads, 15_000)
    await until(
      'a shows the new name on earlier posts',
      async () => !(await fa.mismatch()) && [...fa.shown.values()].some((m) => m.authorName === 'Bea'),
      15_000
    )
  }, 30_000)

  it('markRead sends room.changed with the unread count', async () => {
    await a.call('postMessage', { roomId, text: 'unread for b' })
    await until(
      'b has the post and counts it unread',
      async () => (await b.call('getMessages', { roomId, limit: 1 })).messages[0]?.text === 'unread for b' && fb.events.at(-1)?.unread
    )
    const before = fb.events.length
    await b.call('markRead', { roomId })
    // an event already under way may still say 1; one after the read mark moved says 0
    await until('an event after markRead with unread 0', () => fb.events.slice(before).some((e) => e.unread === 0), 10_000).catch((err) => {
      throw new Error(`${err.message}; unread after markRead: ${fb.events.slice(before).map((e) => e.unread)}`)
    })
  }, 30_000)
})
