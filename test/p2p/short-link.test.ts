import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import b4a from 'b4a'
import sodium from 'sodium-universal'
import { Net, type Peer } from '../helpers/peers.ts'
import { linkSecrets, parseShortLink } from '../../src/p2p/short-link.ts'

/**
 * Short invite links on a loopback DHT: a newcomer joins with 37 characters; what the DHT stores
 * is ciphertext; a link holder who overwrites the record with an invite to a room of their own
 * does not get anyone into it.
 */
describe('short invite links', () => {
  let net: Net
  let owner: Peer
  let roomId: string
  beforeAll(async () => {
    net = await Net.create()
    owner = await net.peer('owner')
    roomId = (await owner.call('createRoom', { name: 'Short links', displayName: 'Host' })).roomId
  })
  afterAll(() => net.close())

  it('a newcomer joins with the short link alone; the DHT holds only ciphertext', async () => {
    const { link, invite } = await owner.call('createInvite', { roomId, label: 'for Sam' })
    expect(link).toMatch(/^hearth:\/\/i\/[ybndrfg8ejkmcpqxot1uwisza345h769]{26}$/)
    expect((await owner.call('listInvites', { roomId })).invites.find((i) => i.label === 'for Sam')?.link).toBe(link)

    const sam = await net.peer('sam')
    expect(await sam.call('joinRoom', { invite: link, displayName: 'Sam' })).toEqual({ roomId, state: 'ready' })

    // what any DHT node returns for the link's key: not the invite, nor anything that names the room
    const { keyPair } = linkSecrets(parseShortLink(link)!)
    const stored = await owner.node.net.dht!.mutableGet(keyPair.publicKey, { latest: true })
    expect(stored!.value.byteLength).toBeGreaterThan(invite.length)
    expect(b4a.toString(stored!.value).includes(invite.slice(0, 40))).toBe(false)
  })

  it('a link holder who swaps the parked invite for their own room gets nobody in', async () => {
    const { link } = await owner.call('createInvite', { roomId, label: 'for Kim' })
    const mallory = await net.peer('mallory')
    const lure = await mallory.call('createRoom', { name: 'Lure', displayName: 'Mallory' })
    const lureInvite = (await mallory.call('createInvite', { roomId: lure.roomId })).invite
    // Mallory holds the link, so she has its key pair and box key: she parks her own invite, newer
    const { keyPair, key, nonce } = linkSecrets(parseShortLink(link)!)
    const plain = b4a.from(lureInvite)
    const box = b4a.alloc(plain.byteLength + sodium.crypto_secretbox_MACBYTES)
    sodium.crypto_secretbox_easy(box, plain, nonce, key)
    await mallory.node.net.dht!.mutablePut(keyPair, box, { seq: 7 })

    const kim = await net.peer('kim', { joinTimeoutMs: 3000 })
    await expect(kim.call('joinRoom', { invite: link, displayName: 'Kim' })).rejects.toMatchObject({ data: { reason: 'invite_link_not_found' } })
    expect((await kim.call('listRooms', {})).rooms).toEqual([])
  })

  it('a link nobody parked is refused with a clear reason', async () => {
    const ada = await net.peer('ada', { joinTimeoutMs: 2000 })
    await expect(ada.call('joinRoom', { invite: 'hearth://i/' + 'y'.repeat(26), displayName: 'Ada' })).rejects.toMatchObject({
      data: { reason: 'invite_link_not_found' }
    })
  })
})
