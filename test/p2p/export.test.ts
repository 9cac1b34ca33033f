import fs from 'node:fs'
import path from 'node:path'
import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, until, texts, tmpDir, type Peer } from '../helpers/peers.ts'
import { roomWithMember } from '../helpers/rooms.ts'

/** exportMyData: your rooms, your own messages and moderation actions, as JSON and a readable page; nothing of anyone else's, no keys. */
describe('exporting your data', () => {
  let net: Net
  let owner: Peer, member: Peer
  let roomId: string
  let memberId: string
  let hiddenId: string

  beforeAll(async () => {
    net = await Net.create()
    ;({ owner, member, roomId, memberId } = await roomWithMember(net, 'Evening <circle>'))
    await owner.call('postMessage', { roomId, text: 'Owner words, not the member’s' })
    await member.call('postMessage', { roomId, text: 'I said <script>alert(1)</script> & meant it', contentWarning: 'loss' })
    hiddenId = (await member.call('postMessage', { roomId, text: 'my phone is 555 0100' })).messageId
    await until('the owner to read both', async () => (await texts(owner, roomId)).includes('my phone is 555 0100'))
    await owner.call('hideMessage', { roomId, messageId: hiddenId, reason: 'personal details' })
    await until('the hide on the member', async () => (await member.call('getMessage', { roomId, messageId: hiddenId })).message.hidden)
  })
  afterAll(() => net.close())

  it("the member's archive holds their two messages (the hidden one's words too), no one else's, and no keys", async () => {
    const dir = tmpDir('hearth-export-')
    const out = await member.call('exportMyData', { dir, appSettings: { language: 'es' } })
    expect(out).toMatchObject({ rooms: 1, messages: 2, actions: 0 })
    expect(path.dirname(out.dir)).toBe(dir)
    const archive = JSON.parse(fs.readFileSync(out.json, 'utf8'))
    expect(archive.appSettings).toEqual({ language: 'es' })
    const room = archive.rooms[0]
    expect(room).toMatchObject({ roomId, name: 'Evening <circle>', displayName: 'Member', role: 'member' })
    expect(room.messages.map((m: { text: string }) => m.text)).toEqual(['I said <script>alert(1)</script> & meant it', 'my phone is 555 0100'])
    expect(room.messages[1]).toMatchObject({ id: hiddenId, hidden: true, hiddenReason: 'personal details' })
    const raw = fs.readFileSync(out.json, 'utf8') + fs.readFileSync(out.html, 'utf8')
    expect(raw).not.toContain('Owner words')
    // neither the room's keys nor this device's secrets
    const entry = member.node.entry(roomId)
    for (const secret of [entry.encryptionKey, entry.key]) expect(raw).not.toContain(secret)
    expect(memberId).toBe(room.messages[0].id.split('-')[0])
  })

  it('the page escapes what people wrote and reads without scripts', async () => {
    const out = await member.call('exportMyData', { dir: tmpDir('hearth-export-') })
    const html = fs.readFileSync(out.html, 'utf8')
    expect(html).toContain('I said &lt;script&gt;alert(1)&lt;/script&gt; &amp; meant it')
    expect(html).toContain('<h2>Evening &lt;circle&gt;</h2>')
    expect(html).toContain('Content warning:</strong> loss')
    expect(html).not.toMatch(/<script/i)
  })

  it("the owner's archive lists the moderation actions their key signed", async () => {
    const out = await owner.call('exportMyData', { dir: tmpDir('hearth-export-') })
    const room = JSON.parse(fs.readFileSync(out.json, 'utf8')).rooms[0]
    expect(room.role).toBe('owner')
    expect(room.moderationActions.map((a: { action: string; reason: string }) => [a.action, a.reason])).toContainEqual(['hide', 'personal details'])
    expect(room.messages.map((m: { text: string }) => m.text)).toEqual(['Owner words, not the member’s'])
  })

  it('a folder that cannot be written gives a clear error and writes nothing', async () => {
    const file = path.join(tmpDir('hearth-export-'), 'not-a-folder')
    fs.writeFileSync(file, 'x')
    await expect(member.call('exportMyData', { dir: file })).rejects.toMatchObject({ data: { reason: 'export_failed' } })
    expect(fs.readFileSync(file, 'utf8')).toBe('x')
  })
})
