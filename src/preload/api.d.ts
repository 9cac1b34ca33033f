/**
 * The type of `window.hearth`, for the renderer. Inside Electron the preload provides it; in
 * browser tests it is absent (window.hearth is undefined) and the UI uses its WebSocket client.
 */
import type { HearthClient } from '../shared/api/index.ts'
import type { DeepLink, EngineState, OpenExternalReply } from '../shared/ipc-channels.ts'

export type { DeepLink, EngineState, OpenExternalReply }

/**
 * Rejections of `call` are plain objects {name: 'HearthError', code, message} (Electron's
 * contextBridge drops custom properties of Error objects), so read `err.code` / `err.message`.
 */
export interface HearthBridge extends HearthClient {
  /** Engine health: 'starting' | 'up' | 'down' (with retry time) | 'locked' | 'stopped'. Called at once with the current state. */
  onEngineState(listener: (state: EngineState) => void): () => void
  /** A hearth://join/<invite> link to show in the join flow (never joined automatically). */
  onDeepLink(listener: (link: DeepLink) => void): () => void
  /** The menu, tray or shortcut asked for "Get help now". */
  onGetHelp(listener: () => void): () => void
  /** A notification was clicked: show this room. */
  onOpenRoom(listener: (roomId: string) => void): () => void
  /** Open a link outside the app after the shell's checks and the person's confirmation. */
  openExternal(url: string): Promise<OpenExternalReply>
  /** Used by the shell's own passphrase window only; elsewhere it is refused. */
  submitPassphrase(passphrase: string | null): Promise<{ ok: boolean; error?: string }>
}

declare global {
  interface Window {
    hearth?: HearthBridge
  }
}
