import { afterEach, describe, expect, it, vi } from 'vitest'
import { ErrorCode, HearthError } from '../../../src/shared/api/index.ts'
import { runHost } from '../../../src/p2p/host.ts'
import type { Engine, EngineOptions } from '../../../src/p2p/engine.ts'
import { FakePort } from '../../helpers/host-port.ts'

function fakeEngine(dispatch: Engine['dispatch'] = async () => ({ rooms: [] })) {
  let listener: ((event: string, payload: unknown) => void) | null = null
  const engine = {
    dispatch: vi.fn(dispatch),
    onEvent: vi.fn((l: (event: string, payload: unknown) => void) => {
      listener = l
      return () => {
        listener = null
      }
    }),
    close: vi.fn(async () => {}),
    emit: (event: string, payload: unknown) => listener?.(event, payload)
  }
  return engine
}

function setup(factory?: (opts: EngineOptions) => Promise<Engine>, drainMs = 200) {
  const port = new FakePort()
  const engine = fakeEngine()
  const startEngine = vi.fn(factory ?? (async () => engine as unknown as Engine))
  const exit = vi.fn()
  const log = vi.fn()
  runHost({ port, startEngine, exit, log, drainMs })
  return { port, engine, startEngine, exit, log }
}

/** Waits (bounded) until the host has sent this many messages of a type ('response': JSON-RPC replies); fails showing what it sent. */
const sent = (port: FakePort, type: string, count = 1) =>
  vi.waitFor(() => expect(type === 'response' ? port.responses() : port.out.filter((m) => m.type === type), JSON.stringify(port.out)).toHaveLength(count), {
    timeout: 2000
  })
const rpcError = (id: unknown, code: number, reason: string) => ({
  jsonrpc: '2.0',
  id,
  error: { code, message: expect.any(String), data: expect.objectContaining({ reason }) }
})
const masterKey = new Uint8Array(32).fill(7)
afterEach(() => {
  vi.useRealTimers()
})

