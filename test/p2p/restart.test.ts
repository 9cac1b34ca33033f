import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { Net, converged, texts } from '../helpers/peers.ts'
import { signingKeyPair } from '../../src/p2p/api/summary.ts'
import { toHex } from '../../src/p2p/crypto.ts'

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
    const owner = signingKeyPair(a.node, roomId)!
    expect(toHex(owner.publicKey)).toBe((await a.call('getRoom', { roomId })).owner)
    expect(fs.statSync(path.join(a.storage, 'profile.json')).mode & 0o077).toBe(0)
    expect(fs.statSync(path.join(a.storage, 'master.key')).mode & 0o077).toBe(0)
    await net.stop(a) // everything written and closed
    for (const [what, secret] of [
      ['room encryption key', enc],
      ['owner secret key', Buffer.from(owner.secretKey)],
      ['owner key seed', Buffer.from(owner.secretKey.subarray(0, 32))]
    ] as const) {
      expect(plainCopies(a.storage, secret), what).toEqual([])
    }
  })
})

/** Files under dir that hold the secret in plain: its raw bytes, hex or base64. */
function plainCopies(dir: string, secret: Buffer): string[] {
  const forms = [secret, Buffer.from(secret.toString('hex')), Buffer.from(secret.toString('base64')), Buffer.from(secret.toString('base64url'))]
  const hits: string[] = []
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name)
    if (!fs.statSync(file).isFile()) continue
    const bytes = fs.readFileSync(file)
    if (forms.some((f) => bytes.includes(f))) hits.push(name)
  }
  return hits
}
