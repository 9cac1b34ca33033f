import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import fs from 'node:fs'
import { CliPeer } from '../helpers/cli-peer.ts'
import { tmpDir, until } from '../helpers/peers.ts'

/**
 * The stranger's journey through real `hearth serve` processes on a private DHT (one `hearth
 * bootstrap` node), over JSON-RPC: find a listed room by topic, knock, get approved, accept the
 * guidelines, post, and be read by the owner. Two processes keep the file quick on a busy machine;
 * a moderator who is not the owner answering is covered in test/p2p/knock.test.ts.
 */
describe('directory and knocking over hearth serve', () => {
  const dirs: string[] = []
  let boot: CliPeer, owner: CliPeer, stranger: CliPeer
  beforeAll(async () => {
    boot = new CliPeer(['bootstrap', '--host', '127.0.0.1', '--port', '0'])
    const { port } = await boot.ready
    const bootstrap = `127.0.0.1:${port}`
    dirs.push(tmpDir(), tmpDir())
    ;[owner, stranger] = dirs.map((d) => new CliPeer(['serve', '--storage', d, '--bootstrap', bootstrap]))
    await Promise.all([owner.ready, stranger.ready])
  })
  afterAll(async () => {
    await Promise.all([owner?.stop(), stranger?.stop()])
    boot?.proc.kill('SIGTERM')
    await boot?.exited
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true })
  })

  it('a stranger finds, knocks, is let in, and posts', async () => {
    const { roomId } = await owner.call('createRoom', { name: 'Quiet hours', displayName: 'Olu' })
    const { version } = await owner.call('setGuidelines', { roomId, text: 'Be kind.' })

    const { listingId } = await owner.call('listRoom', {
      roomId,
      description: 'For nights that feel long',
      topics: ['insomnia'],
      languages: ['en'],
      requireKnock: true
    })
    let seen: unknown = null
    const found = await until(`the stranger finds the room by topic (last saw ${JSON.stringify(seen)})`, async () => {
      seen = (await stranger.call('searchDirectory', { topic: 'insomnia' })).rooms
      return (seen as Array<{ listingId: string }>).find((r) => r.listingId === listingId)
    })
    expect(found).toMatchObject({ name: 'Quiet hours', members: '1-9', requireKnock: true })

    const { requestId } = await stranger.call('requestToJoin', { listingId, note: 'I cannot sleep again', displayName: 'Sam' })
    const knock = await until('the owner sees the knock', async () => (await owner.call('listJoinRequests', { roomId })).requests[0])
    expect(knock).toMatchObject({ requestId, note: 'I cannot sleep again', displayName: 'Sam', state: 'pending' })
    await owner.call('answerJoinRequest', { roomId, requestId, approve: true })

    await until('the room is on the stranger, writable', async () =>
      (await stranger.call('listRooms', {})).rooms.find((r: any) => r.roomId === roomId && r.writable)
    )
    expect((await stranger.call('listMyJoinRequests', {})).requests).toMatchObject([{ requestId, state: 'approved', roomId }])
    await stranger.call('acceptGuidelines', { roomId, version })
    await stranger.call('postMessage', { roomId, text: 'Thanks for having me' })
    await until('the owner reads the newcomer', async () =>
      (await owner.call('getMessages', { roomId })).messages.some((m: any) => m.text === 'Thanks for having me' && m.authorName === 'Sam')
    )
  })
})
