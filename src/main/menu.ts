/**
 * The application menu: the standard roles (so copy/paste/undo and window shortcuts work on every
 * platform) plus "Get help now", reachable from every screen with a shortcut.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron'

export interface MenuOptions {
  isMac: boolean
  isDev: boolean
  onGetHelp: () => void
  onAbout?: () => void
}

export const GET_HELP_ACCELERATOR = 'CmdOrCtrl+Shift+H'

export function menuTemplate(o: MenuOptions): MenuItemConstructorOptions[] {
  const getHelp: MenuItemConstructorOptions = { label: 'Get help now', accelerator: GET_HELP_ACCELERATOR, click: () => o.onGetHelp() }
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' }
  ]
  // Reload would drop unsent drafts in production; dev tools are for development only.
  if (o.isDev) view.unshift({ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' })
  return [
    ...(o.isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    { label: 'File', submenu: [o.isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
    { role: 'help', submenu: [getHelp, ...(o.onAbout && !o.isMac ? [{ label: 'About Hearth', click: () => o.onAbout?.() }] : [])] }
  ]
}

export function installMenu(o: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(o)))
}