describe('engine host', () => {
  it('starts the engine with the options from main and reports ready', async () => {
    const { port, startEngine } = setup()
    port.send({ type: 'start', options: { storage: '/data/engine', masterKey } })
    await sent(port, 'ready')
    expect(startEngine).toHaveBeenCalledWith({ storage: '/data/engine', masterKey })
    expect(port.out).toEqual([{ type: 'ready' }])
  })

  it('answers JSON-RPC requests with results, and errors with their codes and data', async () => {
    const { port, engine } = setup()
    engine.dispatch.mockImplementation(async (method: string) => {
      if (method === 'getRoom') throw new HearthError(ErrorCode.NotFound, 'No such room on this device.', { reason: 'room_not_found', roomId: 'x' })
      if (method === 'markRead') throw new Error('disk on fire')
      return { rooms: [] }
    })
    port.send({ type: 'start', options: { storage: '/s' } })
    await sent(port, 'ready')
    port.request(1, 'listRooms', {})
    port.request(2, 'getRoom', { roomId: 'x' })
    port.request(3, 'markRead', {})
    await sent(port, 'response', 3)
    expect(port.responses()).toEqual([
      { jsonrpc: '2.0', id: 1, result: { rooms: [] } },
      { jsonrpc: '2.0', id: 2, error: { code: ErrorCode.NotFound, message: 'No such room on this device.', data: { reason: 'room_not_found', roomId: 'x' } } },
      {
        jsonrpc: '2.0',
        id: 3,
        error: { code: ErrorCode.Internal, message: 'Internal error: disk on fire', data: { reason: 'internal', detail: 'disk on fire' } }
      }
    ])
    expect(engine.dispatch).toHaveBeenCalledWith('listRooms', {})
  })

  it('forwards engine events', async () => {
    const { port, engine } = setup()
    port.send({ type: 'start', options: { storage: '/s' } })
    await sent(port, 'ready')
    engine.emit('rooms.changed', {})
    expect(port.events()).toEqual([{ jsonrpc: '2.0', method: 'rooms.changed', params: {} }])
  })

  it('answers Unavailable before start, and rejects malformed messages without crashing', async () => {
    const { port, log } = setup()
    port.request(1, 'listRooms', {})
    port.send({ type: 'request', id: 2, method: 'listRooms' }) // the old envelope is no longer spoken
    port.send({ type: 'start', options: { storage: '/s', masterKey: new Uint8Array(5) } })
    port.send(null)
    port.send('{"type":"shutdown"}')
    port.send({ type: 'eval', code: 'process.exit()' })
    // the host answers and logs malformed messages at once, as they arrive
    expect(port.responses()).toEqual([rpcError(1, ErrorCode.Unavailable, 'engine_unavailable'), rpcError(2, ErrorCode.InvalidRequest, 'invalid_request')])
    expect(log).toHaveBeenCalledTimes(5)
  })

  it('answers a malformed JSON-RPC request through the same core as stdio and WebSocket', async () => {
    const { port } = setup()
    port.send({ type: 'start', options: { storage: '/s' } })
    await sent(port, 'ready')
    port.send({ jsonrpc: '2.0', id: 1, method: 42 })
    port.send({ jsonrpc: '2.0', id: 2, method: 'getRoom', params: 'x' })
    port.send({ jsonrpc: '2.0', id: { deep: { object: true } }, method: 'listRooms' })
    await sent(port, 'response', 3)
    expect(port.responses()).toEqual([
      rpcError(1, ErrorCode.InvalidRequest, 'invalid_request'),
      rpcError(2, ErrorCode.InvalidParams, 'invalid_params'),
      rpcError(null, ErrorCode.InvalidRequest, 'invalid_request')
    ])
  })

  it('reports a failed start and exits so the supervisor can retry', async () => {
    const { port, exit } = setup(async () => {
      throw new HearthError(ErrorCode.Storage, 'storage is locked by another process')
    })
    port.send({ type: 'start', options: { storage: '/s' } })
    await sent(port, 'fatal')
    expect(port.out).toEqual([{ type: 'fatal', error: { code: ErrorCode.Storage, message: 'storage is locked by another process' } }])
    expect(exit).toHaveBeenCalledWith(1)
  })

  it('ignores a second start', async () => {
    const { port, startEngine, log } = setup()
    port.send({ type: 'start', options: { storage: '/s' } })
    port.send({ type: 'start', options: { storage: '/other' } })
    await sent(port, 'ready')
    expect(startEngine).toHaveBeenCalledTimes(1)
    expect(log).toHaveBeenCalled()
  })

  it('still answers when a result cannot be cloned', async () => {
    const { port, engine } = setup()
    engine.dispatch.mockResolvedValue({ fn: () => {} })
    port.send({ type: 'start', options: { storage: '/s' } })
    await sent(port, 'ready')
    port.request(9, 'listRooms', {})
    await sent(port, 'response')
    expect(port.responses()).toEqual([rpcError(9, ErrorCode.Internal, 'internal')])
  })

  it('shuts down in order: finish in-flight work, close the engine, report closed, exit 0', async () => {
    // a drain time no test run reaches: only the in-flight request can let the shutdown go on
    const { port, engine, exit } = setup(undefined, 600_000)
    let finish!: () => void
    engine.dispatch.mockImplementation(
      () =>
        new Promise((r) => {
          finish = () => r({ messageId: 'x' })
        })
    )
    port.send({ type: 'start', options: { storage: '/s' } })
    await sent(port, 'ready')
    port.request(1, 'postMessage', {})
    await vi.waitFor(() => expect(engine.dispatch).toHaveBeenCalled(), { timeout: 2000 })
    port.send({ type: 'shutdown' })
    port.request(2, 'listRooms', {})
    expect(port.responses()).toEqual([rpcError(2, ErrorCode.Unavailable, 'shutting_down')])
    // nothing but the post can end the wait: let every other pending step run first
    await new Promise((r) => setImmediate(r))
    expect(engine.close).not.toHaveBeenCalled()
    finish()
    await vi.waitFor(() => expect(exit).toHaveBeenCalled(), { timeout: 2000 })
    expect(engine.close).toHaveBeenCalledTimes(1)
    const types = port.out.map((m) => m.type)
    expect(types.indexOf('closed')).toBeGreaterThan(port.out.findIndex((m) => m.id === 1))
    expect(exit).toHaveBeenCalledWith(0)
  })

  it('closes anyway when in-flight work hangs past the drain time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }) // the drain time, counted exactly
    const { port, engine, exit } = setup()
    engine.dispatch.mockImplementation(() => new Promise(() => {}))
    port.send({ type: 'start', options: { storage: '/s' } })
    await vi.waitFor(() => expect(port.out).toContainEqual({ type: 'ready' }))
    port.request(1, 'postMessage', {})
    await vi.waitFor(() => expect(engine.dispatch).toHaveBeenCalled())
    port.send({ type: 'shutdown' })
    await vi.advanceTimersByTimeAsync(199)
    expect(engine.close).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0))
    expect(engine.close).toHaveBeenCalled()
    expect(port.responses()).toEqual([])
  })

  it('shuts down cleanly before the engine ever started', async () => {
    const { port, exit } = setup()
    port.send({ type: 'shutdown' })
    await vi.waitFor(() => expect(exit).toHaveBeenCalled(), { timeout: 2000 })
    expect(port.out).toEqual([{ type: 'closed' }])
    expect(exit).toHaveBeenCalledWith(0)
  })
})
