import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { Net, converged, texts } from '../helpers/peers.ts'

describe('restart', () => {
  let net: Net
  beforeAll(async () => {
    net = await Net.create()
  })
  afterAll(() => net.close())

  it('keeps rooms, messages, names and membership across a restart, with no plain secrets on disk', async () => {
    const a = await net.peer('a')
    const b = await net.peer('b')
    const { roomId, invite } = await a.call('createRoom', { name: 'Steady', displayName: 'Ash' })
    await b.call('joinRoom', { invite, displayName: 'Birch' })
    for (let i = 0; i < 5; i++) await b.call('postMessage', { roomId, text: `note ${i}` })
    await converged([a, b], roomId, 5)
    const before = await b.call('getRoom', { roomId })
    const me = await b.call('whoami', { roomId })

    await net.stop(b)
    const b2 = await net.peer('b-restarted', {}, b.storage)
    const after = await b2.call('getRoom', { roomId })
    expect(after.viewHash).toBe(before.viewHash)
    expect(await b2.call('whoami', { roomId })).toEqual(me)
    expect(await texts(b2, roomId)).toEqual(['note 0', 'note 1', 'note 2', 'note 3', 'note 4'])
    await b2.call('postMessage', { roomId, text: 'still here' })
    await converged([a, b2], roomId, 6)

    // the room encryption key and owner key never rest in plain on disk
    const enc = (await a.node.rooms.get(roomId)!.base.encryptionKey) as Buffer
    const profile = fs.readFileSync(path.join(a.storage, 'profile.json'), 'utf8')
    expect(profile).not.toContain(enc.toString('hex'))
    expect(profile).not.toContain(enc.toString('base64'))
    expect(fs.statSync(path.join(a.storage, 'profile.json')).mode & 0o077).toBe(0)
    expect(fs.statSync(path.join(a.storage, 'master.key')).mode & 0o077).toBe(0)
    expect(grepDir(a.storage, enc)).toEqual([])
  })
})

/** Files under dir whose bytes contain needle. */
function grepDir(dir: string, needle: Buffer): string[] {
  const hits: string[] = []
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name)
    if (fs.statSync(file).isFile() && fs.readFileSync(file).includes(needle)) hits.push(name)
  }
  return hits
}
