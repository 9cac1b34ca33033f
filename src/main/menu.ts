/**
 * The application menu: the standard roles (so copy/paste/undo and window shortcuts work on every
 * platform) plus "Get help now", reachable from every screen with a shortcut. Every label comes
 * from main's catalog: Electron would otherwise show its role labels in English.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { MainMessageId, Translate } from './i18n/catalog.ts'

export interface MenuOptions {
  isMac: boolean
  isDev: boolean
  t: Translate
  onGetHelp: () => void
  onAbout?: () => void
}

export const GET_HELP_ACCELERATOR = 'CmdOrCtrl+Shift+H'

type Role = NonNullable<MenuItemConstructorOptions['role']>
const SEPARATOR: MenuItemConstructorOptions = { type: 'separator' }

export function menuTemplate(o: MenuOptions): MenuItemConstructorOptions[] {
  const { t } = o
  const item = (role: Role, id: MainMessageId): MenuItemConstructorOptions => ({ role, label: t(id) })
  const getHelp: MenuItemConstructorOptions = { label: t('menu.getHelp'), accelerator: GET_HELP_ACCELERATOR, click: () => o.onGetHelp() }
  const view: MenuItemConstructorOptions[] = [
    item('resetZoom', 'menu.resetZoom'),
    item('zoomIn', 'menu.zoomIn'),
    item('zoomOut', 'menu.zoomOut'),
    SEPARATOR,
    item('togglefullscreen', 'menu.fullScreen')
  ]
  // Reload would drop unsent drafts in production; dev tools are for development only.
  if (o.isDev) view.unshift(item('reload', 'menu.reload'), item('toggleDevTools', 'menu.devTools'), SEPARATOR)
  const edit: MenuItemConstructorOptions[] = [
    item('undo', 'menu.undo'),
    item('redo', 'menu.redo'),
    SEPARATOR,
    item('cut', 'menu.cut'),
    item('copy', 'menu.copy'),
    item('paste', 'menu.paste'),
    item('delete', 'menu.delete'),
    SEPARATOR,
    item('selectAll', 'menu.selectAll')
  ]
  const windowItems: MenuItemConstructorOptions[] = o.isMac
    ? [item('minimize', 'menu.minimize'), item('zoom', 'menu.zoom'), SEPARATOR, item('front', 'menu.front')]
    : [item('minimize', 'menu.minimize'), item('close', 'menu.close')]
  const appMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    label: t('app.name'),
    submenu: [
      item('about', 'menu.about'),
      SEPARATOR,
      item('services', 'menu.services'),
      SEPARATOR,
      item('hide', 'menu.hide'),
      item('hideOthers', 'menu.hideOthers'),
      item('unhide', 'menu.showAll'),
      SEPARATOR,
      item('quit', 'menu.quit')
    ]
  }
  return [
    ...(o.isMac ? [appMenu] : []),
    { label: t('menu.file'), submenu: [o.isMac ? item('close', 'menu.close') : item('quit', 'menu.quit')] },
    { role: 'editMenu', label: t('menu.edit'), submenu: edit },
    { label: t('menu.view'), submenu: view },
    { role: 'windowMenu', label: t('menu.window'), submenu: windowItems },
    {
      role: 'help',
      label: t('menu.help'),
      submenu: [getHelp, ...(o.onAbout && !o.isMac ? [{ label: t('menu.about'), click: () => o.onAbout?.() }] : [])]
    }
  ]
}

export function installMenu(o: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(o)))
}
