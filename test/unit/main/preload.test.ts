import { describe, expect, it, vi } from 'vitest'

const electron = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events')
  const exposed: Record<string, unknown> = {}
  const ipc = new EventEmitter()
  const invoke = vi.fn(async (_channel: string, _payload: unknown): Promise<unknown> => ({ ok: true, result: null }))
  return {
    exposed,
    ipc,
    invoke,
    module: {
      contextBridge: {
        exposeInMainWorld: (key: string, api: unknown) => {
          exposed[key] = api
        }
      },
      ipcRenderer: { invoke, on: (c: string, l: (...a: unknown[]) => void) => ipc.on(c, l) }
    }
  }
})
vi.mock('electron', () => electron.module)

await import('../../../src/preload/index.ts')
import type { HearthBridge } from '../../../src/preload/api.d.ts'
import { Channel } from '../../../src/shared/ipc-channels.ts'

const hearth = electron.exposed.hearth as HearthBridge
const roomId = 'yb1nd8rfg8ejkmcpqxot1uwisza345h769yb1nd8rfg8ejkmcpqx'

describe('preload bridge', () => {
  it('exposes only window.hearth, with functions and no ipcRenderer', () => {
    expect(Object.keys(electron.exposed)).toEqual(['hearth'])
    expect(Object.keys(hearth).sort()).toEqual(['call', 'on', 'onDeepLink', 'onEngineState', 'onGetHelp', 'onOpenRoom', 'openExternal', 'submitPassphrase'])
    for (const v of Object.values(hearth)) expect(typeof v).toBe('function')
    expect(JSON.stringify(Object.keys(hearth))).not.toMatch(/ipc|send|invoke/i)
  })

  it('sends every call on the one call channel and unwraps the reply', async () => {
    electron.invoke.mockResolvedValueOnce({ ok: true, result: { rooms: [] } })
    await expect(hearth.call('listRooms', {})).resolves.toEqual({ rooms: [] })
    expect(electron.invoke).toHaveBeenLastCalledWith(Channel.call, { method: 'listRooms', params: {} })
  })

  it('rejects with a plain {name, code, message} object', async () => {
    electron.invoke.mockResolvedValueOnce({ ok: false, error: { code: -32602, message: 'Invalid parameters for getRoom' } })
    await expect(hearth.call('getRoom', { roomId })).rejects.toEqual({ name: 'HearthError', code: -32602, message: 'Invalid parameters for getRoom' })
  })

  it('delivers events by name and unsubscribes', () => {
    const seen: unknown[] = []
    const off = hearth.on('room.changed', (p) => seen.push(p))
    electron.ipc.emit(Channel.event, {}, { event: 'room.changed', payload: { roomId, messageCount: 1, unread: 1 } })
    electron.ipc.emit(Channel.event, {}, { event: 'rooms.changed', payload: {} })
    off()
    electron.ipc.emit(Channel.event, {}, { event: 'room.changed', payload: { roomId, messageCount: 2, unread: 2 } })
    expect(seen).toEqual([{ roomId, messageCount: 1, unread: 1 }])
  })

  it('a throwing listener does not stop the others', () => {
    const ok = vi.fn()
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    const off1 = hearth.onGetHelp(() => {
      throw new Error('boom')
    })
    const off2 = hearth.onGetHelp(ok)
    electron.ipc.emit(Channel.shellEvent, {}, { type: 'get-help' })
    expect(ok).toHaveBeenCalledTimes(1)
    off1()
    off2()
    spy.mockRestore()
  })

  it('pulls a waiting deep link exactly once', async () => {
    electron.invoke.mockImplementation(async (_c, p) => ({
      ok: true,
      result: (p as { op: string }).op === 'takeDeepLink' ? { kind: 'join', invite: 'abcdefghijkl' } : null
    }))
    const links: unknown[] = []
    const off = hearth.onDeepLink((l) => links.push(l))
    await new Promise((r) => setTimeout(r, 0))
    expect(links).toEqual([{ kind: 'join', invite: 'abcdefghijkl' }])
    electron.invoke.mockImplementation(async () => ({ ok: true, result: null }))
    electron.ipc.emit(Channel.shellEvent, {}, { type: 'deep-link' })
    await new Promise((r) => setTimeout(r, 0))
    expect(links).toHaveLength(1)
    off()
  })

  it('openExternal and submitPassphrase go through the shell channel', async () => {
    electron.invoke.mockResolvedValueOnce({ ok: true, result: { opened: false, reason: 'cancelled' } })
    await expect(hearth.openExternal('https://example.org')).resolves.toEqual({ opened: false, reason: 'cancelled' })
    expect(electron.invoke).toHaveBeenLastCalledWith(Channel.shell, { op: 'openExternal', url: 'https://example.org' })
    electron.invoke.mockResolvedValueOnce({ ok: false, error: { code: -32003, message: 'This page is not allowed to talk to Hearth.' } })
    await expect(hearth.submitPassphrase('pw')).resolves.toEqual({ ok: false, error: 'This page is not allowed to talk to Hearth.' })
  })
})
