// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { WsClient } from '../../src/renderer/src/client/ws.ts'
import { isLoopbackWsUrl, pickClient } from '../../src/renderer/src/client/pick.ts'
import { ErrorCode, HearthError } from '../../src/shared/api/index.ts'

class FakeSocket {
  static OPEN = 1
  static sockets: FakeSocket[] = []
  readyState = 0
  sent: Array<Record<string, unknown>> = []
  onopen: (() => void) | null = null
  onmessage: ((e: { data: string }) => void) | null = null
  onclose: (() => void) | null = null
  onerror: (() => void) | null = null
  constructor(
    readonly url: string,
    readonly protocols?: string[]
  ) {
    FakeSocket.sockets.push(this)
  }
  send(data: string): void {
    this.sent.push(JSON.parse(data))
  }
  close(): void {
    this.readyState = 3
    this.onclose?.()
  }
  open(): void {
    this.readyState = 1
    this.onopen?.()
  }
  reply(msg: unknown): void {
    this.onmessage?.({ data: JSON.stringify(msg) })
  }
}
const Impl = FakeSocket as unknown as typeof WebSocket
const last = (): FakeSocket => FakeSocket.sockets[FakeSocket.sockets.length - 1]
const ROOM = 'ybndrfg8ejkmcpqxot1uwisza345h769ybndrfg8ejkmcpqxot1u'

afterEach(() => {
  FakeSocket.sockets = []
  vi.useRealTimers()
})

describe('WsClient', () => {
  it('connects with the token as a subprotocol (never in the URL), queues calls until open, and resolves results', async () => {
    const c = new WsClient('ws://127.0.0.1:4000', 'c0ffee', { WebSocketImpl: Impl })
    expect(last().url).toBe('ws://127.0.0.1:4000/')
    expect(last().protocols).toEqual(['hearth.v1', 'hearth.token.c0ffee'])
    const p = c.call('markRead', { roomId: ROOM })
    expect(last().sent).toEqual([])
    last().open()
    expect(last().sent).toEqual([{ jsonrpc: '2.0', id: 1, method: 'markRead', params: { roomId: ROOM } }])
    last().reply({ jsonrpc: '2.0', id: 1, result: { ok: true } })
    await expect(p).resolves.toEqual({ ok: true })
    expect(c.state.status).toBe('open')
  })

  it('turns JSON-RPC errors into HearthErrors, and bad results into a clear error', async () => {
    const c = new WsClient('ws://127.0.0.1:4000', 't', { WebSocketImpl: Impl })
    last().open()
    const p = c.call('getRoom', { roomId: ROOM })
    last().reply({
      jsonrpc: '2.0',
      id: 1,
      error: { code: ErrorCode.NotFound, message: 'No such room on this device.', data: { reason: 'room_not_found', roomId: ROOM } }
    })
    await expect(p).rejects.toMatchObject({ name: 'HearthError', code: ErrorCode.NotFound, data: { reason: 'room_not_found', roomId: ROOM } })
    const q = c.call('markRead', { roomId: ROOM })
    last().reply({ jsonrpc: '2.0', id: 2, result: { nope: 1 } })
    await expect(q).rejects.toMatchObject({ data: { reason: 'client.bad_reply', method: 'markRead' } })
  })

  it('delivers valid events only', () => {
    const c = new WsClient('ws://127.0.0.1:4000', 't', { WebSocketImpl: Impl })
    last().open()
    const seen: unknown[] = []
    const off = c.on('room.peers', (p) => seen.push(p))
    last().reply({ jsonrpc: '2.0', method: 'room.peers', params: { roomId: ROOM, peers: 2 } })
    last().reply({ jsonrpc: '2.0', method: 'room.peers', params: { roomId: 'bad', peers: 'x' } })
    last().onmessage?.({ data: 'not json' })
    off()
    last().reply({ jsonrpc: '2.0', method: 'room.peers', params: { roomId: ROOM, peers: 3 } })
    expect(seen).toEqual([{ roomId: ROOM, peers: 2 }])
  })

  it('rejects calls in flight when the socket closes, then reconnects with backoff', async () => {
    vi.useFakeTimers()
    const c = new WsClient('ws://127.0.0.1:4000', 't', { WebSocketImpl: Impl, backoff: [100, 1000] })
    const states: string[] = []
    c.onStatus((s) => states.push(s.status))
    last().open()
    const p = c.call('markRead', { roomId: ROOM })
    last().close()
    await expect(p).rejects.toBeInstanceOf(HearthError)
    await expect(p).rejects.toMatchObject({ code: ErrorCode.Unavailable, data: { reason: 'client.connection_lost' } })
    expect(FakeSocket.sockets).toHaveLength(1)
    vi.advanceTimersByTime(100)
    expect(FakeSocket.sockets).toHaveLength(2)
    last().close() // still down: next delay is longer
    vi.advanceTimersByTime(999)
    expect(FakeSocket.sockets).toHaveLength(2)
    vi.advanceTimersByTime(1)
    expect(FakeSocket.sockets).toHaveLength(3)
    last().open()
    expect(states).toEqual(['open', 'reconnecting', 'reconnecting', 'reconnecting', 'reconnecting', 'open'])
    c.close()
    expect(c.state.status).toBe('closed')
  })

  it('fails a call with no answer after the timeout', async () => {
    vi.useFakeTimers()
    const c = new WsClient('ws://127.0.0.1:4000', 't', { WebSocketImpl: Impl, callTimeout: 500 })
    const p = c.call('markRead', { roomId: ROOM }) // never connected
    vi.advanceTimersByTime(500)
    await expect(p).rejects.toMatchObject({ data: { reason: 'client.not_connected' } })
  })
})

describe('pickClient', () => {
  it('only accepts loopback engines', () => {
    expect(isLoopbackWsUrl('ws://127.0.0.1:5000')).toBe(true)
    expect(isLoopbackWsUrl('ws://evil.example:5000')).toBe(false)
    expect(isLoopbackWsUrl('wss://127.0.0.1:5000')).toBe(false)
    expect(pickClient('?engine=ws://evil.example:1&token=x')).toBeNull()
  })
})
