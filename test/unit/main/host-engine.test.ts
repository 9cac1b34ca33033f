import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { ErrorCode } from '../../../src/shared/api/index.ts'
import { runHost } from '../../../src/p2p/host.ts'
import { startEngine, type EngineOptions } from '../../../src/p2p/engine.ts'
import { FakePort } from '../../helpers/host-port.ts'
import { tmpDir, until } from '../../helpers/peers.ts'

/**
 * The engine host (what runs in Electron's utility process) driving a REAL engine: a store on a
 * temp dir, offline (no network), no Electron. What main sends goes in as messages on the port;
 * what comes back is what main would receive.
 */
describe('engine host with a real engine', () => {
  const storage = tmpDir('hearth-host-')
  const masterKey = new Uint8Array(32).fill(9)
  afterAll(() => fs.rmSync(storage, { recursive: true, force: true }))

  function host() {
    const port = new FakePort()
    const exit = vi.fn()
    const log = vi.fn()
    // the options main sends, passed through as they are, plus offline: tests touch no network
    const start = vi.fn((opts: EngineOptions) => startEngine({ ...opts, offline: true }))
    runHost({ port, startEngine: start, exit, log })
    let id = 0
    const request = async (method: string, params: unknown) => {
      const n = ++id
      port.send({ type: 'request', id: n, method, params })
      return until(`a response to ${method} (#${n})`, () => port.response(n), 15_000)
    }
    return { port, exit, log, start, request }
  }

  it('starts, answers, forwards events, finishes in-flight work on shutdown; the profile opens again with all of it', async () => {
    const { port, exit, start, request } = host()
    port.send({ type: 'start', options: { storage, masterKey } })
    await until('ready', () => port.out.find((m) => m.type === 'ready') ?? port.out.find((m) => m.type === 'fatal'), 15_000)
    expect(port.out[0]).toEqual({ type: 'ready' })
    expect(start).toHaveBeenCalledWith({ storage, masterKey })

    const created = (await request('createRoom', { name: 'Through the host', displayName: 'Main' })).result as { roomId: string; invite: string }
    expect(created.roomId).toMatch(/^[a-z0-9]{52}$/)
    const { roomId } = created
    expect((await request('postMessage', { roomId, text: 'first, through the port' })).result).toMatchObject({ messageId: expect.any(String) })
    const page = (await request('getMessages', { roomId })).result as { messages: Array<{ text: string; authorName: string }> }
    expect(page.messages.map((m) => [m.authorName, m.text])).toEqual([['Main', 'first, through the port']])
    // engine events arrive as event messages
    await until('a room.changed event', () => port.out.find((m) => m.type === 'event' && m.event === 'room.changed'))
    expect(port.out).toContainEqual({ type: 'event', event: 'rooms.changed', payload: {} })
    // errors keep their codes
    expect((await request('getRoom', { roomId: 'y'.repeat(52) })).error).toMatchObject({ code: ErrorCode.NotFound })
    expect((await request('postMessage', { roomId, text: '' })).error).toMatchObject({ code: ErrorCode.InvalidParams })
    // the master key came from main: no key file was written beside the profile
    expect(fs.existsSync(path.join(storage, 'master.key'))).toBe(false)

    // a post sent just before shutdown is answered (and kept) before the engine closes
    port.send({ type: 'request', id: 100, method: 'postMessage', params: { roomId, text: 'sent as the app quits' } })
    port.send({ type: 'shutdown' })
    await until('exit', () => exit.mock.calls.length > 0, 15_000)
    expect(exit).toHaveBeenCalledWith(0)
    const types = port.out.map((m) => (m.type === 'response' ? `response ${m.id}` : m.type))
    expect(types.indexOf('response 100')).toBeGreaterThan(-1)
    expect(types.indexOf('response 100')).toBeLessThan(types.indexOf('closed'))
    expect(port.response(100)).toMatchObject({ result: { messageId: expect.any(String) } })

    // the profile it closed opens again (its lock released), with everything it acknowledged
    const again = host()
    again.port.send({ type: 'start', options: { storage, masterKey } })
    await until('ready again', () => again.port.out.find((m) => m.type === 'ready') ?? again.port.out.find((m) => m.type === 'fatal'), 15_000)
    expect(again.port.out[0]).toEqual({ type: 'ready' })
    const reread = (await again.request('getMessages', { roomId })).result as { messages: Array<{ text: string }> }
    expect(reread.messages.map((m) => m.text)).toEqual(['first, through the port', 'sent as the app quits'])
    again.port.send({ type: 'shutdown' })
    await until('closed', () => again.port.out.find((m) => m.type === 'closed'), 15_000)
  })
})
