import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, until, converged, texts, untilModeratorBound, type Peer } from '../helpers/peers.ts'
import { rawAppend, refusedEverywhere } from '../helpers/attack.ts'
import { signRecord } from '../../src/p2p/records/signing.ts'
import { signingKeyPair } from '../../src/p2p/api/summary.ts'
import { decodeInvite } from '../../src/p2p/invite.ts'
import { newSigningKeyPair, toHex } from '../../src/p2p/crypto.ts'

/**
 * Who may do what, held by apply against clients that skip the API: a second genesis, a
 * moderator acting as owner, a block of the owner, a join with a revoked invite.
 */
describe('authority holds against raw records', () => {
  let net: Net
  let owner: Peer, moderator: Peer, troll: Peer
  let all: Peer[]
  let roomId: string
  let roomKey: Buffer

  beforeAll(async () => {
    net = await Net.create()
    ;[owner, moderator, troll] = await Promise.all([net.peer('owner'), net.peer('moderator'), net.peer('troll')])
    all = [owner, moderator, troll]
    const created = await owner.call('createRoom', { name: 'Held', displayName: 'Host' })
    roomId = created.roomId
    roomKey = owner.node.room(roomId).key
    await moderator.call('joinRoom', { invite: created.invite, displayName: 'Mod' })
    await troll.call('joinRoom', { invite: (await owner.call('createInvite', { roomId })).invite, displayName: 'Troll' })
    const { moderatorKey } = await moderator.call('createModeratorKey', { roomId })
    await owner.call('addModerator', { roomId, moderatorKey })
    for (const p of all) await until(`${p.name} to know the moderator`, async () => (await p.call('listModerators', { roomId })).moderators.length === 1)
    await untilModeratorBound(all, roomId, moderator, moderatorKey)
  })
  afterAll(() => net.close())

  it("a second genesis, from the creator's writer or from another", async () => {
    const ownerKey = signingKeyPair(owner.node, roomId)!
    const usurper = newSigningKeyPair()
    const genesis = (kp: typeof usurper, name: string) => signRecord(roomKey, kp, { type: 'genesis', name, owner: toHex(kp.publicKey), time: Date.now() })
    await refusedEverywhere(all, roomId, 1, () => rawAppend(owner, roomId, genesis(ownerKey, 'Renamed by a second genesis')))
    await refusedEverywhere(all, roomId, 1, () => rawAppend(troll, roomId, genesis(usurper, 'Taken over')))
    for (const p of all) expect(await p.call('getRoom', { roomId }), p.name).toMatchObject({ name: 'Held', owner: toHex(ownerKey.publicKey) })
  })

  it('a moderator cannot add or remove moderators: only the owner can', async () => {
    const modKey = signingKeyPair(moderator.node, roomId)!
    const accomplice = toHex(newSigningKeyPair().publicKey)
    await refusedEverywhere(all, roomId, 2, () =>
      rawAppend(
        moderator,
        roomId,
        signRecord(roomKey, modKey, { type: 'mod-add', moderator: accomplice, time: Date.now() }),
        signRecord(roomKey, modKey, { type: 'mod-remove', moderator: toHex(modKey.publicKey), time: Date.now() })
      )
    )
    for (const p of all)
      expect(
        (await p.call('listModerators', { roomId })).moderators.map((m) => m.moderatorKey),
        p.name
      ).toEqual([toHex(modKey.publicKey)])

    // the owner's mod-add, sent the same way, counts
    await rawAppend(owner, roomId, signRecord(roomKey, signingKeyPair(owner.node, roomId)!, { type: 'mod-add', moderator: accomplice, time: Date.now() }))
    for (const p of all) await until(`${p.name} to apply the owner's mod-add`, async () => (await p.call('listModerators', { roomId })).moderators.length === 2)
  })

  it('the owner cannot be blocked, not even by a raw record', async () => {
    const ownerMember = (await owner.call('whoami', { roomId })).memberId
    const trollMember = (await troll.call('whoami', { roomId })).memberId
    const block = (member: string) => signRecord(roomKey, signingKeyPair(moderator.node, roomId)!, { type: 'block', member, reason: 'coup', time: Date.now() })
    await expect(moderator.call('blockMember', { roomId, memberId: ownerMember, reason: 'coup' })).rejects.toThrow(/owner cannot be blocked/)
    await refusedEverywhere(all, roomId, 1, () => rawAppend(moderator, roomId, block(ownerMember)))
    for (const p of all) expect((await p.call('listMembers', { roomId })).members.find((m) => m.memberId === ownerMember)?.blocked, p.name).toBe(false)
    await owner.call('postMessage', { roomId, text: 'still the host' })
    for (const p of all) await until(`${p.name} to see the owner post`, async () => (await texts(p, roomId)).includes('still the host'))

    // the moderator's block of anyone else, sent the same way, counts
    await rawAppend(moderator, roomId, block(trollMember))
    for (const p of all)
      await until(
        `${p.name} to apply the block`,
        async () => (await p.call('listMembers', { roomId })).members.find((m) => m.memberId === trollMember)?.blocked
      )
  })

  it('a revoked invite admits nobody, even a client that skips its own check', async () => {
    const revoked = await owner.call('createInvite', { roomId })
    const valid = await owner.call('createInvite', { roomId })
    await owner.call('revokeInvite', { roomId, inviteId: revoked.inviteId })
    await converged(all, roomId, (await owner.call('getRoom', { roomId })).messageCount)

    // joinRoom refuses a revoked ticket before appending; this client appends the join anyway,
    // once its copy of the room shows the revocation
    const rawJoin = async (peer: Peer, invite: string, name: string) => {
      const inv = decodeInvite(invite)
      const room = await peer.node.addRoom(inv.roomKey, inv.encryptionKey, {}, undefined, inv.systemKey)
      await until(`${peer.name} to sync the room`, async () => (await room.queries.viewHash()) === (await owner.node.room(roomId).queries.viewHash()))
      await room.append({ type: 'join', ticket: inv.ticket, name, time: Date.now() }, { optimistic: true })
      return room
    }
    const uninvited = await net.peer('uninvited')
    const intruder = await rawJoin(uninvited, revoked.invite, 'Uninvited')
    // the same raw join with a ticket that is still good, made after, is admitted everywhere:
    // once it is, the earlier join had its turn on every peer too
    const newcomer = await net.peer('newcomer')
    const admitted = await rawJoin(newcomer, valid.invite, 'Newcomer')
    const names = async (p: Peer) => (await p.call('listMembers', { roomId })).members.map((m) => m.displayName)
    for (const p of all) {
      await until(`${p.name} to admit the newcomer`, async () => {
        const seen = await names(p)
        if (!seen.includes('Newcomer')) throw new Error(`members there: ${seen.join(', ')}`)
        return true
      })
    }
    await until('the newcomer to be a writer', () => admitted.writable)

    for (const p of [...all, uninvited]) {
      const members = await p.node.room(roomId).queries.members()
      expect(
        members.map((m) => m.name),
        p.name
      ).not.toContain('Uninvited')
    }
    expect(intruder.writable).toBe(false)
    const { invites } = await owner.call('listInvites', { roomId })
    expect(invites.find((i) => i.inviteId === revoked.inviteId)).toMatchObject({ revoked: true, uses: 0 })
  })
})
