import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, converged, viewHash, until, type Peer } from '../helpers/peers.ts'
import { decodeInvite, encodeInvite } from '../../src/p2p/invite.ts'
import { isGenuineSystemHint } from '../../src/p2p/room/system-hint.ts'

/**
 * An invite's system-core hint is not covered by its signature. A newcomer must fast-forward
 * only to a core signed by the room's creator alone; a swapped hint is refused and the newcomer
 * joins the slower way, ending with the room everyone else has.
 */
describe('the system-core hint in an invite', () => {
  let net: Net
  let owner: Peer, member: Peer
  let roomId = ''
  beforeAll(async () => {
    net = await Net.create()
    ;[owner, member] = await Promise.all([net.peer('owner'), net.peer('member')])
    const created = await owner.call('createRoom', { name: 'Harbour', displayName: 'Owner' })
    roomId = created.roomId
    await member.call('joinRoom', { invite: created.invite, displayName: 'Member' })
    for (let i = 0; i < 20; i++) await owner.call('postMessage', { roomId, text: `before ${i}` })
  })
  afterAll(() => net.close())

  it('is used when it is the creator-signed system core', async () => {
    const joiner = await net.peer('genuine')
    const { invite } = await owner.call('createInvite', { roomId })
    await joiner.call('joinRoom', { invite, displayName: 'Genuine' })
    await until('the hint to be used', () => joiner.node.room(roomId).systemHint === 'used', 30_000)
    await converged([owner, member, joiner], roomId, 20)
  })

  it('is refused when someone swapped it for a core they sign, and the join still works', async () => {
    // the member (who holds the room key, as anyone with an invite does) makes a core of its own,
    // opened in the room's own namespace so its peers of the room can fetch it, and puts its key
    // into a real invite in place of the hint
    const forged = member.node.room(roomId).store.get({ name: 'forged-system' })
    await forged.append(Buffer.from('not a system core'))
    const real = decodeInvite((await owner.call('createInvite', { roomId })).invite)
    const tampered = encodeInvite({ ...real, systemKey: forged.key })

    const joiner = await net.peer('tricked')
    await joiner.call('joinRoom', { invite: tampered, displayName: 'Tricked' })
    const room = joiner.node.room(roomId)
    await until('the forged hint to be refused', () => room.systemHint === 'refused', 30_000)
    expect(room.base.core.key.equals(forged.key)).toBe(false)
    await owner.call('postMessage', { roomId, text: 'after the forged invite' })
    await converged([owner, member, joiner], roomId, 21, 60_000)
    expect(await viewHash(joiner, roomId)).toBe(await viewHash(owner, roomId))
    await forged.close()
  })

  it('checks the signers exactly', () => {
    const key = (n: number) => Buffer.alloc(32, n)
    const creator = { quorum: 1, signers: [{ publicKey: key(1) }] }
    expect(isGenuineSystemHint({ quorum: 1, signers: [{ publicKey: key(1) }] }, creator)).toBe(true)
    expect(isGenuineSystemHint({ quorum: 1, signers: [{ publicKey: key(2) }] }, creator)).toBe(false)
    expect(isGenuineSystemHint({ quorum: 1, signers: [{ publicKey: key(1) }, { publicKey: key(2) }] }, creator)).toBe(false)
    expect(isGenuineSystemHint({ quorum: 0, signers: [] }, creator)).toBe(false)
    expect(isGenuineSystemHint({ quorum: 0, signers: [{ publicKey: key(1) }] }, creator)).toBe(false)
    expect(isGenuineSystemHint(null, creator)).toBe(false)
    expect(isGenuineSystemHint({ quorum: 1, signers: [{ publicKey: key(1) }] }, null)).toBe(false)
  })
})
