import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, until, converged, texts, type Peer } from '../helpers/peers.ts'
import { rawAppend, refusedEverywhere } from '../helpers/attack.ts'
import { roomWithMember } from '../helpers/rooms.ts'
import { signRecord } from '../../src/p2p/records/signing.ts'
import { newSigningKeyPair } from '../../src/p2p/crypto.ts'

/** Waits until `check` holds on every peer; a failing check names what that peer had. */
async function onEvery(peers: Peer[], what: string, check: (p: Peer) => Promise<string | null>) {
  for (const p of peers) {
    await until(`${p.name}: ${what}`, async () => {
      const wrong = await check(p)
      if (wrong) throw new Error(wrong)
      return true
    })
  }
}

describe('an indefinite mute, and approval of several held posts', () => {
  let net: Net
  let owner: Peer, member: Peer
  let roomId: string
  let memberId: string

  beforeAll(async () => {
    net = await Net.create()
    ;({ owner, member, roomId, memberId } = await roomWithMember(net, 'Patient'))
  })
  afterAll(() => net.close())

  const muted = async (p: Peer, id: string) => (await p.call('listMembers', { roomId })).members.find((m) => m.memberId === id)?.muted

  it('a mute with no length holds however many messages pass, until an unmute', async () => {
    const all = [owner, member]
    await owner.call('muteMember', { roomId, memberId, reason: 'take a break' })
    await onEvery(all, 'the member muted', async (p) => ((await muted(p, memberId)) ? null : 'not muted there'))
    await expect(member.call('postMessage', { roomId, text: 'can I?' })).rejects.toThrow(/muted you in this room for now/)
    await refusedEverywhere(all, roomId, 1, () => rawAppend(member, roomId, { type: 'post', text: 'muted, posting anyway', time: Date.now() }))

    // a mute counted in messages would lapse; this one does not
    for (let i = 0; i < 5; i++) await owner.call('postMessage', { roomId, text: `meanwhile ${i}` })
    await converged(all, roomId, 5)
    for (const p of all) expect(await muted(p, memberId), p.name).toBe(true)
    await expect(member.call('postMessage', { roomId, text: 'now?' })).rejects.toThrow(/for now/)

    await owner.call('unmuteMember', { roomId, memberId })
    await onEvery(all, 'the member unmuted', async (p) => ((await muted(p, memberId)) ? 'still muted there' : null))
    await member.call('postMessage', { roomId, text: 'back after the break' })
    await onEvery(all, 'the post after the unmute', async (p) => ((await texts(p, roomId)).includes('back after the break') ? null : 'not there'))
    const log = (await member.call('getModerationLog', { roomId })).entries.filter((e) => e.target === memberId)
    expect(log.map((e) => e.action)).toEqual(['mute', 'unmute'])
  })

  it('approval publishes every held post, in order, after what was posted meanwhile', async () => {
    await owner.call('setRoomSettings', { roomId, joinMode: 'approval' })
    await onEvery([owner, member], 'approval mode', async (p) => ((await p.call('getRoomSettings', { roomId })).joinMode === 'approval' ? null : 'open'))
    const newcomer = await net.peer('newcomer')
    const all = [owner, member, newcomer]
    await newcomer.call('joinRoom', { invite: (await owner.call('createInvite', { roomId })).invite, displayName: 'New' })
    const newId = (await newcomer.call('whoami', { roomId })).memberId
    const held = ['first, nervous', 'second, braver', 'third, hello all']
    const ids: string[] = []
    for (const text of held) ids.push((await newcomer.call('postMessage', { roomId, text })).messageId)

    // every peer holds the posts, with no place in the timeline yet
    await onEvery(all, 'the held posts, unpublished', async (p) => {
      const found = await Promise.all(
        ids.map((messageId) =>
          p.call('getMessage', { roomId, messageId }).then(
            (r) => r.message.index,
            () => null
          )
        )
      )
      return found.every((i) => i === -1) ? null : `indices there: ${found.join(', ')}`
    })
    for (const p of all) expect(await texts(p, roomId), p.name).not.toContain(held[0])
    // the newcomer cannot approve itself, whatever it signs with
    const selfApproval = signRecord(owner.node.room(roomId).key, newSigningKeyPair(), { type: 'approve-member', member: newId, time: Date.now() })
    await refusedEverywhere(all, roomId, 1, () => rawAppend(newcomer, roomId, selfApproval))

    await owner.call('postMessage', { roomId, text: 'posted while they waited' })
    await owner.call('approveMember', { roomId, memberId: newId })
    await onEvery(all, 'the held posts published', async (p) => {
      const last = (await texts(p, roomId)).slice(-4)
      return JSON.stringify(last) === JSON.stringify(['posted while they waited', ...held]) ? null : `newest there: ${JSON.stringify(last)}`
    })
    for (const p of all) {
      const indices = await Promise.all(ids.map(async (messageId) => (await p.call('getMessage', { roomId, messageId })).message.index))
      const before = (await p.call('getMessages', { roomId, limit: 4 })).messages[0].index
      expect(indices, p.name).toEqual([before + 1, before + 2, before + 3])
    }
  })
})
