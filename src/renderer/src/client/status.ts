import type { HearthClient } from '../../../shared/api/index.ts'

export type ConnectionState = { status: 'open' } | { status: 'connecting' } | { status: 'reconnecting'; retryIn: number } | { status: 'closed' }

/** A HearthClient that can also report its connection to the engine, and call methods by name. */
export interface StatusClient extends HearthClient {
  readonly state: ConnectionState
  onStatus(listener: (s: ConnectionState) => void): () => void
  /** Call a method that this build's contract may not list yet (resolves or rejects like `call`). */
  callRaw(method: string, params: unknown): Promise<unknown>
  /** Present inside the desktop app. */
  readonly shell?: ShellHooks
}

/** What the desktop shell adds around the engine (absent in a plain browser). */
export interface ShellHooks {
  /** A hearth://join/<invite> link was opened: show it in the join flow (never join automatically). */
  onDeepLink(listener: (invite: string) => void): () => void
  /** The menu, tray or a global shortcut asked for "Get help now". */
  onGetHelp(listener: () => void): () => void
  /** A notification was clicked: show this room. */
  onOpenRoom(listener: (roomId: string) => void): () => void
  /** Open a link outside the app, after the shell's own checks and the person's confirmation. */
  openExternal(url: string): Promise<{ opened: boolean; reason?: string }>
}
