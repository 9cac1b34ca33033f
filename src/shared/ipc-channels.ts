/**
 * Names and shapes that cross the renderer <-> main boundary in the desktop app.
 * No imports on purpose: the sandboxed preload bundles this file and must stay tiny.
 */
export const Channel = {
  /** invoke: {method, params} -> CallReply. One channel for every contract method. */
  call: 'hearth:call',
  /** invoke: ShellRequest -> reply. Desktop-only operations (links, deep links, passphrase). */
  shell: 'hearth:shell',
  /** main -> renderer: {event, payload} for contract events. */
  event: 'hearth:event',
  /** main -> renderer: ShellEvent. */
  shellEvent: 'hearth:shell-event'
} as const

/** The reply of `hearth:call`: errors travel as data because ipcMain.handle drops error codes. */
export type CallReply = { ok: true; result: unknown } | { ok: false; error: { code: number; message: string; data?: unknown } }

/** The engine's health as the UI sees it. */
export type EngineState =
  | { state: 'starting' }
  | { state: 'up' }
  | { state: 'down'; reason: string; retryInMs: number | null }
  | { state: 'locked'; reason: string }
  | { state: 'stopped' }

/** A parsed `hearth://` link. Only joining exists today. */
export interface DeepLink {
  kind: 'join'
  invite: string
}

export type ShellEvent =
  | { type: 'engine'; engine: EngineState }
  /** A deep link is waiting: the preload fetches it with {op:'takeDeepLink'} so it is handled once. */
  | { type: 'deep-link' }
  | { type: 'get-help' }
  | { type: 'open-room'; roomId: string }

export interface OpenExternalReply {
  opened: boolean
  reason?: string
}

export type ShellRequest =
  { op: 'state' } | { op: 'takeDeepLink' } | { op: 'openExternal'; url: string } | { op: 'submitPassphrase'; passphrase: string | null }
