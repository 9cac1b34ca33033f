/**
 * The renderer -> main bridge. Two invoke channels: `hearth:call` carries {method, params} for
 * every contract method, `hearth:shell` the few desktop-only operations. Main checks who sent a
 * message (our own top frame) and its envelope (`CallPayload`, `ShellPayload`) before anything
 * runs. A call's method and params go on to the engine as they are: the engine's dispatch
 * validates them against the contract, once, for every transport (docs/architecture.md,
 * "Boundaries"). Replies are data ({ok, result} | {ok:false, error}), so a bad message gets an
 * error and nothing crashes.
 */
import type { IpcMainInvokeEvent } from 'electron'
import { ErrorCode } from '../shared/api/index.ts'
import { CallPayload, ShellPayload, describeIssues } from '../shared/ipc-protocol.ts'
import { toWireError } from '../shared/rpc/messages.ts'
import { Channel, type CallReply } from '../shared/ipc-channels.ts'

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void
  removeHandler(channel: string): void
}

export interface IpcDeps {
  ipcMain: IpcMainLike
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean
  /** Run a contract method (the engine supervisor). */
  call: (method: string, params: unknown) => Promise<unknown>
  /** Run a desktop-only operation. */
  shell: (request: ShellPayload, event: IpcMainInvokeEvent) => Promise<unknown> | unknown
  log?: (message: string) => void
}

const fail = (code: number, message: string): CallReply => ({ ok: false, error: { code, message } })
const untrusted = () => fail(ErrorCode.NotAllowed, 'This page is not allowed to talk to Hearth.')

export async function handleCall(deps: IpcDeps, event: IpcMainInvokeEvent, payload: unknown): Promise<CallReply> {
  if (!deps.isTrustedSender(event)) {
    deps.log?.(`refused ${Channel.call} from an untrusted frame`)
    return untrusted()
  }
  const envelope = CallPayload.safeParse(payload)
  if (!envelope.success) return fail(ErrorCode.InvalidRequest, `Malformed call: ${describeIssues(envelope.error)}`)
  const { method, params } = envelope.data
  try {
    return { ok: true, result: await deps.call(method, params ?? {}) }
  } catch (err) {
    return { ok: false, error: toWireError(err) }
  }
}

export async function handleShell(deps: IpcDeps, event: IpcMainInvokeEvent, payload: unknown): Promise<CallReply> {
  if (!deps.isTrustedSender(event)) {
    deps.log?.(`refused ${Channel.shell} from an untrusted frame`)
    return untrusted()
  }
  const parsed = ShellPayload.safeParse(payload)
  if (!parsed.success) return fail(ErrorCode.InvalidRequest, `Malformed request: ${describeIssues(parsed.error)}`)
  try {
    return { ok: true, result: await deps.shell(parsed.data, event) }
  } catch (err) {
    return { ok: false, error: toWireError(err) }
  }
}

/** Install both handlers; returns a function that removes them (used on shutdown and in tests). */
export function registerIpc(deps: IpcDeps): () => void {
  // Extra arguments beyond the one payload are ignored, never spread into calls.
  deps.ipcMain.handle(Channel.call, (event, payload) => handleCall(deps, event, payload))
  deps.ipcMain.handle(Channel.shell, (event, payload) => handleShell(deps, event, payload))
  return () => {
    deps.ipcMain.removeHandler(Channel.call)
    deps.ipcMain.removeHandler(Channel.shell)
  }
}
