/**
 * Window-state memory: the main window opens where it was, at the size it had, unless that place is
 * no longer on any screen (a monitor was unplugged), where it opens at its default size instead.
 */
import type { WindowState } from './settings.ts'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** How much of the saved window must lie on one screen's work area to be used (px). */
const MIN_VISIBLE = { width: 120, height: 80 }

/** The bounds to open with: the saved ones if enough of them is on a screen, else none (defaults). */
export function restoredBounds(saved: WindowState | null, workAreas: readonly Rect[]): Rect | null {
  if (!saved) return null
  const visible = workAreas.some((a) => {
    const w = Math.min(saved.x + saved.width, a.x + a.width) - Math.max(saved.x, a.x)
    const h = Math.min(saved.y + saved.height, a.y + a.height) - Math.max(saved.y, a.y)
    return w >= MIN_VISIBLE.width && h >= MIN_VISIBLE.height
  })
  return visible ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height } : null
}

/** The part of Electron's BrowserWindow this needs. */
export interface WindowLike {
  getNormalBounds(): Rect
  isMaximized(): boolean
  on(event: 'close', listener: () => void): unknown
}

/** Saves the window's normal (unmaximized) bounds and whether it was maximized, when it closes. */
export function rememberWindowState(win: WindowLike, save: (state: WindowState) => void): void {
  win.on('close', () => {
    const b = win.getNormalBounds()
    save({ x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height), maximized: win.isMaximized() })
  })
}
