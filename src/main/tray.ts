/**
 * Tray icon with the total unread count. The count is all a glance at the tray reveals: no room
 * names, because a support room's name can say more about someone than they want on screen.
 */
import { Menu, Tray, app, nativeImage } from 'electron'

/** Unread counts per room, summed. Fed by the engine's room.changed events and listRooms. */
export class UnreadCounter {
  private readonly rooms = new Map<string, number>()

  set(roomId: string, unread: number): void {
    this.rooms.set(roomId, Math.max(0, Math.floor(unread) || 0))
  }

  /** Replace everything (after listRooms): rooms that left the device stop counting. */
  replace(rooms: ReadonlyArray<{ roomId: string; unread: number }>): void {
    this.rooms.clear()
    for (const r of rooms) this.set(r.roomId, r.unread)
  }

  get total(): number {
    let n = 0
    for (const v of this.rooms.values()) n += v
    return n
  }
}

export function trayLabel(total: number): { tooltip: string; title: string } {
  if (total <= 0) return { tooltip: 'Hearth', title: '' }
  const shown = total > 99 ? '99+' : String(total)
  return { tooltip: `Hearth: ${shown} unread`, title: shown }
}

export interface TrayHandlers {
  icon: string
  onOpen: () => void
  onGetHelp: () => void
  onQuit: () => void
}

export interface TrayHandle {
  setUnread(total: number): void
  destroy(): void
}

export function createTray(h: TrayHandlers): TrayHandle {
  const image = nativeImage.createFromPath(h.icon).resize({ width: 16, height: 16 })
  const tray = new Tray(image)
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label: 'Open Hearth', click: h.onOpen },
      { label: 'Get help now', click: h.onGetHelp },
      { type: 'separator' },
      { label: 'Quit Hearth', click: h.onQuit }
    ])
  )
  tray.on('click', h.onOpen)
  const setUnread = (total: number) => {
    const label = trayLabel(total)
    tray.setToolTip(label.tooltip)
    if (process.platform === 'darwin') tray.setTitle(label.title)
    // Dock badge on macOS, launcher badge on Unity-like Linux desktops; a no-op elsewhere.
    app.setBadgeCount(Math.max(0, total))
  }
  setUnread(0)
  return { setUnread, destroy: () => tray.destroy() }
}
