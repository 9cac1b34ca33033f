import { afterEach, describe, expect, it, vi } from 'vitest'
import { ErrorCode, HearthError } from '../../src/shared/api/index.ts'
import { RpcClient, clientError } from '../../src/shared/rpc/client.ts'
import type { RpcRequest } from '../../src/shared/rpc/messages.ts'

const ROOM = 'ybndrfg8ejkmcpqxot1uwisza345h769ybndrfg8ejkmcpqxot1u'

/** A client attached to an outbox the test reads, with its log kept. */
function connected(opts: ConstructorParameters<typeof RpcClient>[0] = {}) {
  const logged: string[] = []
  const client = new RpcClient({ log: (m) => logged.push(m), ...opts })
  const sent: RpcRequest[] = []
  client.attach((m) => sent.push(m))
  const reply = (i: number, body: object) => client.receive({ jsonrpc: '2.0', id: sent[i].id, ...body })
  return { client, sent, reply, logged }
}

afterEach(() => vi.useRealTimers())

describe('RpcClient', () => {
  it('sends JSON-RPC 2.0 requests and matches answers to calls by id, in any order', async () => {
    const { client, sent, reply } = connected()
    const a = client.call('listRooms', {})
    const b = client.call('markRead', { roomId: ROOM })
    const c = client.callRaw('someNewerMethod') // params default to {}
    expect(sent).toEqual([
      { jsonrpc: '2.0', id: 1, method: 'listRooms', params: {} },
      { jsonrpc: '2.0', id: 2, method: 'markRead', params: { roomId: ROOM } },
      { jsonrpc: '2.0', id: 3, method: 'someNewerMethod', params: {} }
    ])
    reply(1, { result: { ok: true } })
    reply(2, { result: { anything: 1 } })
    reply(0, { result: { rooms: [] } })
    await expect(a).resolves.toEqual({ rooms: [] })
    await expect(b).resolves.toEqual({ ok: true })
    await expect(c).resolves.toEqual({ anything: 1 }) // not in the contract: passed as it is
  })

  it('keeps an error’s code, message and data; a malformed error becomes Internal', async () => {
    const { client, reply } = connected()
    const a = client.call('getRoom', { roomId: ROOM })
    const b = client.call('getRoom', { roomId: ROOM })
    const error = { code: ErrorCode.NotFound, message: 'No room.', data: { reason: 'room_not_found', roomId: ROOM } }
    reply(0, { error })
    reply(1, { error: 'boom' })
    const got = await a.catch((e: unknown) => e)
    expect(got).toBeInstanceOf(HearthError)
    expect(got).toMatchObject(error)
    await expect(b).rejects.toMatchObject({ code: ErrorCode.Internal })
  })

  it('refuses a reply with neither result nor error, and never takes a request from the engine for an answer', async () => {
    const { client, sent, reply, logged } = connected()
    const empty = client.callRaw('someNewerMethod')
    const next = client.call('listRooms', {})
    reply(0, {})
    await expect(empty).rejects.toMatchObject({ code: ErrorCode.Internal, data: { reason: 'client.bad_reply', method: 'someNewerMethod' } })
    expect(client.receive({ jsonrpc: '2.0', id: sent[1].id, method: 'listRooms', params: {} })).toBe(false)
    expect(logged.join('\n')).toMatch(/dropped a request from the engine \(listRooms\)/)
    reply(1, { result: { rooms: [] } })
    await expect(next).resolves.toEqual({ rooms: [] })
  })

  it('checks results against the contract; strict mode refuses results of methods it does not list', async () => {
    const { client, reply, logged } = connected()
    const bad = client.call('listRooms', {})
    reply(0, { result: { rooms: 'nope' } })
    await expect(bad).rejects.toMatchObject({ code: ErrorCode.Internal, data: { reason: 'client.bad_reply', method: 'listRooms' } })
    expect(logged.join('\n')).toMatch(/listRooms broke the contract/)

    const strict = connected({ results: 'strict' })
    const odd = strict.client.callRaw('notInTheContract', {})
    strict.reply(0, { result: { ok: true } })
    await expect(odd).rejects.toMatchObject({ data: { reason: 'client.bad_reply' } })
  })

  it('queues calls until attached; a call that waits too long fails as not connected', async () => {
    vi.useFakeTimers()
    const client = new RpcClient({ queueTimeoutMs: 1000 })
    const early = client.call('listRooms', {})
    const late = client.call('listRooms', {})
    await vi.advanceTimersByTimeAsync(500)
    const sent: RpcRequest[] = []
    client.attach((m) => sent.push(m))
    expect(sent.map((m) => m.id)).toEqual([1, 2])
    client.receive({ jsonrpc: '2.0', id: 1, result: { rooms: [] } })
    await expect(early).resolves.toEqual({ rooms: [] })
    const lost = expect(late).rejects.toMatchObject({ data: { reason: 'client.connection_lost' } })
    client.detach()
    await lost
    const never = client.call('listRooms', {})
    const settled = expect(never).rejects.toMatchObject({ code: ErrorCode.Unavailable, data: { reason: 'client.not_connected', method: 'listRooms' } })
    await vi.advanceTimersByTimeAsync(1000)
    await settled
  })

  it('fails a sent call with no answer after the reply timeout, and drops the late answer', async () => {
    vi.useFakeTimers()
    const { client, reply, logged } = connected({ replyTimeoutMs: 2000 })
    const p = client.call('listRooms', {})
    const settled = expect(p).rejects.toMatchObject({ code: ErrorCode.Unavailable, data: { reason: 'client.timeout' } })
    await vi.advanceTimersByTimeAsync(1999)
    expect(logged).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    await settled
    reply(0, { result: { rooms: [] } })
    expect(logged.join('\n')).toMatch(/reply to no call/)
  })

  it('with no reply timeout, a call waits until it is answered or the connection goes', async () => {
    vi.useFakeTimers()
    const { client } = connected({ replyTimeoutMs: Infinity })
    const p = client.call('joinRoom', { invite: 'x'.repeat(40) })
    let done = false
    void p.catch(() => (done = true))
    await vi.advanceTimersByTimeAsync(24 * 3600_000)
    expect(done).toBe(false)
    client.detach(clientError('connection_lost'))
    await expect(p).rejects.toMatchObject({ data: { reason: 'client.connection_lost', method: 'joinRoom' } })
  })

  it('a call the transport cannot send fails at once as not connected', async () => {
    const client = new RpcClient()
    client.attach(() => {
      throw new Error('could not be cloned')
    })
    await expect(client.call('listRooms', {})).rejects.toMatchObject({ data: { reason: 'client.not_connected' } })
  })

  it('close() fails everything waiting or in flight and refuses new calls; failWaiting() only the waiting', async () => {
    const a = new RpcClient()
    const waiting = a.call('listRooms', {})
    a.failWaiting(new HearthError(ErrorCode.Unavailable, 'locked', { reason: 'client.locked' }))
    await expect(waiting).rejects.toMatchObject({ data: { reason: 'client.locked', method: 'listRooms' } })

    const { client } = connected()
    const inflight = client.call('listRooms', {})
    client.close()
    await expect(inflight).rejects.toMatchObject({ data: { reason: 'client.not_connected' } })
    await expect(client.call('listRooms', {})).rejects.toMatchObject({ data: { reason: 'client.not_connected' } })
  })

  it('delivers valid events to their listeners and to onEvent; drops unknown and malformed ones', () => {
    const { client, logged } = connected()
    const peers: unknown[] = []
    const all: unknown[] = []
    const off = client.on('room.peers', (p) => peers.push(p))
    client.on('room.peers', () => {
      throw new Error('a broken listener')
    })
    client.onEvent((event, payload) => all.push([event, payload]))
    client.receive({ jsonrpc: '2.0', method: 'room.peers', params: { roomId: ROOM, peers: 2 } })
    client.receive({ jsonrpc: '2.0', method: 'room.peers', params: { roomId: 'bad', peers: 'x' } })
    client.receive({ jsonrpc: '2.0', method: 'shell.exec', params: {} })
    for (const junk of [null, 42, 'x', [1, 2], { jsonrpc: '2.0', id: 'x', result: 1 }]) client.receive(junk)
    off()
    client.receive({ jsonrpc: '2.0', method: 'room.peers', params: { roomId: ROOM, peers: 3 } })
    expect(peers).toEqual([{ roomId: ROOM, peers: 2 }])
    expect(all).toEqual([
      ['room.peers', { roomId: ROOM, peers: 2 }],
      ['room.peers', { roomId: ROOM, peers: 3 }]
    ])
    expect(logged.join('\n')).toMatch(/a listener of room.peers failed/)
    expect(logged.join('\n')).toMatch(/malformed room.peers/)
    expect(logged.join('\n')).toMatch(/unknown event shell.exec/)
  })
})
