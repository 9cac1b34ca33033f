import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, until, converged, type Peer } from '../helpers/peers.ts'
import { rawAppend, refusedEverywhere } from '../helpers/attack.ts'
import { roomWithAttacker } from '../helpers/rooms.ts'
import { signRecord } from '../../src/p2p/records/signing.ts'
import { signList } from '../../src/p2p/records/list-signing.ts'
import { newSigningKeyPair } from '../../src/p2p/crypto.ts'
import { LK, type OwnList } from '../../src/p2p/lists/keys.ts'

/**
 * Shared block lists across two rooms, enforced in apply. The owner publishes a list in "Home"
 * and subscribes "Here" to it; an attacker in Here, with a modified client, tries to post and edit
 * past it, to forge or replay list records, and to lift entries with an older version. Every peer
 * must refuse all of it; new versions follow by themselves, and unsubscribing lifts the entries.
 */
describe('shared block lists across two rooms', () => {
  let net: Net
  let owner: Peer, member: Peer, attacker: Peer
  let here: string, home: string
  const everyone = () => [owner, member, attacker]
  // the most messages any peer has seen (the poster sees its own post first)
  const settle = async () =>
    converged(everyone(), here, Math.max(...(await Promise.all(everyone().map((p) => p.call('getRoom', { roomId: here })))).map((r) => r.messageCount)))
  const listVersion = async (p: Peer) => (await p.call('getBlockLists', { roomId: here })).subscriptions[0]?.version ?? 0
  const postsOf = async (p: Peer) => (await p.call('getMessages', { roomId: here, limit: 500 })).messages.map((m) => m.text)

  beforeAll(async () => {
    net = await Net.create()
    ;({ owner, member, attacker, roomId: here } = await roomWithAttacker(net, 'Here'))
    ;({ roomId: home } = await owner.call('createRoom', { name: 'Home', displayName: 'Host' }))
  })
  afterAll(() => net.close())

  it('a subscribed list refuses matching posts on every peer; the API says which list', async () => {
    await owner.call('publishBlockList', {
      roomId: home,
      name: 'Spam',
      entries: [
        { kind: 'phrase', value: 'buy followers' },
        { kind: 'link', value: 'https://spam.example/' }
      ]
    })
    // the list applies in its own room too
    await expect(owner.call('postMessage', { roomId: home, text: 'Buy followers!' })).rejects.toMatchObject({
      data: { reason: 'blocked_by_list', list: 'Spam' }
    })
    await owner.call('subscribeBlockList', { roomId: here, fromRoomId: home })
    await until('the subscription on the attacker', async () => (await listVersion(attacker)) === 1)
    const lists = await member.call('getBlockLists', { roomId: here })
    expect(lists.subscriptions[0]).toMatchObject({ name: 'Spam', source: 'Home', version: 1, entries: [{ kind: 'phrase' }, { kind: 'link' }] })

    for (const text of ['BUY   followers, cheap', 'look at www.Spam.Example/offer', 'or http://deals.spam.example'])
      await expect(attacker.call('postMessage', { roomId: here, text }), text).rejects.toMatchObject({ data: { reason: 'blocked_by_list', list: 'Spam' } })
    // whole words only, and a domain that merely ends the same way is not its subdomain
    await attacker.call('postMessage', { roomId: here, text: 'I could buy some followers of my own, or visit notspam.example' })
    await settle()
  })

  it('raw posts, an edit and a content warning that match are refused everywhere', async () => {
    const mine = (await attacker.call('getMessages', { roomId: here, limit: 50 })).messages.find((m) => m.text?.startsWith('I could'))!
    const time = Date.now()
    await refusedEverywhere(everyone(), here, 3, () =>
      rawAppend(
        attacker,
        here,
        { type: 'post', text: 'buy FOLLOWERS here', time },
        { type: 'post', text: 'nothing to see', cw: 'spam.example', time },
        { type: 'edit', target: mine.id, text: 'now: buy followers', time }
      )
    )
    for (const p of everyone()) expect(await postsOf(p), p.name).not.toContain('nothing to see')
  })

  it('forged list records signed by a key the room does not trust change nothing', async () => {
    const rogue = newSigningKeyPair()
    const listId = (await owner.call('getBlockLists', { roomId: here })).subscriptions[0].listId
    const hereKey = owner.node.room(here).key
    // a "newer version" with no entries, signed by the attacker; a subscription and an unsubscription signed by them
    const forged = signList(rogue, { listId, version: 99, name: 'Spam', entries: [], time: Date.now() })
    await refusedEverywhere(everyone(), here, 3, () =>
      rawAppend(
        attacker,
        here,
        { type: 'list-update', list: forged, time: Date.now() },
        signRecord(hereKey, rogue, { type: 'list-subscribe', list: forged, trusted: [forged.by], source: 'Mine', time: Date.now() }),
        signRecord(hereKey, rogue, { type: 'list-unsubscribe', listId, time: Date.now() })
      )
    )
  })

  it('a new version follows by itself; a replayed older version cannot lift its entries', async () => {
    const v1 = (await owner.node.room(home).queries.value<OwnList>(LK.own))!.list
    await owner.call('publishBlockList', {
      roomId: home,
      name: 'Spam',
      entries: [
        { kind: 'phrase', value: 'buy followers' },
        { kind: 'link', value: 'spam.example' },
        { kind: 'phrase', value: 'free crypto' }
      ]
    })
    // the owner's device, which made the subscription, carries version 2 into Here
    await until('version 2 on every peer', async () => (await Promise.all(everyone().map(listVersion))).every((v) => v === 2))
    await expect(attacker.call('postMessage', { roomId: here, text: 'FREE crypto!!' })).rejects.toMatchObject({ data: { reason: 'blocked_by_list' } })
    await settle()
    // version 1 is signed by a trusted key, but it is older: it cannot take "free crypto" off again
    await refusedEverywhere(everyone(), here, 1, () => rawAppend(attacker, here, { type: 'list-update', list: v1, time: Date.now() }))
  })

  it('unsubscribing lifts the entries on every peer, and the log says where they came from', async () => {
    const { listId } = (await owner.call('getBlockLists', { roomId: here })).subscriptions[0]
    await owner.call('unsubscribeBlockList', { roomId: here, listId })
    await until('the attacker to see the list gone', async () => (await attacker.call('getBlockLists', { roomId: here })).subscriptions.length === 0)
    await attacker.call('postMessage', { roomId: here, text: 'free crypto, allowed again' })
    await settle()
    for (const p of everyone()) expect(await postsOf(p), p.name).toContain('free crypto, allowed again')
    const log = (await member.call('getModerationLog', { roomId: here })).entries.filter((e) => e.action.startsWith('list-'))
    expect(log.map((e) => e.action)).toEqual(['list-subscribe', 'list-update', 'list-unsubscribe'])
    expect(JSON.parse(log[1].reason!)).toEqual({ source: 'Home', name: 'Spam', version: 2 })
  })

  it('a move to new keys keeps the subscription, and it still refuses', async () => {
    await owner.call('subscribeBlockList', { roomId: here, fromRoomId: home })
    await owner.call('rekeyRoom', { roomId: here })
    await until('the member to carry on in the moved room', async () => (await member.call('getRoom', { roomId: here })).moves.length === 1, 60_000)
    await until('the member to be a writer there', async () => (await member.call('whoami', { roomId: here })).writable, 60_000)
    const lists = await member.call('getBlockLists', { roomId: here })
    expect(lists.subscriptions.map((s) => [s.name, s.source, s.version])).toEqual([['Spam', 'Home', 2]])
    await expect(member.call('postMessage', { roomId: here, text: 'free crypto after the move' })).rejects.toMatchObject({
      data: { reason: 'blocked_by_list' }
    })
  })

  it('a member cannot publish, subscribe or unsubscribe', async () => {
    await expect(member.call('publishBlockList', { roomId: here, name: 'Mine', entries: [] })).rejects.toMatchObject({ data: { reason: 'no_moderator_key' } })
    await expect(owner.call('publishBlockList', { roomId: here, name: 'X', entries: [{ kind: 'phrase', value: '!' }] })).rejects.toMatchObject({
      data: { reason: 'list_entry_invalid' }
    })
    await expect(owner.call('subscribeBlockList', { roomId: here, fromRoomId: here })).rejects.toMatchObject({ data: { reason: 'no_block_list' } })
  })
})
