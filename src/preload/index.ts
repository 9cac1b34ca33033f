/**
 * The only bridge between the page and the rest of the app: `window.hearth`, a typed client of the
 * one API contract plus a few desktop operations. It runs in a sandboxed preload, so it is bundled
 * to one CommonJS file and may import nothing but `electron` (and our own dependency-free files).
 * ipcRenderer itself is never exposed; every function below sends one fixed channel.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { Channel, type CallReply, type DeepLink, type EngineState, type OpenExternalReply, type ShellEvent, type ShellRequest } from '../shared/ipc-channels.ts'
import type { HearthBridge } from './api.d.ts'

/**
 * contextBridge copies Error objects without custom properties, so failures reach the page as
 * plain {name, code, message, data} objects: `err.code` and `err.data.reason` work as with HearthError.
 */
function unwrap(reply: CallReply): unknown {
  if (reply && reply.ok) return reply.result
  const error: { code: number; message: string; data?: unknown } =
    reply && !reply.ok ? reply.error : { code: -32603, message: 'No reply from Hearth.', data: { reason: 'engine_unavailable' } }
  throw { name: 'HearthError', code: error.code, message: error.message, data: error.data }
}

const call = async (method: string, params: unknown) => unwrap(await ipcRenderer.invoke(Channel.call, { method, params: params ?? {} }))
const shell = async (request: ShellRequest) => unwrap(await ipcRenderer.invoke(Channel.shell, request))

/** One ipcRenderer listener per channel, fanned out to subscribers; each subscribe returns its own off(). */
function fanOut<T>(channel: string) {
  const listeners = new Set<(value: T) => void>()
  ipcRenderer.on(channel, (_event: IpcRendererEvent, value: T) => {
    for (const l of [...listeners]) {
      try {
        l(value)
      } catch (err) {
        console.error(err)
      }
    }
  })
  return (listener: (value: T) => void) => {
    if (typeof listener !== 'function') throw new TypeError('listener must be a function')
    listeners.add(listener)
    return () => void listeners.delete(listener)
  }
}

const onEngineEvent = fanOut<{ event: string; payload: unknown }>(Channel.event)
const onShellEvent = fanOut<ShellEvent>(Channel.shellEvent)

function onShell<T extends ShellEvent['type']>(type: T, listener: (e: Extract<ShellEvent, { type: T }>) => void) {
  return onShellEvent((e) => {
    if (e && e.type === type) listener(e as Extract<ShellEvent, { type: T }>)
  })
}

const deepLinkListeners = new Set<(link: DeepLink) => void>()
async function drainDeepLink() {
  if (deepLinkListeners.size === 0) return
  const link = (await shell({ op: 'takeDeepLink' }).catch(() => null)) as DeepLink | null
  if (link) for (const l of [...deepLinkListeners]) l(link)
}
onShell('deep-link', () => void drainDeepLink())

const hearth: HearthBridge = {
  call: call as HearthBridge['call'],
  on(event, listener) {
    if (typeof event !== 'string') throw new TypeError('event must be a string')
    return onEngineEvent((m) => {
      if (m && m.event === event) (listener as (p: unknown) => void)(m.payload)
    })
  },
  onEngineState(listener) {
    const off = onShell('engine', (e) => listener(e.engine))
    // Late subscribers get the current state at once.
    void shell({ op: 'state' }).then(
      (s) => listener((s as { engine: EngineState }).engine),
      () => {}
    )
    return off
  },
  onDeepLink(listener) {
    deepLinkListeners.add(listener)
    void drainDeepLink()
    return () => void deepLinkListeners.delete(listener)
  },
  onGetHelp: (listener) => onShell('get-help', () => listener()),
  onOpenRoom: (listener) => onShell('open-room', (e) => listener(e.roomId)),
  openExternal: async (url) => (await shell({ op: 'openExternal', url: String(url) })) as OpenExternalReply,
  submitPassphrase: async (passphrase) => {
    try {
      return (await shell({ op: 'submitPassphrase', passphrase: passphrase === null ? null : String(passphrase) })) as { ok: boolean; error?: string }
    } catch (err) {
      return { ok: false, error: (err as { message?: string }).message ?? 'Hearth did not answer.' }
    }
  }
}

contextBridge.exposeInMainWorld('hearth', hearth)
