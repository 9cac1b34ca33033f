import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { CliPeer } from '../helpers/cli-peer.ts'
import { tmpDir, until } from '../helpers/peers.ts'

/**
 * `hearth seed --blind` in real processes on a private DHT: it keeps a room's logs without a key to
 * read them. Ann posts while Ben is away, then leaves; Ben comes back and reads the post from the
 * seeder alone, and a newcomer joins and reads the history from it too. Nothing the seeder wrote
 * to disk holds a post in plain text.
 */
describe('hearth seed --blind', () => {
  const dirs: string[] = []
  const peers: CliPeer[] = []
  let bootstrap = ''
  let boot: CliPeer
  const dir = () => {
    dirs.push(tmpDir())
    return dirs.at(-1)!
  }
  const start = (args: string[]) => {
    const p = new CliPeer([...args, '--bootstrap', bootstrap])
    peers.push(p)
    return p
  }
  beforeAll(async () => {
    boot = new CliPeer(['bootstrap', '--host', '127.0.0.1', '--port', '0'])
    bootstrap = `127.0.0.1:${(await boot.ready).port}`
  })
  afterAll(async () => {
    // a seeder runs until signalled (its stdin may be /dev/null under a service manager)
    for (const p of peers) if (p.proc.exitCode === null) p.proc.kill('SIGTERM')
    await Promise.all(peers.map((p) => p.exited))
    boot?.proc.kill('SIGTERM')
    await boot?.exited
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true })
  })

  const texts = async (p: CliPeer, roomId: string) => (await p.call('getMessages', { roomId, limit: 500 })).messages.map((m: { text: string | null }) => m.text)
  const lastHolding = (seeder: CliPeer) => seeder.notifications.filter((n) => n.method === 'holding').at(-1)?.params.rooms[0]
  /** True when `ok` holds; otherwise throws what it saw, so a timeout says where it stood. */
  const saw = <T>(seen: T, ok: (v: T) => boolean) => {
    if (ok(seen)) return true
    throw new Error(`saw ${JSON.stringify(seen)}`)
  }

  it('refuses a member invite: it would hand the seeder the key to read the room', async () => {
    const ann = start(['serve', '--storage', dir()])
    await ann.ready
    const { invite } = await ann.call('createRoom', { name: 'Quiet room', displayName: 'Ann' })
    const file = path.join(dir(), 'invite.txt')
    fs.writeFileSync(file, invite)
    const seeder = start(['seed', '--blind', '--storage', dir(), '--invite-file', file])
    seeder.ready.catch(() => {}) // it exits before ready, as it should
    expect(await seeder.exited).not.toBe(0)
    expect(seeder.stderr).toMatch(/--blind needs a seed invite/)
    await ann.stop()
  })

  it('keeps a room online for members and newcomers, holding nothing readable', { timeout: 300_000 }, async () => {
    const [annDir, benDir, seedDir] = [dir(), dir(), dir()]
    const ann = start(['serve', '--storage', annDir])
    let ben = start(['serve', '--storage', benDir])
    await Promise.all([ann.ready, ben.ready])
    const { roomId, invite } = await ann.call('createRoom', { name: 'Night shift', displayName: 'Ann' })
    expect(await ben.call('joinRoom', { invite, displayName: 'Ben' })).toEqual({ roomId, state: 'ready' })
    // the owner's history, written the way people write: one post per call
    const history = Array.from({ length: 50 }, (_, i) => `plain words ${i + 1} of 50`)
    for (const text of history) await ann.call('postMessage', { roomId, text })
    await ben.call('postMessage', { roomId, text: 'a reply from Ben' })
    await until('every post on Ann', async () => saw(await texts(ann, roomId), (t) => t.length === 51))
    const newcomerInvite = (await ann.call('createInvite', { roomId, label: 'for Cara' })).invite
    const { seedInvite } = await ann.call('createSeedInvite', { roomId })
    expect(seedInvite).toMatch(/^hearth-seed:/)

    const inviteFile = path.join(dir(), 'seed-invite.txt')
    fs.writeFileSync(inviteFile, seedInvite)
    const seeder = start(['seed', '--blind', '--storage', seedDir, '--invite-file', inviteFile])
    expect((await seeder.ready).blind).toBe(true)
    await until('the seeder to hold both members\u2019 logs in full', () => saw(lastHolding(seeder), (h) => !!h && h.logs >= 2 && h.complete && h.blocks > 51))
    // it keeps the room without being in it
    expect((await ann.call('listMembers', { roomId })).members.map((m: { displayName: string }) => m.displayName).sort()).toEqual(['Ann', 'Ben'])

    // Ben goes away; Ann posts, waits for the seeder to hold it, and leaves too
    await ben.stop()
    const before = lastHolding(seeder).blocks
    await ann.call('postMessage', { roomId, text: 'while Ben was away' })
    await until('the seeder to hold the new post', () => saw(lastHolding(seeder), (h) => h.blocks > before && h.complete))
    await ann.stop()

    // only the seeder is online: Ben catches up from it, then leaves
    ben = start(['serve', '--storage', benDir])
    await ben.ready
    await until('Ben to read the post from the seeder alone', async () => saw(await texts(ben, roomId), (t) => t.includes('while Ben was away')), 60_000)
    await ben.stop()

    // only the seeder is online: a newcomer joins with a normal invite and reads everything
    const cara = start(['serve', '--storage', dir()])
    await cara.ready
    expect((await cara.call('joinRoom', { invite: newcomerInvite, displayName: 'Cara' })).roomId).toBe(roomId)
    await until('Cara to read the whole history from the seeder alone', async () => saw(await texts(cara, roomId), (t) => t.length === 52), 90_000)
    expect(await texts(cara, roomId)).toEqual([...history, 'a reply from Ben', 'while Ben was away'])

    // the seeder's disk: logs, never a readable post or the room's name
    seeder.proc.kill('SIGTERM')
    expect(await seeder.exited).toBe(0)
    const files = walk(seedDir)
    expect(files.length).toBeGreaterThan(1)
    for (const file of files) {
      const bytes = fs.readFileSync(file)
      for (const secret of ['plain words', 'while Ben was away', 'Night shift', 'Cara'])
        expect(bytes.includes(Buffer.from(secret)), `${secret} in ${file}`).toBe(false)
    }
    const seeds = JSON.parse(fs.readFileSync(path.join(seedDir, 'seeds.json'), 'utf8'))
    expect(Object.keys(seeds.rooms[0]).sort()).toEqual(['keys', 'roomKey'])
    // and `hearth serve` on its storage has no room to read
    const reader = start(['serve', '--storage', seedDir])
    await reader.ready
    expect((await reader.call('listRooms', {})).rooms).toEqual([])
    await reader.stop()
  })
})

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
}
