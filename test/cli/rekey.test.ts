import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import fs from 'node:fs'
import { CliPeer } from '../helpers/cli-peer.ts'
import { tmpDir, until } from '../helpers/peers.ts'

/**
 * The move to new keys over `hearth serve` JSON-RPC, in real processes on a private DHT: Ann
 * creates a room, Ben and Tom join, Ann blocks Tom, moves the room and posts. Ben reads the post
 * under the same roomId; Tom never does; an invite from before the move is refused.
 */
describe('rekeyRoom over hearth serve', () => {
  const dirs: string[] = []
  let boot: CliPeer, ann: CliPeer, ben: CliPeer, tom: CliPeer, eve: CliPeer
  beforeAll(async () => {
    boot = new CliPeer(['bootstrap', '--host', '127.0.0.1', '--port', '0'])
    const bootstrap = `127.0.0.1:${(await boot.ready).port}`
    const serve = () => {
      dirs.push(tmpDir())
      return new CliPeer(['serve', '--storage', dirs.at(-1)!, '--bootstrap', bootstrap])
    }
    ;[ann, ben, tom, eve] = [serve(), serve(), serve(), serve()]
    await Promise.all([ann.ready, ben.ready, tom.ready, eve.ready])
  })
  afterAll(async () => {
    await Promise.all([ann, ben, tom, eve].map((p) => p?.stop()))
    boot?.proc.kill('SIGTERM')
    await boot?.exited
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true })
  })

  const texts = async (p: CliPeer, roomId: string) => (await p.call('getMessages', { roomId })).messages.map((m: { text: string | null }) => m.text)

  it('Ann blocks Tom and moves the room; Ben reads on, Tom and an old invite do not', async () => {
    const { roomId, invite } = await ann.call('createRoom', { name: 'Night shift', displayName: 'Ann' })
    expect(await ben.call('joinRoom', { invite, displayName: 'Ben' })).toEqual({ roomId, state: 'ready' })
    const second = (await ann.call('createInvite', { roomId })).invite
    expect(await tom.call('joinRoom', { invite: second, displayName: 'Tom' })).toEqual({ roomId, state: 'ready' })
    const oldInvite = (await ann.call('createInvite', { roomId })).invite
    await ann.call('postMessage', { roomId, text: 'before the move' })
    for (const p of [ben, tom]) await until('the first post everywhere', async () => (await texts(p, roomId)).includes('before the move'))
    const tomId = (await tom.call('whoami', { roomId })).memberId
    for (const p of [ben, tom]) {
      const me = (await p.call('whoami', { roomId })).memberId
      await until('each member on Ann', async () => (await ann.call('listMembers', { roomId })).members.some((m: { memberId: string }) => m.memberId === me))
    }

    await ann.call('blockMember', { roomId, memberId: tomId, reason: 'harassment' })
    await ann.call('rekeyRoom', { roomId })
    await ann.call('postMessage', { roomId, text: 'after the move' })

    await until('Ben to read it under the same roomId', async () => (await texts(ben, roomId)).includes('after the move'), 60_000)
    expect(await texts(ben, roomId)).toEqual(['before the move', 'after the move'])
    await until("Tom's device to know it was left out", async () => (await tom.call('listRooms', {})).rooms[0].movedAway === true, 60_000)
    expect(await texts(tom, roomId)).not.toContain('after the move')

    const refused = await eve.request('joinRoom', { invite: oldInvite, displayName: 'Eve' })
    expect(refused.error, `${JSON.stringify(refused)}; Eve's log: ${eve.stderr.slice(-2000)}`).toMatchObject({
      code: -32004,
      data: { reason: 'invite_before_move' }
    })
    expect(refused.error.message).toMatch(/moved to new keys since this invite was made/)
  })
})
