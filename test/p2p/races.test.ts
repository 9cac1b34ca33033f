import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, until, converged, type Peer } from '../helpers/peers.ts'

/** Everyone reports the same view hash and the same answer to `probe`. */
async function sameEverywhere<T>(peers: Peer[], roomId: string, probe: (p: Peer) => Promise<T>) {
  const count = (await peers[0].call('getRoom', { roomId })).messageCount
  await converged(peers, roomId, count)
  const answers = await Promise.all(peers.map(probe))
  for (const a of answers) expect(a).toEqual(answers[0])
  return answers[0]
}

describe('order-dependent races end identically on every peer', () => {
  let net: Net
  beforeAll(async () => {
    net = await Net.create()
  })
  afterAll(() => net.close())

  it("block vs the blocked member's concurrent posts", async () => {
    const [owner, troll, witness] = await Promise.all([net.peer('owner'), net.peer('troll'), net.peer('witness')])
    const { roomId, invite } = await owner.call('createRoom', { name: 'Race 1' })
    await troll.call('joinRoom', { invite })
    await witness.call('joinRoom', { invite: (await owner.call('createInvite', { roomId })).invite })
    const trollId = (await troll.call('whoami', { roomId })).memberId
    await converged([owner, troll, witness], roomId, 0)

    await owner.node.goOffline()
    await troll.node.goOffline()
    await owner.call('blockMember', { roomId, memberId: trollId, reason: 'spam' })
    for (let i = 0; i < 5; i++) await troll.call('postMessage', { roomId, text: `race ${i}` })
    owner.node.goOnline()
    troll.node.goOnline()
    await until(
      'the block to reach the witness',
      async () => (await witness.call('listMembers', { roomId })).members.find((m) => m.memberId === trollId)?.blocked
    )
    const visible = await sameEverywhere([owner, troll, witness], roomId, async (p) =>
      (await p.call('getMessages', { roomId })).messages.filter((m) => !m.hidden).map((m) => m.text)
    )
    expect(visible).toEqual([])
  })

  it("remove-moderator vs that moderator's concurrent block", async () => {
    const [owner, mod, target] = await Promise.all([net.peer('owner2'), net.peer('mod'), net.peer('target')])
    const { roomId, invite } = await owner.call('createRoom', { name: 'Race 2' })
    await mod.call('joinRoom', { invite })
    await target.call('joinRoom', { invite: (await owner.call('createInvite', { roomId })).invite })
    const { moderatorKey } = await mod.call('createModeratorKey', { roomId })
    await owner.call('addModerator', { roomId, moderatorKey })
    await until('mod to be a moderator', async () => (await mod.call('listRooms', {})).rooms[0].isModerator)
    const targetId = (await target.call('whoami', { roomId })).memberId
    await target.call('postMessage', { roomId, text: 'innocent' })
    await converged([owner, mod, target], roomId, 1)

    await owner.node.goOffline()
    await mod.node.goOffline()
    await owner.call('removeModerator', { roomId, moderatorKey })
    await mod.call('blockMember', { roomId, memberId: targetId, reason: 'rogue moderator' })
    owner.node.goOnline()
    mod.node.goOnline()
    await until('the removal to reach the mod', async () => !(await mod.call('listRooms', {})).rooms[0].isModerator)
    const outcome = await sameEverywhere([owner, mod, target], roomId, async (p) => ({
      blocked: (await p.call('listMembers', { roomId })).members.find((m) => m.memberId === targetId)!.blocked,
      log: (await p.call('getModerationLog', { roomId })).entries.map((e) => e.action)
    }))
    // which came first is decided by the linearization, the same for all; either way the mod is gone
    expect(outcome.log).toContain('moderator-removed')
    expect(outcome.blocked).toBe(outcome.log.includes('block'))
    expect((await target.call('listModerators', { roomId })).moderators).toEqual([])
  })
})
