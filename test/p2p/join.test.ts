import { describe, it, expect, afterEach, beforeEach } from 'vitest'
import { Net, until, converged, texts } from '../helpers/peers.ts'

describe('joining', () => {
  // a fresh loopback DHT per test: the first test stops and restarts peers, and lookups that
  // wade through the dead nodes it leaves behind made the next join flaky on a loaded machine
  let net: Net
  beforeEach(async () => {
    net = await Net.create()
  })
  afterEach(() => net.close())

  it('a newcomer becomes a writer while only a seeder is online', async () => {
    const owner = await net.peer('owner')
    const seeder = await net.peer('seeder')
    const { roomId, invite } = await owner.call('createRoom', { name: 'Night owls' })
    await seeder.call('joinRoom', { invite, displayName: 'Seeder' })
    const newcomerInvite = (await owner.call('createInvite', { roomId })).invite
    await owner.call('postMessage', { roomId, text: 'before I go offline' })
    await converged([owner, seeder], roomId, 1)
    await net.stop(owner) // only the seeder is online now

    const newcomer = await net.peer('newcomer')
    const joined = await newcomer.call('joinRoom', { invite: newcomerInvite, displayName: 'Newcomer' })
    expect(joined.state).toBe('ready')
    expect((await newcomer.call('whoami', { roomId })).writable).toBe(true)
    await newcomer.call('postMessage', { roomId, text: 'hi, first time here' })
    await until('the seeder to see the newcomer', async () => (await texts(seeder, roomId)).includes('hi, first time here'))

    // the owner comes back and accepts the newcomer's post too
    const back = await net.peer('owner-again', {}, owner.storage)
    await converged([back, seeder, newcomer], roomId, 2)
    const names = (await back.call('getMessages', { roomId })).messages.map((m) => m.authorName)
    expect(names).toContain('Newcomer')
  })

  it('a revoked invite admits nobody, and says so', async () => {
    const owner = await net.peer('owner2')
    const member = await net.peer('member2')
    const { roomId, invite } = await owner.call('createRoom', { name: 'Closed circle' })
    await member.call('joinRoom', { invite })
    const spare = await owner.call('createInvite', { roomId })
    await owner.call('revokeInvite', { roomId, inviteId: spare.inviteId })
    await until('the revocation to reach the member', async () => {
      const { invites } = await owner.call('listInvites', { roomId })
      return invites.find((i) => i.inviteId === spare.inviteId)?.revoked
    })
    const uninvited = await net.peer('uninvited')
    await expect(uninvited.call('joinRoom', { invite: spare.invite })).rejects.toThrow(/revoked/)
    expect((await uninvited.call('listRooms', {})).rooms).toHaveLength(0)
    // the first invite still works (only the revoked ticket is dead)
    const { invites } = await owner.call('listInvites', { roomId })
    expect(invites.find((i) => i.inviteId === spare.inviteId)).toMatchObject({ revoked: true, uses: 0 })
    expect(invites.find((i) => i.inviteId !== spare.inviteId)).toMatchObject({ revoked: false, uses: 1 })
  })

  it('refuses malformed and mistyped invites with a clear error', async () => {
    const p = await net.peer('typo')
    const { invite } = await p.call('createRoom', { name: 'Mine' })
    const typo = invite.slice(0, 40) + (invite[40] === 'y' ? 'b' : 'y') + invite.slice(41)
    await expect(p.call('joinRoom', { invite: typo })).rejects.toThrow(/checksum/)
    await expect(p.call('joinRoom', { invite: invite.slice(0, 100) })).rejects.toThrow(/too short/)
    await expect(p.call('joinRoom', { invite: 'not an invite at all!' })).rejects.toThrow(/characters/)
    // a link and stray whitespace from copy-paste are fine
    const again = await p.call('joinRoom', { invite: `  hearth://join/${invite.slice(0, 60)}\n${invite.slice(60)} ` })
    expect(again.state).toBe('ready')
  })
})
