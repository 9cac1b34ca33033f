import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { CliPeer } from '../helpers/cli-peer.ts'
import { tmpDir, until } from '../helpers/peers.ts'

/** Files under dir that hold the needle (a stopped process's whole profile). */
function filesHolding(dir: string, needle: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((name) => {
    const file = path.join(dir, name)
    return fs.statSync(file).isFile() && fs.readFileSync(file).includes(Buffer.from(needle))
  })
}

/**
 * Private support through real `hearth serve` processes on a private DHT, over JSON-RPC: a member
 * asks, the moderator on duty accepts, the two talk in a conversation of their own; a third member
 * of the room, holding its invite, finds nothing of it, not in the app and not in their storage.
 */
describe('private support over hearth serve', () => {
  const dirs: string[] = []
  let boot: CliPeer, mod: CliPeer, asker: CliPeer, third: CliPeer
  let roomId: string, invite: string, conversation: string
  const secret = `only the two of us ${Math.random().toString(36).slice(2)}`
  const note = `a bad night ${Math.random().toString(36).slice(2)}`

  beforeAll(async () => {
    boot = new CliPeer(['bootstrap', '--host', '127.0.0.1', '--port', '0'])
    const bootstrap = `127.0.0.1:${(await boot.ready).port}`
    dirs.push(tmpDir(), tmpDir(), tmpDir())
    ;[mod, asker, third] = dirs.map((d) => new CliPeer(['serve', '--storage', d, '--bootstrap', bootstrap]))
    await Promise.all([mod.ready, asker.ready, third.ready])
    ;({ roomId, invite } = await mod.call('createRoom', { name: 'Evening circle', displayName: 'Mo' }))
    await asker.call('joinRoom', { invite, displayName: 'Ash' })
    await third.call('joinRoom', { invite, displayName: 'Tam' })
  })
  afterAll(async () => {
    await Promise.all([mod?.stop(), asker?.stop(), third?.stop()])
    boot?.proc.kill('SIGTERM')
    await boot?.exited
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true })
  })

  it('a member asks, the moderator on duty accepts, and the two talk privately', async () => {
    await mod.call('setPresence', { roomId, onDuty: true })
    await until('the asker sees a moderator on duty', async () => (await asker.call('getPresence', { roomId })).moderatorsOnDuty === 1)
    const { requestId } = await asker.call('requestSupport', { roomId, note })
    const waiting = await until('the moderator sees the request', async () => (await mod.call('listSupportRequests', { roomId })).requests[0])
    expect(waiting).toMatchObject({ requestId, requesterName: 'Ash', note, acceptedBy: null })

    ;({ roomId: conversation } = await mod.call('acceptSupportRequest', { roomId, requestId }))
    let seen: unknown = null
    const opened = await until(`the conversation opens on the asker (last saw ${JSON.stringify(seen)})`, async () => {
      seen = (await asker.call('listRooms', {})).rooms.map((r: any) => [r.roomId.slice(0, 6), r.kind, r.writable])
      return (await asker.call('listRooms', {})).rooms.find((r: any) => r.roomId === conversation && r.writable)
    })
    expect(opened.kind).toBe('private')
    await asker.call('postMessage', { roomId: conversation, text: secret })
    await mod.call('postMessage', { roomId: conversation, text: "I'm here. Take your time." })
    await until('each reads the other', async () => {
      const [a, m] = await Promise.all([asker.call('getMessages', { roomId: conversation }), mod.call('getMessages', { roomId: conversation })])
      return a.messages.length === 2 && m.messages.some((x: any) => x.text === secret)
    })
  })

  it('the third member finds nothing of it: not in the app, not with the invite, not on disk', async () => {
    expect((await third.call('listRooms', {})).rooms.map((r: any) => r.roomId)).toEqual([roomId])
    expect((await third.call('listSupportRequests', { roomId })).requests).toEqual([])
    expect((await third.call('joinRoom', { invite })).roomId).toBe(roomId)
    await expect(third.call('getMessages', { roomId: conversation })).rejects.toMatchObject({ data: { reason: 'room_not_found' } })
    // the request and the offer are in the room's log the third member holds, sealed to others
    await until('the third member has the room as far as the moderator', async () => {
      const [t, m] = await Promise.all([third.call('getRoom', { roomId }), mod.call('getRoom', { roomId })])
      return t.viewHash === m.viewHash
    })
    await third.stop()
    for (const needle of [secret, note, conversation]) expect(filesHolding(dirs[2], needle), needle).toEqual([])
  })
})
