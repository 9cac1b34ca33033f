import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import fs from 'node:fs'
import { CliPeer } from '../helpers/cli-peer.ts'
import { tmpDir, until } from '../helpers/peers.ts'

describe('hearth serve + hearth bootstrap, driven over JSON-RPC', () => {
  const dirs: string[] = []
  let boot: CliPeer, a: CliPeer, b: CliPeer
  beforeAll(async () => {
    boot = new CliPeer(['bootstrap', '--host', '127.0.0.1', '--port', '0'])
    const { port } = await boot.ready
    const bootstrap = `127.0.0.1:${port}`
    dirs.push(tmpDir(), tmpDir())
    a = new CliPeer(['serve', '--storage', dirs[0], '--bootstrap', bootstrap])
    b = new CliPeer(['serve', '--storage', dirs[1], '--bootstrap', bootstrap])
    await Promise.all([a.ready, b.ready])
  })
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()])
    boot?.proc.kill('SIGTERM')
    await boot?.exited
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true })
  })

  it('create, invite, join, post both ways, read back', async () => {
    const { roomId, invite } = await a.call('createRoom', { name: 'Two peers', displayName: 'Ash' })
    const joined = await b.call('joinRoom', { invite, displayName: 'Birch' })
    expect(joined).toEqual({ roomId, state: 'ready' })
    await a.call('postMessage', { roomId, text: 'hello Birch' })
    const { messageId } = await b.call('postMessage', { roomId, text: 'hello Ash', replyTo: undefined })
    const expected = [
      ['Ash', 'hello Birch'],
      ['Birch', 'hello Ash']
    ].sort()
    for (const peer of [a, b]) {
      await until('both messages on each peer', async () => (await peer.call('getMessages', { roomId })).messages.length === 2)
      const { messages } = await peer.call('getMessages', { roomId })
      expect(messages.map((m: any) => [m.authorName, m.text]).sort()).toEqual(expected)
    }
    expect((await a.call('getMessage', { roomId, messageId })).message.author).toBe((await b.call('whoami', { roomId })).memberId)
    // events arrive as notifications
    await until('a room.changed notification', () => a.notifications.some((n) => n.method === 'room.changed' && n.params.roomId === roomId))
  })

  it('answers bad input with JSON-RPC errors and keeps running', async () => {
    b.writeRaw('this is not json')
    b.writeRaw('[1,2]')
    b.writeRaw('{"jsonrpc":"2.0","id":7}')
    await until('three error replies', () => b.notifications.filter((n) => n.error).length >= 3)
    const errs = b.notifications.filter((n) => n.error).map((n) => n.error.code)
    expect(errs).toEqual([-32700, -32600, -32600])
    expect((await b.request('noSuchMethod', {})).error.code).toBe(-32601)
    expect((await b.request('postMessage', { roomId: 'nope', text: '' })).error.code).toBe(-32602)
    expect((await b.request('postMessage', [1])).error.code).toBe(-32602)
    expect((await b.request('getMessages', { roomId: 'y'.repeat(52) })).error).toMatchObject({ code: -32001, message: expect.stringMatching(/No room/) })
    expect((await b.request('listRooms', {})).result.rooms).toHaveLength(1)
  })

  it('hearth seed keeps a room joinable and readable while its owner is away', async () => {
    const { roomId, invite } = await a.call('createRoom', { name: 'Seeded' })
    const second = (await a.call('createInvite', { roomId })).invite
    await a.call('postMessage', { roomId, text: 'written before the owner left' })
    dirs.push(tmpDir(), tmpDir())
    const bootstrap = `127.0.0.1:${(await boot.ready).port}`
    const seeder = new CliPeer(['seed', invite, '--storage', dirs[2], '--bootstrap', bootstrap])
    try {
      expect((await seeder.ready).rooms).toContain(roomId)
      await new Promise((r) => setTimeout(r, 1500)) // let the seeder download the room
      await a.stop()
      // only the seeder is online: a newcomer joins, reads history and posts
      const c = new CliPeer(['serve', '--storage', dirs[3], '--bootstrap', bootstrap])
      await c.ready
      expect(await c.call('joinRoom', { invite: second, displayName: 'Cy' })).toEqual({ roomId, state: 'ready' })
      await until("the owner's post via the seeder", async () =>
        (await c.call('getMessages', { roomId })).messages.some((m: any) => m.text === 'written before the owner left')
      )
      await c.call('postMessage', { roomId, text: 'hello, seeder' })
      await new Promise((r) => setTimeout(r, 1500))
      expect(await c.stop()).toBe(0)
      // the owner comes back while the newcomer is gone: the seeder hands over the new post
      a = new CliPeer(['serve', '--storage', dirs[0], '--bootstrap', bootstrap])
      await a.ready
      await until(
        'the owner to catch up from the seeder',
        async () => (await a.call('getMessages', { roomId })).messages.some((m: any) => m.text === 'hello, seeder'),
        60_000,
        300
      )
    } finally {
      seeder.proc.kill('SIGTERM')
      expect(await seeder.exited).toBe(0)
    }
  }, 120_000)

  it('refuses a second process on the same profile with a message naming it', async () => {
    const second = new CliPeer(['serve', '--storage', dirs[0]])
    await expect(second.ready).rejects.toThrow(/already open in another Hearth process/)
    expect(await second.exited).toBe(1)
    expect(second.stderr).toContain(dirs[0])
  })
})
