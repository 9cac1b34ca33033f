import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { CliNet } from './cli-net.ts'
import { CliPeer } from '../helpers/cli-peer.ts'
import { cannotSetUp, tryMount, umount } from '../helpers/fault-setup.ts'

const STORAGE = -32011

/** Every message of a room (pages back from the newest). */
async function allTexts(p: CliPeer, roomId: string): Promise<string[]> {
  const out: string[] = []
  let before: string | undefined
  for (;;) {
    const page = await p.call('getMessages', { roomId, limit: 500, ...(before ? { before } : {}) })
    out.unshift(...page.messages.map((m: any) => m.text))
    if (!page.hasMore || !page.messages.length) return out
    before = page.messages[0].id
  }
}

describe('a full disk or an unwritable profile', () => {
  const net = new CliNet()
  const mounts: string[] = []
  beforeAll(() => net.start())
  afterAll(async () => {
    await net.stopPeers()
    for (const m of mounts.reverse()) umount(m)
    await net.close()
  })

  it('a full disk: a clear error, and nothing acknowledged is lost', async (ctx) => {
    const mnt = net.dir()
    // a real full disk: a 12 MB tmpfs (no privileges here means no such test: say so, do not fake it)
    const why = tryMount(['-t', 'tmpfs', '-o', 'size=12m', 'tmpfs', mnt])
    if (why) return cannotSetUp(ctx, `cannot mount a small tmpfs here (${why}): the full-disk case needs root with CAP_SYS_ADMIN`)
    mounts.push(mnt)
    const storage = path.join(mnt, 'profile')
    let peer = await net.serve(storage)
    const { roomId } = await peer.call('createRoom', { name: 'Full disk' })
    const acked: string[] = []
    let failure: any = null
    for (let i = 0; i < 20_000 && !failure; i++) {
      const text = `${i} ${'x'.repeat(2000)}`
      const res = await CliNet.rpc(peer, 'postMessage', { roomId, text })
      if (res.result) acked.push(text)
      else failure = res.error
    }
    expect(failure, 'the disk never filled').not.toBeNull()
    console.log(`disk full after ${acked.length} posts: ${failure.code} ${failure.message}`)
    // the error says what happened, where, and what to do
    expect(failure.code).toBe(STORAGE)
    expect(failure.message).toContain(storage)
    expect(failure.message).toMatch(/full|space/i)
    // Autobase closes a room whose write failed: until a restart, reads either still work or get
    // the same clear Storage error (never an Internal one)
    const read = await CliNet.rpc(peer, 'getMessages', { roomId, limit: 1 })
    if (read.error) expect(read.error.code).toBe(STORAGE)
    else expect(read.result.messages[0].text).toBe(acked.at(-1))

    // free space (grow the tmpfs), restart on the same profile: every acknowledged post is there
    expect(tryMount(['-o', 'remount,size=64m', mnt])).toBeNull()
    await peer.stop()
    peer = await net.serve(storage)
    const texts = await allTexts(peer, roomId)
    for (const t of acked) expect(texts).toContain(t)
    expect((await CliNet.rpc(peer, 'postMessage', { roomId, text: 'room to breathe' })).result).toBeTruthy()
  })

  it('a profile path that cannot be a directory: the peer refuses to start and names it', async () => {
    const file = path.join(net.dir(), 'not-a-dir')
    fs.writeFileSync(file, 'a file where the profile should be')
    const storage = path.join(file, 'profile')
    const peer = new CliPeer(['serve', '--storage', storage, '--bootstrap', net.bootstrap])
    await expect(peer.ready).rejects.toThrow(/exited \(1\)/)
    expect(peer.stderr).toContain(storage)
    expect(peer.stderr).toMatch(/cannot use the profile directory.*Choose a directory you can write to/s)
  })

  it('a read-only profile: a clear error, and the data is intact once it is writable again', async (ctx) => {
    const storage = net.dir()
    let peer = await net.serve(storage)
    const { roomId } = await peer.call('createRoom', { name: 'Read only' })
    const texts = Array.from({ length: 20 }, (_, i) => `kept ${i}`)
    for (const text of texts) await peer.call('postMessage', { roomId, text })
    await peer.stop()
    // root ignores file modes, so only a read-only mount makes a directory unwritable for us
    const why = tryMount(['--bind', storage, storage])
    if (why) return cannotSetUp(ctx, `cannot bind-mount here (${why}): the read-only case needs root with CAP_SYS_ADMIN`)
    mounts.push(storage)
    expect(tryMount(['-o', 'remount,bind,ro', storage])).toBeNull()
    const refused = new CliPeer(['serve', '--storage', storage, '--bootstrap', net.bootstrap])
    await expect(refused.ready).rejects.toThrow(/exited \(1\)/)
    expect(refused.stderr).toContain(storage)
    expect(refused.stderr).toMatch(/EROFS|read-only/i)
    umount(storage)
    mounts.pop()
    peer = await net.serve(storage)
    expect(await allTexts(peer, roomId)).toEqual(texts)
  })
})
