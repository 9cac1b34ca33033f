import { describe, it, expect, afterAll, beforeAll } from 'vitest'
import { Net, converged, until } from '../helpers/peers.ts'

describe('a late joiner', () => {
  let net: Net
  beforeAll(async () => {
    net = await Net.create()
  })
  afterAll(() => net.close())

  // every wait below is bounded well inside its test's timeout, so a stall fails with the wait's
  // own message (what each peer saw), not a bare "test timed out". Here: building the room took
  // 54 s on a loaded 2-core machine, then the join may wait 30 s and the sync 45 s
  it('syncs a 10,000-message room: latest page, paging, identical view', { timeout: 180_000 }, async () => {
    const a = await net.peer('a')
    const { roomId, invite } = await a.call('createRoom', { name: 'Busy room', displayName: 'Ash' })
    const room = a.node.room(roomId)
    const now = Date.now()
    for (let batch = 0; batch < 10; batch++) {
      await room.appendBatch(Array.from({ length: 1000 }, (_, i) => ({ type: 'post', text: `message ${batch * 1000 + i}`, time: now + batch * 1000 + i })))
    }
    expect((await a.call('getRoom', { roomId })).messageCount).toBe(10_000)

    const late = await net.peer('late')
    const started = Date.now()
    await late.call('joinRoom', { invite, displayName: 'Late' })
    await converged([a, late], roomId, 10_000, 45_000)
    const seconds = (Date.now() - started) / 1000
    console.log(`late joiner synced 10k messages in ${seconds.toFixed(2)} s`)

    const latest = await late.call('getMessages', { roomId, limit: 20 })
    expect(latest.messages.at(-1)!.text).toBe('message 9999')
    expect(latest.messages[0].text).toBe('message 9980')
    const older = await late.call('getMessages', { roomId, limit: 20, before: latest.messages[0].id })
    expect(older.messages.at(-1)!.text).toBe('message 9979')
    const first = await late.call('getMessage', {
      roomId,
      messageId: (await a.call('getMessages', { roomId, limit: 1, before: older.messages[0].id })).messages[0].id
    })
    expect(first.message.text).toBe('message 9959')
  })

  it('the whole history arrives in the background without anyone reading it; then posts work offline', { timeout: 90_000 }, async () => {
    const a = net.peers[0]
    const { roomId } = (await a.call('listRooms', {})).rooms[0]
    const { invite } = await a.call('createInvite', { roomId })
    const late = await net.peer('offline-late')
    await late.call('joinRoom', { invite, displayName: 'Train' })
    const room = late.node.room(roomId)
    // joined by fast-forward: apply reads old view blocks too, so offline it needs all of them
    const view = room.base.view.core
    await until(
      'the whole history on the joiner',
      () => {
        if (!room.historyComplete) throw new Error(`${view.contiguousLength} contiguous of ${view.length} view blocks (signed ${view.signedLength})`)
        return true
      },
      45_000
    )
    expect(view.contiguousLength).toBeGreaterThanOrEqual(view.signedLength)
    expect(view.signedLength).toBeGreaterThan(20_000)
    await late.node.goOffline()
    const { messageId } = await late.call('postMessage', { roomId, text: 'written offline' })
    late.node.goOnline()
    await until(
      'the offline post on the owner',
      async () => (await a.call('getMessage', { roomId, messageId }).catch(() => null))?.message.text === 'written offline',
      20_000
    )
  })
})
