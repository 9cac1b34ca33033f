import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, type Peer } from '../helpers/peers.ts'
import { signRecord } from '../../src/p2p/records/signing.ts'
import { signingKeyPair } from '../../src/p2p/api/summary.ts'

/** A room's crisis lines carry a region from the list (or everywhere); a member sees theirs first and the others labelled. */
describe('resources by region', () => {
  let net: Net
  let mod: Peer
  let roomId: string
  const lines = async (region?: 'US' | 'GB') =>
    (await mod.call('getHelp', { roomId, ...(region ? { region } : {}) })).room.map((r) => [r.name, r.region ?? null, r.match])

  beforeAll(async () => {
    net = await Net.create()
    mod = await net.peer('mod')
    ;({ roomId } = await mod.call('createRoom', { name: 'Across the sea' }))
  })
  afterAll(() => net.close())

  it('orders the lines for the person: their region, everywhere, then the others, labelled', async () => {
    await mod.call('setResources', {
      roomId,
      resources: [
        { name: 'Samaritans', phone: '116 123', region: 'GB' },
        { name: 'Peer chat', url: 'https://example.org/chat', region: 'everywhere' },
        { name: '988 Lifeline', phone: '988', region: 'US' },
        { name: 'Room host line' }
      ]
    })
    expect(await lines('US')).toEqual([
      ['988 Lifeline', 'US', 'region'],
      ['Peer chat', null, 'everywhere'],
      ['Room host line', null, 'everywhere'],
      ['Samaritans', 'GB', 'other']
    ])
    expect((await lines('GB'))[0]).toEqual(['Samaritans', 'GB', 'region'])
    // a person who has not chosen a region sees every regional line labelled, after the general ones
    expect((await lines()).map(([, , m]) => m)).toEqual(['everywhere', 'everywhere', 'other', 'other'])
  })

  it('refuses a free-text region, and reads the ones older rooms hold as well as it can', async () => {
    await expect(mod.call('setResources', { roomId, resources: [{ name: 'Samaritans', region: 'UK' as 'GB' }] })).rejects.toThrow(/region/)
    // a room written before the list: the record itself still allows free text
    const room = mod.node.room(roomId)
    const kp = signingKeyPair(mod.node, roomId)!
    const old = [
      { name: 'Samaritans', region: 'UK' },
      { name: 'Somewhere line', region: 'North of the river' }
    ]
    await room.append(signRecord(room.key, kp, { type: 'resources', resources: old, time: Date.now() }))
    expect(await lines('US')).toEqual([
      ['Samaritans', 'GB', 'other'],
      ['Somewhere line', null, 'other']
    ])
    expect((await lines('GB'))[0]).toEqual(['Samaritans', 'GB', 'region'])
  })
})
