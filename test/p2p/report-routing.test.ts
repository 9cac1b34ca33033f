import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, until, converged, type Peer } from '../helpers/peers.ts'
import { K } from '../../src/p2p/room/keys.ts'

/**
 * Reports route around their subject: a report about a moderator's post goes to the owner and the
 * other moderators, never to that moderator; the reporter follows it to "resolved" with the note.
 */
describe('reports about a moderator, and what the reporter hears back', () => {
  let net: Net
  let owner: Peer, mod: Peer, member: Peer
  let roomId: string
  let ownerKey: string, modKey: string

  beforeAll(async () => {
    net = await Net.create()
    ;[owner, mod, member] = await Promise.all([net.peer('owner'), net.peer('mod'), net.peer('member')])
    const created = await owner.call('createRoom', { name: 'Late shift', displayName: 'Olu' })
    roomId = created.roomId
    await mod.call('joinRoom', { invite: created.invite, displayName: 'Mika' })
    await member.call('joinRoom', { invite: created.invite, displayName: 'Sam' })
    await converged([owner, mod, member], roomId, 0)
    ownerKey = (await owner.call('whoami', { roomId })).moderatorKey!
  })
  afterAll(() => net.close())

  const reportsOf = async (p: Peer) => (await p.call('listReports', { roomId, includeResolved: true })).reports.map((r) => r.messageId)

  it('a report about the only moderator has nobody else to go to, and says so', async () => {
    const { messageId } = await owner.call('postMessage', { roomId, text: 'owner speaking' })
    await until('member sees it', async () => (await member.node.room(roomId).queries.rawMessage(messageId)) !== null)
    // the creator's writer stands behind the owner key (its genesis was signed by that key)
    const creator = owner.node.room(roomId).memberId
    expect(await member.node.room(roomId).queries.value(K.signer(creator, ownerKey))).toBe(1)
    await expect(member.call('reportMessage', { roomId, messageId, reason: 'rude' })).rejects.toThrow(/only moderator/)
  })

  it("a report about a moderator's post reaches the owner, not that moderator", async () => {
    ;({ moderatorKey: modKey } = await mod.call('createModeratorKey', { roomId }))
    await owner.call('addModerator', { roomId, moderatorKey: modKey })
    const modWriter = mod.node.room(roomId).memberId
    // the moderator's device says which writer stands behind its key, by itself
    await until('the binding reaches the member', async () => (await member.node.room(roomId).queries.value(K.signer(modWriter, modKey))) === 1)

    const { messageId: modPost } = await mod.call('postMessage', { roomId, text: 'moderator post' })
    const { messageId: ownerPost } = await until('owner post reaches member', async () => {
      const [m] = (await member.call('getMessages', { roomId })).messages.filter((x) => x.text === 'owner speaking')
      return m && (await member.node.room(roomId).queries.rawMessage(modPost)) ? { messageId: m.id } : null
    })
    const about = await member.call('reportMessage', { roomId, messageId: modPost, reason: 'the moderator was cruel' })
    const aboutOwner = await member.call('reportMessage', { roomId, messageId: ownerPost, reason: 'the owner was dismissive' })
    await until('owner reads the report about the moderator', async () => (await reportsOf(owner)).includes(modPost))
    await until('the moderator reads the report about the owner', async () => (await reportsOf(mod)).includes(ownerPost))
    await until('both reports reach the moderator', async () => (await mod.node.room(roomId).queries.counters()).reports === 2)
    await until('both reports reach the owner', async () => (await owner.node.room(roomId).queries.counters()).reports === 2)
    expect(await reportsOf(owner)).toEqual([modPost])
    expect(await reportsOf(mod)).toEqual([ownerPost])
    expect((await mod.call('listReports', { roomId })).unreadable).toBe(0)

    const mine = await member.call('listMyReports', { roomId })
    expect(mine.reports.map((r) => [r.reportId, r.status, r.note])).toEqual(
      expect.arrayContaining([
        [about.reportId, 'received', null],
        [aboutOwner.reportId, 'received', null]
      ])
    )
    expect(mine.reports).toHaveLength(2)

    const note = 'We spoke with them about it; thank you for telling us.'
    await owner.call('resolveReport', { roomId, reportId: about.reportId, outcome: 'actioned', note })
    const resolved = await until('the reporter sees it resolved', async () =>
      (await member.call('listMyReports', { roomId })).reports.find((r) => r.reportId === about.reportId && r.status === 'resolved')
    )
    expect(resolved).toMatchObject({ outcome: 'actioned', note, messageId: modPost })
    // the note is for the reporter: sealed, so it is in nobody's view in plain
    for (const p of [owner, mod, member]) {
      for await (const { value } of p.node.room(roomId).base.view.createReadStream()) expect(JSON.stringify(value)).not.toContain('We spoke with them')
    }
    // the moderator cannot list another member's reports as their own
    expect((await mod.call('listMyReports', { roomId })).reports).toEqual([])
  })
})
