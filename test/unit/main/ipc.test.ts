import { describe, expect, it, vi } from 'vitest'

// ipc.ts only imports electron types; mock anyway so nothing can ever load the real package.
vi.mock('electron', () => ({}))

import { ErrorCode, HearthError } from '../../../src/shared/api/index.ts'
import { Channel } from '../../../src/shared/ipc-channels.ts'
import { handleCall, handleShell, registerIpc, type IpcDeps } from '../../../src/main/ipc.ts'

const roomId = 'yb1nd8rfg8ejkmcpqxot1uwisza345h769yb1nd8rfg8ejkmcpqx'
const event = (trusted = true) => ({ trusted }) as never

function deps(over: Partial<IpcDeps> = {}): IpcDeps {
  return {
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    isTrustedSender: (e) => (e as unknown as { trusted: boolean }).trusted,
    call: vi.fn(async () => ({ rooms: [] })),
    shell: vi.fn(async () => 'shell-result'),
    ...over
  }
}

describe('hearth:call', () => {
  it('forwards method and params as they are: the engine validates them, once', async () => {
    const d = deps({ call: vi.fn(async () => ({ roomId, invite: 'x' })) })
    const reply = await handleCall(d, event(), { method: 'createRoom', params: { name: '  Night owls  ' } })
    expect(reply).toEqual({ ok: true, result: { roomId, invite: 'x' } })
    expect(d.call).toHaveBeenCalledWith('createRoom', { name: '  Night owls  ' })
  })

  it('refuses untrusted senders before looking at the payload', async () => {
    const d = deps()
    const reply = await handleCall(d, event(false), { method: 'listRooms', params: {} })
    expect(reply).toMatchObject({ ok: false, error: { code: ErrorCode.NotAllowed } })
    expect(d.call).not.toHaveBeenCalled()
  })

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'listRooms'],
    ['an array', ['listRooms', {}]],
    ['a numeric method', { method: 42, params: {} }],
    ['an empty method', { method: '', params: {} }],
    ['extra envelope keys', { method: 'listRooms', params: {}, sudo: true }],
    ['a huge method name', { method: 'x'.repeat(10_000), params: {} }]
  ])('rejects %s (a malformed envelope) without calling the engine', async (_name, payload) => {
    const d = deps()
    const reply = await handleCall(d, event(), payload)
    expect(reply).toMatchObject({ ok: false, error: { code: ErrorCode.InvalidRequest } })
    if (!reply.ok) expect(reply.error.message).toMatch(/\w/)
    expect(d.call).not.toHaveBeenCalled()
  })

  it("passes the engine's refusal of a method or params back with its code and data", async () => {
    const refusal = new HearthError(ErrorCode.InvalidParams, 'Invalid params for postMessage: text: too short', {
      reason: 'invalid_params',
      method: 'postMessage',
      issues: 'text: too short'
    })
    const d = deps({
      call: vi.fn(async () => {
        throw refusal
      })
    })
    const reply = await handleCall(d, event(), { method: 'postMessage', params: { roomId, text: '' } })
    expect(reply).toEqual({ ok: false, error: { code: refusal.code, message: refusal.message, data: refusal.data } })
    expect(d.call).toHaveBeenCalledWith('postMessage', { roomId, text: '' })
  })

  it('keeps the code of engine errors and wraps unexpected ones', async () => {
    const notFound = deps({
      call: async () => {
        throw new HearthError(ErrorCode.NotFound, 'No such room on this device.')
      }
    })
    expect(await handleCall(notFound, event(), { method: 'getRoom', params: { roomId } })).toEqual({
      ok: false,
      error: { code: ErrorCode.NotFound, message: 'No such room on this device.' }
    })
    const boom = deps({
      call: async () => {
        throw new TypeError('x is undefined')
      }
    })
    expect(await handleCall(boom, event(), { method: 'listRooms', params: {} })).toMatchObject({
      ok: false,
      error: { code: ErrorCode.Internal, data: { reason: 'internal' } }
    })
  })

  it('treats missing params as {} for parameterless methods', async () => {
    const d = deps()
    expect(await handleCall(d, event(), { method: 'listRooms' })).toEqual({ ok: true, result: { rooms: [] } })
  })
})

describe('hearth:shell', () => {
  it('accepts the known operations', async () => {
    const d = deps()
    expect(await handleShell(d, event(), { op: 'openExternal', url: 'https://example.org' })).toEqual({ ok: true, result: 'shell-result' })
    expect(d.shell).toHaveBeenCalledWith({ op: 'openExternal', url: 'https://example.org' }, expect.anything())
  })

  it.each([
    ['unknown op', { op: 'exec', cmd: 'rm -rf /' }],
    ['url not a string', { op: 'openExternal', url: { href: 'x' } }],
    ['extra keys', { op: 'state', x: 1 }],
    ['nothing', undefined]
  ])('rejects %s', async (_name, payload) => {
    const d = deps()
    expect(await handleShell(d, event(), payload)).toMatchObject({ ok: false, error: { code: ErrorCode.InvalidRequest } })
    expect(d.shell).not.toHaveBeenCalled()
  })

  it('refuses untrusted senders', async () => {
    const d = deps()
    expect(await handleShell(d, event(false), { op: 'state' })).toMatchObject({ ok: false, error: { code: ErrorCode.NotAllowed } })
  })
})

describe('registerIpc', () => {
  it('registers one handler per channel, ignores extra arguments, and can remove them', async () => {
    const d = deps()
    const off = registerIpc(d)
    const handle = d.ipcMain.handle as ReturnType<typeof vi.fn>
    expect(handle.mock.calls.map((c) => c[0])).toEqual([Channel.call, Channel.shell])
    const callHandler = handle.mock.calls[0][1]
    expect(await callHandler(event(), { method: 'listRooms', params: {} }, 'extra', { evil: true })).toEqual({ ok: true, result: { rooms: [] } })
    off()
    expect(d.ipcMain.removeHandler).toHaveBeenCalledWith(Channel.call)
    expect(d.ipcMain.removeHandler).toHaveBeenCalledWith(Channel.shell)
  })
})
