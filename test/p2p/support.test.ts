import fs from 'node:fs'
import path from 'node:path'
import b4a from 'b4a'
import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, until, texts, converged, type Peer } from '../helpers/peers.ts'
import { rawAppend, refusedEverywhere } from '../helpers/attack.ts'
import { K, type SupportOfferState } from '../../src/p2p/room/keys.ts'
import { openSealed, newSigningKeyPair, sealTo, fromHex } from '../../src/p2p/crypto.ts'
import { signRecord } from '../../src/p2p/records/signing.ts'

/** Every file under dir, read whole (a profile is small in a test). */
function filesContaining(dir: string, needle: Buffer): string[] {
  const hits: string[] = []
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name)
    if (fs.statSync(file).isFile() && fs.readFileSync(file).includes(needle)) hits.push(name)
  }
  return hits
}

/**
 * A member asks for someone to talk to; the on-duty moderator accepts; the two talk in a room of
 * their own. A third member of the room, holding its invite, can neither find nor read it.
 */
describe('private support conversations', () => {
  let net: Net
  let mod: Peer, asker: Peer, third: Peer
  let roomId: string, invite: string
  let requestId: string
  let conversation: string
  const note = 'panicking tonight ' + Math.random().toString(36).slice(2)
  const secret = 'only for the two of us ' + Math.random().toString(36).slice(2)

  beforeAll(async () => {
    net = await Net.create()
    ;[mod, asker, third] = await Promise.all([net.peer('mod'), net.peer('asker'), net.peer('third')])
    ;({ roomId, invite } = await mod.call('createRoom', { name: 'Evening circle', displayName: 'Mo' }))
    await mod.call('setResources', { roomId, resources: [{ name: 'Circle line', phone: '0800 000', region: 'GB' }] })
    await asker.call('joinRoom', { invite, displayName: 'Ash' })
    await third.call('joinRoom', { invite, displayName: 'Tam' })
    await converged([mod, asker, third], roomId, 0)
  })
  afterAll(() => net.close())

  it('a member asks, the on-duty moderator accepts, and the two talk privately', async () => {
    await mod.call('setPresence', { roomId, onDuty: true })
    await until('asker sees a moderator on duty', async () => (await asker.call('getPresence', { roomId })).moderatorsOnDuty === 1)
    ;({ requestId } = await asker.call('requestSupport', { roomId, note }))

    const waiting = await until('the request reaches the moderator', async () => (await mod.call('listSupportRequests', { roomId })).requests[0])
    expect(waiting).toMatchObject({ requestId, requesterName: 'Ash', note, acceptedBy: null, conversationRoomId: null })
    // the asker sees their own request (without the sealed note); the third member sees none
    expect((await asker.call('listSupportRequests', { roomId })).requests.map((r) => r.requestId)).toEqual([requestId])
    await until('the request reaches the third member', async () => (await third.node.room(roomId).queries.value(K.support(requestId))) !== null)
    expect((await third.call('listSupportRequests', { roomId })).requests).toEqual([])

    ;({ roomId: conversation } = await mod.call('acceptSupportRequest', { roomId, requestId }))
    await expect(mod.call('acceptSupportRequest', { roomId, requestId })).rejects.toThrow(/already accepted/)
    const onAsker = await until('the conversation opens on the asker by itself', async () =>
      (await asker.call('listRooms', {})).rooms.find((r) => r.roomId === conversation && r.writable)
    )
    expect(onAsker.kind).toBe('private')
    expect((await mod.call('listRooms', {})).rooms.find((r) => r.roomId === conversation)?.kind).toBe('private')
    expect((await mod.call('listRooms', {})).rooms.find((r) => r.roomId === roomId)?.kind).toBe('room')

    await asker.call('postMessage', { roomId: conversation, text: secret })
    await mod.call('postMessage', { roomId: conversation, text: "I'm here. Take your time." })
    await until('both see both posts', async () => {
      const [a, m] = await Promise.all([texts(asker, conversation), texts(mod, conversation)])
      return a.length === 2 && m.length === 2 && a.includes(secret) && m.includes(secret)
    })
    // the room's crisis lines came along
    expect((await asker.call('getHelp', { roomId: conversation })).room.map((r) => r.name)).toEqual(['Circle line'])
    const mine = await until('the asker sees the request accepted', async () => (await asker.call('listSupportRequests', { roomId })).requests[0].acceptedBy)
    expect(mine).toBe((await mod.call('whoami', { roomId })).moderatorKey)
    expect((await mod.call('listSupportRequests', { roomId })).requests[0].conversationRoomId).toBe(conversation)
  })

  it('a third member cannot find or read it: not with the room invite, not from its storage', async () => {
    expect((await third.call('listRooms', {})).rooms.map((r) => r.roomId)).toEqual([roomId])
    // the room's invite leads to the room, never to the conversation
    expect((await third.call('joinRoom', { invite })).roomId).toBe(roomId)
    const key = asker.node.room(conversation).key
    expect([...third.node.rooms.values()].some((r) => r.key.equals(key))).toBe(false)
    // the offer is in the room's log, which the third member holds; their key does not open it
    const room = third.node.room(roomId)
    const offers = await room.queries.entries<SupportOfferState>('offer/')
    expect(offers).toHaveLength(1)
    expect(openSealed(await room.boxKeyPair(), b4a.from(offers[0].value.box, 'base64'))).toBeNull()
    await third.engine.close()
    net.peers = net.peers.filter((p) => p !== third)
    for (const needle of [b4a.from(secret), b4a.from(note), key, b4a.from(key.toString('hex'))]) {
      expect(filesContaining(third.storage, needle)).toEqual([])
    }
  })

  it('a moderator opens one with a member after hiding their post; it appears on the member by itself', async () => {
    const { messageId } = await asker.call('postMessage', { roomId, text: 'nobody would miss me anyway' })
    await until('the moderator sees the post', async () => (await texts(mod, roomId)).includes('nobody would miss me anyway'))
    await mod.call('hideMessage', { roomId, messageId, reason: 'Hidden for your safety; a moderator will write to you.' })
    const askerId = (await asker.call('whoami', { roomId })).memberId
    const { roomId: opened } = await mod.call('openPrivateConversation', { roomId, memberId: askerId })
    expect(opened).not.toBe(conversation)
    const onAsker = await until('the conversation opens on the member by itself', async () =>
      (await asker.call('listRooms', {})).rooms.find((r) => r.roomId === opened && r.writable)
    )
    expect(onAsker).toMatchObject({ kind: 'private', fromRoomId: roomId })
    await mod.call('postMessage', { roomId: opened, text: 'I hid your post so you could talk here. How are you?' })
    await asker.call('postMessage', { roomId: opened, text: 'not great, honestly' })
    await until('both see both posts', async () => {
      const [a, m] = await Promise.all([texts(asker, opened), texts(mod, opened)])
      return a.length === 2 && m.length === 2
    })
    // the post stays hidden in the room: the conversation is where the moderator reaches the member
    expect((await mod.call('getMessage', { roomId, messageId })).message).toMatchObject({ hidden: true })
  })

  it('a member cannot forge an offer, and either side can end the conversation', async () => {
    const askerId = (await asker.call('whoami', { roomId })).memberId
    const box = (await asker.node.room(roomId).queries.member(askerId))!.box!
    const [peers, rogue] = [[mod, asker], newSigningKeyPair()]
    const forged = signRecord(mod.node.room(roomId).key, rogue, {
      type: 'support-offer',
      member: askerId,
      box: sealTo(fromHex(box), b4a.from('{}')).toString('base64'),
      time: Date.now()
    })
    await refusedEverywhere(peers, roomId, 1, () => rawAppend(asker, roomId, forged))
    await expect(asker.call('openPrivateConversation', { roomId, memberId: askerId })).rejects.toThrow(/moderator/)
    await expect(mod.call('createInvite', { roomId: conversation })).rejects.toThrow(/no invites/)

    await asker.call('endConversation', { roomId: conversation })
    await until('the moderator sees it ended', async () => (await mod.call('listRooms', {})).rooms.find((r) => r.roomId === conversation)?.ended)
    await expect(mod.call('postMessage', { roomId: conversation, text: 'one more thing' })).rejects.toThrow(/has ended/)
    await expect(asker.call('endConversation', { roomId })).rejects.toThrow(/not a private conversation/)
    expect(await texts(asker, conversation)).toHaveLength(2)
  })
})
