import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, until, type Peer } from '../helpers/peers.ts'
import { decodeInvite, encodeInvite } from '../../src/p2p/invite.ts'
import { signTicket } from '../../src/p2p/records/signing.ts'
import { signingKeyPair } from '../../src/p2p/api/summary.ts'
import { toHex } from '../../src/p2p/crypto.ts'

/**
 * Invites that expire and run out, enforced by every peer's apply: a modified client that skips
 * its own checks and appends the join anyway is refused, and claiming an earlier time does not help.
 */
describe('invites that expire and run out', () => {
  let net: Net
  let owner: Peer, member: Peer
  let roomId: string

  beforeAll(async () => {
    net = await Net.create()
    ;[owner, member] = await Promise.all([net.peer('owner'), net.peer('member')])
    roomId = (await owner.call('createRoom', { name: 'Limited', displayName: 'Host' })).roomId
    await member.call('joinRoom', { invite: (await owner.call('createInvite', { roomId })).invite, displayName: 'Member' })
  })
  afterAll(() => net.close())

  /** A modified client: opens the room with the invite's keys and appends its join whatever its own checks would say. */
  async function forceJoin(p: Peer, invite: string, time = Date.now()) {
    const inv = decodeInvite(invite)
    const room = await p.node.addRoom(inv.roomKey, inv.encryptionKey)
    await room.waitGenesis(AbortSignal.timeout(30_000))
    await room.append({ type: 'join', ticket: inv.ticket, name: p.name, time }, { optimistic: true })
    return room
  }
  const names = async (p: Peer) => (await p.call('listMembers', { roomId })).members.map((m) => m.displayName)
  /** A sentinel the owner posts after the attempt: once the member sees it, the attempt had its chance there. */
  async function settle(text: string) {
    await owner.call('postMessage', { roomId, text })
    await until('the member to see the sentinel', async () => (await member.call('getMessages', { roomId })).messages.some((m) => m.text === text))
  }

  it('an invite for one person admits one: a second joiner is refused, even appending the join raw', async () => {
    const { invite, maxUses, expires } = await owner.call('createInvite', { roomId, label: 'for Sam', maxUses: 1 })
    expect(maxUses).toBe(1)
    expect(expires).toBeGreaterThan(Date.now() + 6 * 24 * 3600_000) // the default: 7 days
    const sam = await net.peer('sam')
    expect((await sam.call('joinRoom', { invite, displayName: 'Sam' })).state).toBe('ready')
    const listed = (await owner.call('listInvites', { roomId })).invites.find((i) => i.label === 'for Sam')!
    await until('the use to be counted', async () => (await owner.call('listInvites', { roomId })).invites.find((i) => i.label === 'for Sam')!.uses === 1)
    expect(listed.invite).toBe(invite)

    const late = await net.peer('late')
    await expect(late.call('joinRoom', { invite, displayName: 'Late' })).rejects.toMatchObject({ data: { reason: 'invite_used_up' } })
    const raw = await net.peer('raw')
    const room = await forceJoin(raw, invite)
    await settle('after the raw join')
    for (const p of [owner, member]) expect(await names(p)).not.toContain('raw')
    expect(room.writable).toBe(false)
    expect((await owner.call('listInvites', { roomId })).invites.find((i) => i.label === 'for Sam')).toMatchObject({ uses: 1, usable: false })
  })

  it('an expired invite is refused by the app at once, and by every peer when forced, whatever time the joiner claims', async () => {
    const real = decodeInvite((await owner.call('createInvite', { roomId })).invite)
    // an invite its moderator made to end a minute ago (the owner's own key, so only the expiry is wrong)
    const ticket = signTicket(owner.node.room(roomId).key, signingKeyPair(owner.node, roomId)!, { expires: Date.now() - 60_000 })
    const expired = encodeInvite({ ...real, ticket })
    expect(toHex(decodeInvite(expired).roomKey)).toBe(toHex(real.roomKey))
    const eve = await net.peer('eve')
    await expect(eve.call('joinRoom', { invite: expired, displayName: 'Eve' })).rejects.toMatchObject({ data: { reason: 'invite_expired' } })
    await owner.call('postMessage', { roomId, text: 'a time the room has seen, past the expiry' })
    const forced = await net.peer('forced')
    const room = await forceJoin(forced, expired, Date.now() - 3600_000)
    await settle('after the forced join')
    for (const p of [owner, member]) expect(await names(p)).not.toContain('forced')
    expect(room.writable).toBe(false)
  })
})
