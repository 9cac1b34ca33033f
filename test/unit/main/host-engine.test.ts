import { EventEmitter } from 'node:events'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))

import { ErrorCode } from '../../../src/shared/api/index.ts'
import type { EngineState } from '../../../src/shared/ipc-channels.ts'
import { runHost, type HostPort } from '../../../src/p2p/host.ts'
import { startEngine } from '../../../src/p2p/engine.ts'
import { EngineSupervisor, type ChildLike } from '../../../src/main/engine-supervisor.ts'
import { tmpDir, until } from '../../helpers/peers.ts'

/**
 * The whole desktop RPC path without Electron: main's EngineSupervisor talks JSON-RPC to the
 * engine host (what runs in the utility process) driving a REAL engine on a temp dir, offline.
 * Messages cross a fake port as structured clones, asynchronously, as Electron's port does.
 */
function utilityProcess(): ChildLike {
  const child = new EventEmitter()
  const port = new EventEmitter()
  const hostPort: HostPort = {
    on: (event, listener) => port.on(event, listener),
    postMessage: (m) => {
      const copy = structuredClone(m)
      setImmediate(() => child.emit('message', copy))
    }
  }
  runHost({
    port: hostPort,
    // the options main sends, passed through as they are, plus offline: tests touch no network
    startEngine: (opts) => startEngine({ ...opts, offline: true }),
    exit: (code) => setImmediate(() => child.emit('exit', code)),
    log: () => {}
  })
  return Object.assign(child, {
    postMessage: (m: unknown) => {
      const copy = structuredClone(m)
      setImmediate(() => port.emit('message', { data: copy }))
    },
    kill: () => true
  }) as unknown as ChildLike
}

describe('main <-> engine host <-> real engine, over JSON-RPC', () => {
  const storage = tmpDir('hearth-host-')
  const masterKey = new Uint8Array(32).fill(9)
  afterAll(() => fs.rmSync(storage, { recursive: true, force: true }))

  function supervisor() {
    const states: EngineState[] = []
    const events: Array<[string, unknown]> = []
    const sup = new EngineSupervisor({
      fork: utilityProcess,
      startOptions: async () => ({ storage, masterKey }),
      onState: (s) => states.push(s),
      onEvent: (e, p) => events.push([e, p]),
      log: () => {}
    })
    sup.start()
    return { sup, states, events }
  }

  it('answers, checks, forwards events, finishes in-flight work on shutdown; the profile opens again with all of it', async () => {
    const { sup, states, events } = supervisor()
    await until('the engine up', () => states.some((s) => s.state === 'up'), 15_000)

    const { roomId } = (await sup.call('createRoom', { name: '  Through the host  ', displayName: 'Main' })) as { roomId: string }
    expect(roomId).toMatch(/^[a-z0-9]{52}$/)
    expect(await sup.call('getRoom', { roomId })).toMatchObject({ name: 'Through the host' }) // the engine parsed (and trimmed) the params
    expect(await sup.call('postMessage', { roomId, text: 'first, through the port' })).toMatchObject({ messageId: expect.any(String) })
    const page = (await sup.call('getMessages', { roomId })) as { messages: Array<{ text: string; authorName: string }> }
    expect(page.messages.map((m) => [m.authorName, m.text])).toEqual([['Main', 'first, through the port']])
    await until('a room.changed event', () => events.some(([e]) => e === 'room.changed'))
    expect(events).toContainEqual(['rooms.changed', {}])

    // the engine validates, once; its errors reach main with their codes and reasons
    await expect(sup.call('getRoom', { roomId: 'y'.repeat(52) })).rejects.toMatchObject({ code: ErrorCode.NotFound, data: { reason: 'room_not_found' } })
    await expect(sup.call('postMessage', { roomId, text: '' })).rejects.toMatchObject({ code: ErrorCode.InvalidParams, data: { reason: 'invalid_params' } })
    await expect(sup.call('deleteEverything', {})).rejects.toMatchObject({ code: ErrorCode.MethodNotFound, data: { reason: 'method_not_found' } })
    // the master key came from main: no key file was written beside the profile
    expect(fs.existsSync(path.join(storage, 'master.key'))).toBe(false)

    // a post sent just before shutdown is answered (and kept) before the engine closes
    const last = sup.call('postMessage', { roomId, text: 'sent as the app quits' })
    await sup.stop()
    await expect(last).resolves.toMatchObject({ messageId: expect.any(String) })
    expect(states.at(-1)).toEqual({ state: 'stopped' })

    // the profile it closed opens again (its lock released), with everything it acknowledged
    const again = supervisor()
    await until('the engine up again', () => again.states.some((s) => s.state === 'up'), 15_000)
    const reread = (await again.sup.call('getMessages', { roomId })) as { messages: Array<{ text: string }> }
    expect(reread.messages.map((m) => m.text)).toEqual(['first, through the port', 'sent as the app quits'])
    await again.sup.stop()
  })
})
