import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, until, converged, texts, type Peer } from '../helpers/peers.ts'

describe('three peers, partitioned and healed', () => {
  let net: Net
  let a: Peer, b: Peer, c: Peer
  let roomId: string

  beforeAll(async () => {
    net = await Net.create()
    ;[a, b, c] = await Promise.all([net.peer('a'), net.peer('b'), net.peer('c')])
    const created = await a.call('createRoom', { name: 'Evening circle', displayName: 'Ash' })
    roomId = created.roomId
    const inviteC = (await a.call('createInvite', { roomId })).invite
    await b.call('joinRoom', { invite: created.invite, displayName: 'Birch' })
    await c.call('joinRoom', { invite: inviteC, displayName: 'Cedar' })
  })
  afterAll(() => net.close())

  it('every member posts and every peer reads the same history', async () => {
    await a.call('postMessage', { roomId, text: 'welcome' })
    await b.call('postMessage', { roomId, text: 'hello from b' })
    await c.call('postMessage', { roomId, text: 'hello from c', contentWarning: 'mentions a bad week' })
    await converged([a, b, c], roomId, 3)
    const page = await c.call('getMessages', { roomId })
    expect(page.messages.map((m) => m.authorName).sort()).toEqual(['Ash', 'Birch', 'Cedar'])
    expect(page.messages.find((m) => m.text === 'hello from c')!.contentWarning).toBe('mentions a bad week')
  })

  it('posts written while partitioned merge into one identical order on reconnect', async () => {
    await c.node.goOffline()
    await b.node.goOffline()
    // three islands: a alone, b alone, c alone; everyone keeps writing
    // each island writes its ten posts one after another, all islands at once
    await Promise.all(
      [a, b, c].map(async (p) => {
        for (let i = 0; i < 10; i++) await p.call('postMessage', { roomId, text: `${p.name}-offline-${i}` })
      })
    )
    // each island sees only its own offline posts
    expect((await texts(b, roomId)).filter((t) => t!.startsWith('a-offline'))).toHaveLength(0)
    expect((await texts(c, roomId)).filter((t) => t!.endsWith('-offline-9'))).toEqual(['c-offline-9'])

    b.node.goOnline()
    c.node.goOnline()
    const hash = await converged([a, b, c], roomId, 33)
    const [ta, tb, tc] = await Promise.all([texts(a, roomId), texts(b, roomId), texts(c, roomId)])
    expect(tb).toEqual(ta)
    expect(tc).toEqual(ta)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    // each author's own posts keep their relative order
    for (const who of ['a', 'b', 'c']) {
      const mine = ta.filter((t) => t!.startsWith(`${who}-offline-`))
      expect(mine).toEqual(Array.from({ length: 10 }, (_, i) => `${who}-offline-${i}`))
    }
  })

  it('edits and deletes reach everyone; a deleted text is gone from every view', async () => {
    const { messageId } = await b.call('postMessage', { roomId, text: 'I shared too much' })
    await b.call('editMessage', { roomId, messageId, text: 'edited: shared less' })
    await until('edit on a', async () => (await a.call('getMessage', { roomId, messageId })).message.text === 'edited: shared less')
    await b.call('deleteMessage', { roomId, messageId })
    await until('tombstone on c', async () => (await c.call('getMessage', { roomId, messageId })).message.deleted)
    const onC = (await c.call('getMessage', { roomId, messageId })).message
    expect(onC.text).toBeNull()
    expect(onC.editedTime).not.toBeNull()
    // nobody edits or deletes someone else's post
    const { messageId: aMsg } = await a.call('postMessage', { roomId, text: 'mine' })
    await until('a post on b', async () => (await b.call('getMessage', { roomId, messageId: aMsg })).message)
    await expect(b.call('deleteMessage', { roomId, messageId: aMsg })).rejects.toThrow(/only edit or delete your own/)
    await converged([a, b, c], roomId, 35)
  })

  it('pages backwards through history with a cursor', async () => {
    const latest = await a.call('getMessages', { roomId, limit: 10 })
    expect(latest.messages).toHaveLength(10)
    expect(latest.hasMore).toBe(true)
    const older = await a.call('getMessages', { roomId, limit: 10, before: latest.messages[0].id })
    expect(older.messages.at(-1)!.index).toBe(latest.messages[0].index - 1)
    const all = await a.call('getMessages', { roomId, limit: 500 })
    expect(all.hasMore).toBe(false)
    expect(all.messages.map((m) => m.index)).toEqual(all.messages.map((_, i) => i))
  })

  it('lists rooms with unread counts that markRead clears', async () => {
    const { rooms } = await c.call('listRooms', {})
    expect(rooms).toHaveLength(1)
    expect(rooms[0]).toMatchObject({ roomId, name: 'Evening circle', writable: true, isOwner: false, state: 'ready' })
    expect(rooms[0].unread).toBeGreaterThan(0)
    await c.call('markRead', { roomId })
    expect((await c.call('listRooms', {})).rooms[0].unread).toBe(0)
    const owner = (await a.call('listRooms', {})).rooms[0]
    expect(owner.isOwner && owner.isModerator).toBe(true)
  })
})
