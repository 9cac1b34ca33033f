import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, until, converged, texts, type Peer } from '../helpers/peers.ts'

describe('guidelines, reports, mutes, approvals, slow mode', () => {
  let net: Net
  let owner: Peer, member: Peer
  let roomId: string
  let memberId: string

  beforeAll(async () => {
    net = await Net.create()
    ;[owner, member] = await Promise.all([net.peer('owner'), net.peer('member')])
    const created = await owner.call('createRoom', { name: 'Gentle', displayName: 'Host' })
    roomId = created.roomId
    await member.call('joinRoom', { invite: created.invite, displayName: 'Member' })
    memberId = (await member.call('whoami', { roomId })).memberId
  })
  afterAll(() => net.close())

  it('posts count only after the current guidelines are accepted, across a version change', async () => {
    const v1 = await owner.call('setGuidelines', { roomId, text: 'Be kind. No advice unless asked.' })
    expect(v1.version).toBe(1)
    await until('guidelines on member', async () => (await member.call('getGuidelines', { roomId })).version === 1)
    expect((await member.call('getGuidelines', { roomId })).accepted).toBe(false)
    await expect(member.call('postMessage', { roomId, text: 'hi' })).rejects.toThrow(/accept the room guidelines \(version 1\)/)
    // a client that ignores the gate gets nothing into the room
    await member.node.room(roomId).append({ type: 'post', text: 'sneaky', time: Date.now() })
    await member.call('acceptGuidelines', { roomId, version: 1 })
    await member.call('postMessage', { roomId, text: 'hello, I read them' })
    await owner.call('postMessage', { roomId, text: 'welcome' })
    await converged([owner, member], roomId, 2)
    // the two posts were concurrent: either order is right, as long as both peers agree (converged)
    expect((await texts(owner, roomId)).sort()).toEqual(['hello, I read them', 'welcome'])

    await owner.call('setGuidelines', { roomId, text: 'Be kind. Use content warnings.' })
    await until('v2 on member', async () => (await member.call('getGuidelines', { roomId })).version === 2)
    await expect(member.call('postMessage', { roomId, text: 'still ok?' })).rejects.toThrow(/version 2/)
    await expect(member.call('acceptGuidelines', { roomId, version: 1 })).rejects.toThrow(/version 2/)
    await member.call('acceptGuidelines', { roomId, version: 2 })
    await member.call('postMessage', { roomId, text: 'accepted v2' })
    await converged([owner, member], roomId, 3)
  })

  it('a report is sealed: moderators read it, members cannot, the view holds no plaintext', async () => {
    // a post by the member: a report about the only moderator's post has nobody to go to (report-routing.test.ts)
    const { messageId } = await member.call('postMessage', { roomId, text: 'something upsetting' })
    await until('owner sees it', async () => (await texts(owner, roomId)).includes('something upsetting'))
    const reason = 'this message made me feel unsafe ' + Math.random()
    const { reportId } = await member.call('reportMessage', { roomId, messageId, reason })
    await expect(member.call('listReports', { roomId })).rejects.toThrow(/Only moderators/)
    const { reports } = await until('report on owner', async () => {
      const r = await owner.call('listReports', { roomId })
      return r.reports.length ? r : null
    })
    expect(reports[0]).toMatchObject({ reportId, reporter: memberId, messageId, reason, resolved: null })
    for (const p of [owner, member]) {
      for await (const { value } of p.node.room(roomId).base.view.createReadStream()) {
        expect(JSON.stringify(value)).not.toContain(reason)
      }
    }
    await owner.call('resolveReport', { roomId, reportId, outcome: 'dismissed' })
    expect((await owner.call('listReports', { roomId })).reports).toHaveLength(0)
    expect((await owner.call('listReports', { roomId, includeResolved: true })).reports[0].resolved).toBe('dismissed')
  })

  it('mutes for a number of room messages, counted over the log', async () => {
    await owner.call('muteMember', { roomId, memberId, reason: 'cool down', forMessages: 2 })
    await until('mute on member', async () => (await member.call('listMembers', { roomId })).members.find((m) => m.memberId === memberId)?.muted)
    await expect(member.call('postMessage', { roomId, text: 'muted?' })).rejects.toThrow(/muted you until 2 more/)
    await owner.call('postMessage', { roomId, text: 'one' })
    await owner.call('postMessage', { roomId, text: 'two' })
    await until('mute to lapse on member', async () => !(await member.call('listMembers', { roomId })).members.find((m) => m.memberId === memberId)?.muted)
    await member.call('postMessage', { roomId, text: 'back' })
    await until('owner sees back', async () => (await texts(owner, roomId)).includes('back'))
  })

  it("slow mode spaces one member's posts", async () => {
    await owner.call('setRoomSettings', { roomId, slowModeSeconds: 600 })
    await until('settings on member', async () => (await member.call('getRoomSettings', { roomId })).slowModeSeconds === 600)
    await expect(member.call('postMessage', { roomId, text: 'too soon' })).rejects.toThrow(/Slow mode is on/)
    await owner.call('setRoomSettings', { roomId, slowModeSeconds: 0 })
    await until('slow mode off on member', async () => (await member.call('getRoomSettings', { roomId })).slowModeSeconds === 0)
    await member.call('postMessage', { roomId, text: 'now fine' })
  })

  it("approval-required rooms hold newcomers' posts until a moderator approves them", async () => {
    await owner.call('setRoomSettings', { roomId, joinMode: 'approval' })
    const newcomer = await net.peer('newcomer')
    await until('settings reach member', async () => (await member.call('getRoomSettings', { roomId })).joinMode === 'approval')
    await newcomer.call('joinRoom', { invite: (await owner.call('createInvite', { roomId })).invite, displayName: 'New' })
    await newcomer.call('acceptGuidelines', { roomId, version: 2 })
    const { messageId } = await newcomer.call('postMessage', { roomId, text: 'first words' })
    const newId = (await newcomer.call('whoami', { roomId })).memberId
    await until(
      'owner sees the pending member',
      async () => (await owner.call('listMembers', { roomId })).members.find((m) => m.memberId === newId)?.approved === false
    )
    expect(await texts(owner, roomId)).not.toContain('first words')
    await owner.call('approveMember', { roomId, memberId: newId })
    await until('held post to appear for the member', async () => (await texts(member, roomId)).includes('first words'))
    expect((await member.call('getMessage', { roomId, messageId })).message.index).toBeGreaterThan(0)
  })

  it("getHelp puts the room's resources before the directory", async () => {
    await owner.call('setResources', { roomId, resources: [{ name: 'Our peer line', phone: '+44 20 0000 0000', hours: 'evenings' }] })
    await until('resources on member', async () => (await member.call('getHelp', { roomId, region: 'GB' })).room.length === 1)
    const help = await member.call('getHelp', { roomId, region: 'GB' })
    expect(help.room[0].name).toBe('Our peer line')
    expect(help.directory[0].country).toBe('GB')
    expect(help.directory.at(-1)!.country).toBe('INTL')
    expect((await member.call('getHelp', {})).directory.every((e) => e.country === 'INTL')).toBe(true)
  })

  it('moderator keys export with a passphrase and import on another device', async () => {
    const { exported } = await owner.call('exportModeratorKey', { roomId, passphrase: 'correct horse battery' })
    const { moderatorKey: ownerKey } = (await owner.call('whoami', { roomId })) as any
    await expect(member.call('importModeratorKey', { roomId, exported, passphrase: 'wrong passphrase' })).rejects.toThrow(/passphrase is wrong/)
    const other = await owner.call('createRoom', { name: 'Other' })
    await expect(owner.call('importModeratorKey', { roomId: other.roomId, exported, passphrase: 'correct horse battery' })).rejects.toThrow(/different room/)
    const imported = await member.call('importModeratorKey', { roomId, exported, passphrase: 'correct horse battery' })
    expect(imported.moderatorKey).toBe(ownerKey)
    await member.call('hideMessage', {
      roomId,
      messageId: (await member.call('getMessages', { roomId, limit: 1 })).messages[0].id,
      reason: 'as the owner, from a second device'
    })
    const log = (await owner.call('getModerationLog', { roomId })).entries.map((e) => e.action)
    expect(log).toEqual(expect.arrayContaining(['guidelines', 'mute', 'settings', 'approve', 'resources']))
  })
})
