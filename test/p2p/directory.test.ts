import b4a from 'b4a'
import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, until, type Peer } from '../helpers/peers.ts'
import { DIRECTORY_TOPIC, encodeListing, listingKeyPair } from '../../src/p2p/directory/listing.ts'
import { newSigningKeyPair, toHex, domainHash, sign, type KeyPair } from '../../src/p2p/crypto.ts'
import { signingKeyPair } from '../../src/p2p/api/summary.ts'
import { announcedListingKeys } from '../../src/p2p/directory/search.ts'

const content = {
  name: 'Night owls',
  description: 'A quiet room for sleepless nights with anxiety',
  topics: ['anxiety'],
  languages: ['en'],
  timeZones: [],
  onDuty: false,
  members: '1-9' as const,
  requireKnock: true
}

/** Puts a value under a key pair of the attacker's own and announces it on the directory topic. */
async function plant(dht: any, kp: KeyPair, value: Buffer) {
  await dht.mutablePut(kp, value, { seq: Date.now() })
  await dht.announce(DIRECTORY_TOPIC, kp, []).finished()
}

/**
 * An owner lists a room; a stranger finds it by topic, by words and by language, never the
 * listings an attacker forged, and no longer once it is withdrawn.
 */
describe('room directory', () => {
  let net: Net
  let owner: Peer, member: Peer, stranger: Peer
  let roomId: string
  let listingId: string
  const names = async (p: Peer, filter: { query?: string; topic?: string; language?: string }) =>
    (await p.call('searchDirectory', filter)).rooms.map((r) => r.name).sort()

  beforeAll(async () => {
    net = await Net.create(5)
    ;[owner, member, stranger] = await Promise.all([net.peer('owner'), net.peer('member'), net.peer('stranger')])
    const created = await owner.call('createRoom', { name: 'Night owls', displayName: 'Olu' })
    roomId = created.roomId
    await member.call('joinRoom', { invite: created.invite, displayName: 'Mem' })
  })
  afterAll(() => net.close())

  it('only the owner lists a room, and a listing must fit on the DHT', async () => {
    const listing = { roomId, description: 'x', topics: ['anxiety'], languages: ['en'], requireKnock: true }
    await expect(member.call('listRoom', listing)).rejects.toMatchObject({ data: { reason: 'owner_only' } })
    const long = { ...listing, description: '💬'.repeat(300), topics: ['a'.repeat(24), 'b'.repeat(24), 'c'.repeat(24)] }
    await expect(owner.call('listRoom', long)).rejects.toMatchObject({ data: { reason: 'listing_too_large' } })
    await expect(owner.call('unlistRoom', { roomId })).rejects.toMatchObject({ data: { reason: 'room_not_listed' } })
  })

  it('a stranger finds the listed room by topic, by words and by language', async () => {
    ;({ listingId } = await owner.call('listRoom', {
      roomId,
      description: 'A quiet room for sleepless nights with anxiety',
      topics: ['Anxiety', 'night-owls'],
      languages: ['en', 'es'],
      requireKnock: true,
      timeZones: ['Europe/Madrid']
    }))
    const found = await until('the stranger finds the room by topic', async () => (await stranger.call('searchDirectory', { topic: 'anxiety' })).rooms[0])
    const ownerKey = toHex(signingKeyPair(owner.node, roomId)!.publicKey)
    expect(found).toMatchObject({
      listingId,
      name: 'Night owls',
      topics: ['anxiety', 'night-owls'],
      languages: ['en', 'es'],
      timeZones: ['Europe/Madrid'],
      onDuty: false,
      members: '1-9',
      requireKnock: true,
      owner: ownerKey
    })
    expect(await names(stranger, { query: 'SLEEPLESS nights' })).toEqual(['Night owls'])
    expect(await names(stranger, { language: 'es' })).toEqual(['Night owls'])
    expect(await names(stranger, { query: 'grief' })).toEqual([])
    expect(await names(stranger, { topic: 'grief' })).toEqual([])
    expect(await names(stranger, { language: 'de' })).toEqual([])
    // the listing names no room key, no member and no invite
    const got = await stranger.node.net.dht!.mutableGet(b4a.from(listingId, 'hex'), { latest: true })
    expect(b4a.toString(got!.value)).not.toContain(roomId)
  })

  it('shows on-duty once a moderator is on duty', async () => {
    await owner.call('setPresence', { roomId, onDuty: true })
    await until('the listing shows a moderator on duty', async () => (await stranger.call('searchDirectory', { topic: 'anxiety' })).rooms[0]?.onDuty)
    await owner.call('setPresence', { roomId, onDuty: false })
  })

  it('forged listings are not shown', async () => {
    const dht = stranger.node.net.dht!
    const attacker = newSigningKeyPair()
    // 1. a listing signed by nobody's key: body signature does not check out
    const bogus = listingKeyPair(attacker.secretKey, 'bogus')
    const value = encodeListing(bogus, attacker, { ...content, name: 'Forged signature' }, Date.now())
    value[0] ^= 1
    await plant(dht, bogus, value)
    // 2. a listing claiming the real room's owner key (its ownerSig copied), under the attacker's listing key
    const real = await dht.mutableGet(b4a.from(listingId, 'hex'), { latest: true })
    const realBody = JSON.parse(b4a.toString(real!.value.subarray(64)))
    const claimer = listingKeyPair(attacker.secretKey, 'claimer')
    const forgedBody = b4a.from(JSON.stringify({ ...realBody, name: 'Night owls (official)', time: Date.now() }))
    const sig = sign(domainHash('hearth/directory/listing/v1', claimer.publicKey, forgedBody), claimer.secretKey)
    await plant(dht, claimer, b4a.concat([sig, forgedBody]))
    // 3. the attacker's own honest listing, to show the search would show what checks out
    const honest = listingKeyPair(attacker.secretKey, 'honest')
    await plant(dht, honest, encodeListing(honest, attacker, { ...content, name: 'Honest stranger room' }, Date.now()))

    const shown = await until('the honest planted listing is found', async () => {
      const n = await names(stranger, { topic: 'anxiety' })
      return n.includes('Honest stranger room') ? n : null
    })
    expect(shown).toEqual(['Honest stranger room', 'Night owls'])
    // the forged ones were announced and looked up too, and dropped
    const announced = (await announcedListingKeys(dht)).map(toHex)
    expect(announced).toEqual(expect.arrayContaining([listingId, toHex(bogus.publicKey), toHex(claimer.publicKey), toHex(honest.publicKey)]))
  })

  it('the listing comes back with its owner device after a restart, under the same key', async () => {
    const before = (await stranger.call('searchDirectory', { topic: 'anxiety' })).rooms.find((r) => r.listingId === listingId)!.updatedAt
    const storage = owner.storage
    await net.stop(owner)
    owner = await net.peer('owner', {}, storage)
    const found = await until('the restarted owner serves the listing again', async () => {
      const rooms = (await stranger.call('searchDirectory', { topic: 'anxiety' })).rooms
      return rooms.find((r) => r.listingId === listingId && r.updatedAt > before)
    })
    expect(found.name).toBe('Night owls')
  })

  it('a withdrawn listing is no longer found', async () => {
    await owner.call('unlistRoom', { roomId })
    await until('the withdrawn room leaves the search', async () => !(await names(stranger, {})).includes('Night owls'))
    await expect(owner.call('unlistRoom', { roomId })).rejects.toMatchObject({ data: { reason: 'room_not_listed' } })
    // listing again brings it back under the same listing key (derived from the owner key)
    const again = await owner.call('listRoom', { roomId, description: 'Back again', topics: ['anxiety'], languages: ['en'], requireKnock: true })
    expect(again.listingId).toBe(listingId)
    await until('the relisted room is found', async () => (await names(stranger, { query: 'back again' })).includes('Night owls'))
  })
})
