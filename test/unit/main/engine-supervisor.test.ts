import { EventEmitter } from 'node:events'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))

import { ErrorCode } from '../../../src/shared/api/index.ts'
import type { EngineState } from '../../../src/shared/ipc-channels.ts'
import { EngineSupervisor, type SupervisorOptions } from '../../../src/main/engine-supervisor.ts'

const roomId = 'yb1nd8rfg8ejkmcpqxot1uwisza345h769yb1nd8rfg8ejkmcpqx'

class FakeChild extends EventEmitter {
  sent: Array<Record<string, unknown>> = []
  killed = false
  postMessage(m: object) {
    this.sent.push(m as Record<string, unknown>)
  }
  kill() {
    this.killed = true
    return true
  }
  requests() {
    return this.sent.filter((m) => m.jsonrpc === '2.0')
  }
  reply(id: unknown, result: unknown) {
    this.emit('message', { jsonrpc: '2.0', id, result })
  }
  event(method: string, params: unknown) {
    this.emit('message', { jsonrpc: '2.0', method, params })
  }
}

let children: FakeChild[]
let states: EngineState[]
let events: Array<[string, unknown]>

function make(over: Partial<SupervisorOptions> = {}) {
  return new EngineSupervisor({
    fork: () => {
      const c = new FakeChild()
      children.push(c)
      return c
    },
    startOptions: async () => ({ storage: '/tmp/hearth-engine' }),
    onState: (s) => states.push(s),
    onEvent: (e, p) => events.push([e, p]),
    log: () => {},
    ...over
  })
}

const tick = () => vi.advanceTimersByTimeAsync(0)
const last = <T>(a: T[]) => a[a.length - 1]

beforeEach(() => {
  vi.useFakeTimers()
  children = []
  states = []
  events = []
})
afterEach(() => vi.useRealTimers())

