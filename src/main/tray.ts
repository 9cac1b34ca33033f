/**
 * Tray icon with the total unread count. The count is all a glance at the tray reveals: no room
 * names, because a support room's name can say more about someone than they want on screen.
 */
import { Menu, Tray, app, nativeImage, type MenuItemConstructorOptions } from 'electron'
import { NotificationMode, type Settings } from './settings.ts'
import type { MainMessageId, Translate } from './i18n/catalog.ts'

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

export function trayLabel(total: number, t: Translate): { tooltip: string; title: string } {
  if (total <= 0) return { tooltip: t('tray.tooltip'), title: '' }
  const shown = total > 99 ? '99+' : String(total)
  return { tooltip: t('tray.unread', { count: total, shown }), title: shown }
}

/** The settings the tray's menu shows and changes (settings.ts). */
export interface TraySettings {
  get(): Pick<Settings, 'notifications' | 'closeToTray'>
  update(patch: Partial<Pick<Settings, 'notifications' | 'closeToTray'>>): unknown
  onChange(listener: () => void): () => void
}

export interface TrayHandlers {
  icon: string
  t: Translate
  onOpen: () => void
  onGetHelp: () => void
  onQuit: () => void
  settings?: TraySettings
}

export interface TrayHandle {
  setUnread(total: number): void
  destroy(): void
}

const NOTIFICATION_LABELS: Record<NotificationMode, MainMessageId> = {
  off: 'tray.notify.off',
  private: 'tray.notify.private',
  room: 'tray.notify.room',
  preview: 'tray.notify.preview'
}

export function trayMenuTemplate(h: TrayHandlers): MenuItemConstructorOptions[] {
  const { t, settings: s } = h
  const settingsItems: MenuItemConstructorOptions[] = s
    ? [
        {
          label: t('tray.notifications'),
          submenu: NotificationMode.options.map((mode) => ({
            label: t(NOTIFICATION_LABELS[mode]),
            type: 'radio' as const,
            checked: s.get().notifications === mode,
            click: () => void s.update({ notifications: mode })
          }))
        },
        {
          label: t('tray.closeToTray'),
          type: 'checkbox',
          checked: s.get().closeToTray,
          click: (item) => void s.update({ closeToTray: item.checked })
        },
        { type: 'separator' }
      ]
    : []
  return [
    { label: t('tray.open'), click: h.onOpen },
    { label: t('menu.getHelp'), click: h.onGetHelp },
    { type: 'separator' },
    ...settingsItems,
    { label: t('menu.quit'), click: h.onQuit }
  ]
}

export function createTray(h: TrayHandlers): TrayHandle {
  const image = nativeImage.createFromPath(h.icon).resize({ width: 16, height: 16 })
  const tray = new Tray(image)
  const setMenu = () => tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(h)))
  setMenu()
  const offSettings = h.settings?.onChange(setMenu)
  tray.on('click', h.onOpen)
  const setUnread = (total: number) => {
    const label = trayLabel(total, h.t)
    tray.setToolTip(label.tooltip)
    if (process.platform === 'darwin') tray.setTitle(label.title)
    // Dock badge on macOS, launcher badge on Unity-like Linux desktops; a no-op elsewhere.
    app.setBadgeCount(Math.max(0, total))
  }
  setUnread(0)
  return {
    setUnread,
    destroy: () => {
      offSettings?.()
      tray.destroy()
    }
  }
}
