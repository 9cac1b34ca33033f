import { describe, it, expect, afterAll, beforeAll, vi } from 'vitest'
import Protomux from 'protomux'
import b4a from 'b4a'
import { Net, until, texts, type Peer } from '../helpers/peers.ts'

type Open = { from: string; to: string; protocol: string; id: string | null }

/**
 * One room per connection. Alice is in "General" and "Sensitive"; Carol shares only General with
 * her; Bob is in both. Every protomux channel any peer opens is recorded (protocol, id, and the
 * Noise keys of both ends): hypercore replication, Autobase wakeup, presence and the carrier all
 * open their channels that way.
 */
describe('a peer that shares one room learns nothing of your other rooms', () => {
  let net: Net
  let alice: Peer, bob: Peer, carol: Peer
  let general: string, sensitive: string
  const opens: Open[] = []

  beforeAll(async () => {
    const createChannel = Protomux.prototype.createChannel
    vi.spyOn(Protomux.prototype, 'createChannel').mockImplementation(function (this: any, opts: any) {
      const hex = (b: Uint8Array | null | undefined) => (b ? b4a.toString(b, 'hex') : '')
      opens.push({
        from: hex(this.stream.publicKey),
        to: hex(this.stream.remotePublicKey),
        protocol: String(opts?.protocol),
        id: opts?.id ? hex(opts.id) : null
      })
      return createChannel.call(this, opts)
    })
    net = await Net.create()
    ;[alice, bob, carol] = await Promise.all([net.peer('alice'), net.peer('bob'), net.peer('carol')])
    general = (await alice.call('createRoom', { name: 'General', displayName: 'Alice' })).roomId
    sensitive = (await alice.call('createRoom', { name: 'Sensitive topic', displayName: 'A.' })).roomId
    for (const [p, room] of [
      [bob, general],
      [bob, sensitive],
      [carol, general]
    ] as const) {
      await p.call('joinRoom', { invite: (await alice.call('createInvite', { roomId: room })).invite, displayName: p.name })
    }
    for (const room of [general, sensitive]) await alice.call('postMessage', { roomId: room, text: `hello ${room}` })
    await bob.call('postMessage', { roomId: sensitive, text: 'bob in sensitive' })
    for (const [p, room] of [
      [bob, general],
      [bob, sensitive],
      [carol, general],
      [alice, sensitive]
    ] as const) {
      await until(`${p.name} to read ${room === general ? 'General' : 'Sensitive'}`, async () => (await texts(p, room)).length >= 1)
    }
    await until('alice to read bob in Sensitive', async () => (await texts(alice, sensitive)).includes('bob in sensitive'))
  })
  afterAll(async () => {
    vi.restoreAllMocks()
    await net.close()
  })

  /** The Noise keys a peer's connections use (however its networking is built). */
  const keysOf = async (p: Peer) => {
    const node = p.node as any
    const conns: any[] = node.net?.connections ?? [...(node.swarm?.connections ?? [])]
    return [...new Set(conns.map((c) => b4a.toString(c.publicKey, 'hex')))]
  }
  /** Discovery keys of every core of Sensitive that Alice has: the room's, its system, view and each writer. */
  const sensitiveKeys = async () => {
    const room = alice.node.room(sensitive)
    const bobWriter = b4a.from((await bob.call('whoami', { roomId: sensitive })).memberId, 'hex')
    const writer = room.base.store.get({ key: bobWriter, active: false })
    await writer.ready()
    const keys = [room.discoveryKey, room.base.core.discoveryKey, room.base.view.core.discoveryKey, room.base.local.discoveryKey, writer.discoveryKey]
    await writer.close()
    return new Set(keys.map((k: Uint8Array) => b4a.toString(k, 'hex')))
  }

  it("Carol's connections to Alice carry General only: no channel names a Sensitive key", async () => {
    const [aliceKeys, carolKeys] = await Promise.all([keysOf(alice), keysOf(carol)])
    const toCarol = opens.filter((o) => aliceKeys.includes(o.from) && carolKeys.includes(o.to))
    expect(toCarol.length).toBeGreaterThan(0)
    expect(toCarol.some((o) => o.id === b4a.toString(alice.node.room(general).discoveryKey, 'hex'))).toBe(true)
    const secret = await sensitiveKeys()
    expect(toCarol.filter((o) => o.id && secret.has(o.id))).toEqual([])
    // and Carol never opened one for Sensitive either: she never learned of it
    expect(opens.filter((o) => carolKeys.includes(o.from) && o.id && secret.has(o.id))).toEqual([])
  })

  it('Bob meets Alice under two unrelated keys, one connection per room, each carrying its own room only', async () => {
    // the keys Alice's connections to Bob use: one per room, unrelated
    const [bobKeys, aliceKeys] = await Promise.all([keysOf(bob), keysOf(alice)])
    const aliceToBob = [...new Set(opens.filter((o) => bobKeys.includes(o.to) && aliceKeys.includes(o.from)).map((o) => o.from))]
    expect(aliceToBob).toHaveLength(2)
    const generalDk = b4a.toString(alice.node.room(general).discoveryKey, 'hex')
    const carries = (key: string, dk: string) => opens.some((o) => o.from === key && o.id === dk)
    const aliceGeneral = aliceToBob.find((k) => carries(k, generalDk))!
    const aliceSensitive = aliceToBob.find((k) => k !== aliceGeneral)!
    const secret = await sensitiveKeys()
    const onGeneral = opens.filter((o) => o.from === aliceGeneral && bobKeys.includes(o.to))
    expect(onGeneral.length).toBeGreaterThan(0)
    expect(onGeneral.filter((o) => o.id && secret.has(o.id))).toEqual([])
    const onSensitive = opens.filter((o) => o.from === aliceSensitive && bobKeys.includes(o.to))
    expect(onSensitive.length).toBeGreaterThan(0)
    expect(onSensitive.filter((o) => o.id === generalDk)).toEqual([])
  })
})