describe('EngineSupervisor', () => {
  it('starts the engine, queues early calls, and answers them once ready', async () => {
    const sup = make()
    sup.start()
    await tick()
    expect(children).toHaveLength(1)
    expect(children[0].sent[0]).toEqual({ type: 'start', options: { storage: '/tmp/hearth-engine' } })
    const result = sup.call('listRooms', {})
    expect(children[0].requests()).toHaveLength(0)
    children[0].emit('message', { type: 'ready' })
    expect(last(states)).toEqual({ state: 'up' })
    const [req] = children[0].requests()
    expect(req).toEqual({ jsonrpc: '2.0', id: expect.any(Number), method: 'listRooms', params: {} })
    children[0].reply(req.id, { rooms: [] })
    await expect(result).resolves.toEqual({ rooms: [] })
  })

  it('restarts a crashed engine with exponential backoff and tells the UI', async () => {
    const sup = make({ initialDelayMs: 100, maxDelayMs: 1000 })
    sup.start()
    await tick()
    children[0].emit('message', { type: 'ready' })
    const inflight = sup.call('listRooms', {})
    children[0].emit('exit', 139)
    await expect(inflight).rejects.toMatchObject({ code: ErrorCode.Unavailable, data: { reason: 'client.connection_lost', method: 'listRooms' } })
    expect(last(states)).toMatchObject({ state: 'down', retryInMs: 100 })
    expect((last(states) as { reason: string }).reason).toMatch(/exit code 139/)

    const delays: number[] = []
    for (let i = 0; i < 5; i++) {
      const before = children.length
      const { retryInMs } = last(states) as { retryInMs: number }
      delays.push(retryInMs)
      await vi.advanceTimersByTimeAsync(retryInMs - 1)
      expect(children).toHaveLength(before)
      await vi.advanceTimersByTimeAsync(1)
      expect(children).toHaveLength(before + 1)
      expect(last(states)).toEqual({ state: 'starting' })
      last(children).emit('exit', 1) // dies again before ready
    }
    expect(delays).toEqual([100, 200, 400, 800, 1000])
  })

  it('forgets old crashes once the engine has been up for a while', async () => {
    const sup = make({ initialDelayMs: 100, stableAfterMs: 5000 })
    sup.start()
    await tick()
    children[0].emit('exit', 1)
    await vi.advanceTimersByTimeAsync(100)
    children[1].emit('exit', 1)
    expect(last(states)).toMatchObject({ retryInMs: 200 })
    await vi.advanceTimersByTimeAsync(200)
    children[2].emit('message', { type: 'ready' })
    await vi.advanceTimersByTimeAsync(5000)
    children[2].emit('exit', 1)
    expect(last(states)).toMatchObject({ state: 'down', retryInMs: 100 })
  })

  it("reports the engine's own reason for a failed start", async () => {
    const sup = make()
    sup.start()
    await tick()
    children[0].emit('message', { type: 'fatal', error: { code: ErrorCode.Storage, message: 'storage is locked by another process' } })
    children[0].emit('exit', 1)
    expect(last(states)).toMatchObject({ state: 'down', reason: 'storage is locked by another process' })
  })

  it('kills an engine that never becomes ready, then retries', async () => {
    const sup = make({ startTimeoutMs: 1000, initialDelayMs: 10 })
    sup.start()
    await tick()
    await vi.advanceTimersByTimeAsync(1000)
    expect(children[0].killed).toBe(true)
    children[0].emit('exit', 15)
    expect(last(states)).toMatchObject({ state: 'down', reason: 'the engine took too long to start' })
    await vi.advanceTimersByTimeAsync(10)
    expect(children).toHaveLength(2)
  })

  it('fails queued calls after a while instead of hanging', async () => {
    const sup = make({ queueTimeoutMs: 2000 })
    sup.start()
    await tick()
    const p = sup.call('listRooms', {})
    const settled = expect(p).rejects.toMatchObject({ code: ErrorCode.Unavailable, data: { reason: 'client.not_connected' } })
    await vi.advanceTimersByTimeAsync(2000)
    await settled
    children[0].emit('message', { type: 'ready' })
    expect(children[0].requests()).toHaveLength(0)
  })

  it('rejects results that break the contract, and engine errors keep their code and data', async () => {
    const sup = make()
    sup.start()
    await tick()
    children[0].emit('message', { type: 'ready' })
    const bad = sup.call('listRooms', {})
    children[0].reply(children[0].requests()[0].id, { rooms: 'nope' })
    await expect(bad).rejects.toMatchObject({ code: ErrorCode.Internal, data: { reason: 'client.bad_reply' } })
    const notFound = sup.call('getRoom', { roomId })
    const error = { code: ErrorCode.NotFound, message: 'No such room.', data: { reason: 'room_not_found', roomId } }
    children[0].emit('message', { jsonrpc: '2.0', id: children[0].requests()[1].id, error })
    await expect(notFound).rejects.toMatchObject(error)
    // main does not judge methods or params: the engine does, and its answer comes back as it is
    const unknown = sup.call('rm -rf', { all: true })
    expect(last(children[0].requests())).toMatchObject({ method: 'rm -rf', params: { all: true } })
    const refusal = { code: ErrorCode.MethodNotFound, message: 'Unknown method "rm -rf".', data: { reason: 'method_not_found', method: 'rm -rf' } }
    children[0].emit('message', { jsonrpc: '2.0', id: last(children[0].requests()).id, error: refusal })
    await expect(unknown).rejects.toMatchObject(refusal)
    // a result for a method the contract does not list is refused at the trust boundary
    const odd = sup.call('notInTheContract', {})
    children[0].reply(last(children[0].requests()).id, { anything: true })
    await expect(odd).rejects.toMatchObject({ code: ErrorCode.Internal, data: { reason: 'client.bad_reply' } })
  })

  it('forwards valid contract events only and survives garbage from the engine', async () => {
    const sup = make()
    sup.start()
    await tick()
    const c = children[0]
    c.emit('message', { type: 'ready' })
    c.event('room.changed', { roomId, messageCount: 3, unread: 1 })
    c.event('room.changed', { roomId: 'bad' })
    c.event('shell.exec', {})
    const junk = [null, 42, 'x', { type: 'response' }, { type: 'event', event: 'rooms.changed', payload: {} }, { jsonrpc: '2.0', id: 999, result: 1 }]
    for (const j of [...junk, { jsonrpc: '2.0' }, { type: '__proto__' }]) c.emit('message', j)
    expect(events).toEqual([['room.changed', { roomId, messageCount: 3, unread: 1 }]])
    expect(sup.state).toBe('up')
  })

  it('shuts the engine down first and waits for it to close', async () => {
    const sup = make()
    sup.start()
    await tick()
    children[0].emit('message', { type: 'ready' })
    const inflight = sup.call('listRooms', {})
    const stopping = sup.stop()
    expect(last(children[0].sent)).toEqual({ type: 'shutdown' })
    await expect(sup.call('listRooms', {})).rejects.toMatchObject({ code: ErrorCode.Unavailable, data: { reason: 'shutting_down' } })
    // work in flight is still answered while the engine drains
    children[0].reply(children[0].requests()[0].id, { rooms: [] })
    await expect(inflight).resolves.toEqual({ rooms: [] })
    children[0].emit('message', { type: 'closed' })
    await stopping
    expect(children[0].killed).toBe(false)
    expect(last(states)).toEqual({ state: 'stopped' })
    children[0].emit('exit', 0)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(children).toHaveLength(1) // no restart after a requested stop
  })

  it('kills an engine that does not close in time', async () => {
    const sup = make({ shutdownTimeoutMs: 3000 })
    sup.start()
    await tick()
    children[0].emit('message', { type: 'ready' })
    const stopping = sup.stop()
    await vi.advanceTimersByTimeAsync(3000)
    await stopping
    expect(children[0].killed).toBe(true)
  })

  it('stays locked (no restart loop) when the master key is unavailable', async () => {
    const sup = make({
      startOptions: async () => {
        throw new Error('Hearth stays locked until you enter your passphrase.')
      }
    })
    sup.start()
    const settled = expect(sup.call('listRooms', {})).rejects.toMatchObject({ code: ErrorCode.Unavailable })
    await tick()
    expect(last(states)).toEqual({ state: 'locked', reason: 'Hearth stays locked until you enter your passphrase.' })
    await settled
    await expect(sup.call('listRooms', {})).rejects.toMatchObject({ code: ErrorCode.Unavailable, data: { reason: 'client.locked' } })
    await vi.advanceTimersByTimeAsync(120_000)
    expect(children).toHaveLength(0)
  })
})
