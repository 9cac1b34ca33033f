/**
 * Auto-update through electron-updater, from the `publish` feed in electron-builder.yml. OFF until
 * Hearth's builds are signed (AUTO_UPDATE below says why). When on, and only in a packaged app:
 * check once on start, download in the background, then ask (in main's words) whether to restart
 * now; otherwise the update installs when Hearth next quits. Nothing here throws: a failed check
 * or download is logged, and Hearth runs on as it is.
 */
import { dialog, type BrowserWindow } from 'electron'
import type { AppUpdater, UpdateInfo } from 'electron-updater'
import type { Translate } from './i18n/catalog.ts'

/**
 * Off: Hearth's builds are not code-signed yet. Without signatures the only thing vouching for a
 * downloaded update is the server it came from (AppImage and deb updates are checked against a
 * hash the same server serves), so whoever controls the feed or the path to it could run code on
 * the devices of people in distress. Turn it on in the same change that signs the builds
 * (macOS notarisation, Windows publisherName) and points `publish` at the real feed.
 */
export const AUTO_UPDATE = {
  enabled: false,
  reason: 'builds are not signed yet, so an update could not be verified as ours'
} as const

/** The part of electron-updater's AppUpdater this module drives (a fake in tests). */
export type Updater = Pick<AppUpdater, 'autoDownload' | 'autoInstallOnAppQuit' | 'logger' | 'on' | 'checkForUpdates' | 'quitAndInstall'>

export interface UpdateDeps {
  enabled: boolean
  /** electron-updater only works in a packaged app (it reads app-update.yml from resources). */
  isPackaged: boolean
  /** Loaded only when updates are on, so an off build never touches the updater. */
  load?: () => Promise<Updater>
  /** Asks whether to restart now; true restarts into the new version. */
  confirmRestart: (info: Pick<UpdateInfo, 'version'>) => Promise<boolean>
  log: (message: string) => void
}

export type UpdateStart = 'off' | 'not-packaged' | 'checking' | 'failed'

/** electron-updater is CommonJS with a lazy `autoUpdater` getter, so it is reached through `default`. */
export const loadElectronUpdater = async (): Promise<Updater> => (await import('electron-updater')).default.autoUpdater

const describe = (err: unknown) => (err instanceof Error ? err.message : String(err))

export async function startUpdates(d: UpdateDeps): Promise<UpdateStart> {
  if (!d.enabled) {
    d.log(`updates: off (${AUTO_UPDATE.reason})`)
    return 'off'
  }
  if (!d.isPackaged) {
    d.log('updates: on, but this is not a packaged build; not checking')
    return 'not-packaged'
  }
  try {
    const updater = await (d.load ?? loadElectronUpdater)()
    updater.autoDownload = true
    updater.autoInstallOnAppQuit = true
    updater.logger = { info: (m) => d.log(`updates: ${String(m)}`), warn: (m) => d.log(`updates: ${String(m)}`), error: (m) => d.log(`updates: ${String(m)}`) }
    updater.on('error', (err) => d.log(`updates: failed: ${describe(err)}`))
    let asked = false
    updater.on('update-downloaded', (info) => {
      if (asked) return
      asked = true
      d.confirmRestart(info).then(
        (restart) => {
          if (restart) updater.quitAndInstall()
        },
        (err) => d.log(`updates: could not ask to restart: ${describe(err)}`)
      )
    })
    const result = await updater.checkForUpdates()
    // The background download's promise rejects on failure (also reported as 'error'): never unhandled.
    result?.downloadPromise?.catch(() => {})
    return 'checking'
  } catch (err) {
    d.log(`updates: could not check: ${describe(err)}`)
    return 'failed'
  }
}

/** The restart question as a native dialog, worded from main's catalog. */
export function restartPrompt(t: Translate, parent: () => BrowserWindow | null): UpdateDeps['confirmRestart'] {
  return async ({ version }) => {
    const options = {
      type: 'info' as const,
      buttons: [t('update.later'), t('update.restart')],
      defaultId: 1,
      cancelId: 0,
      noLink: true,
      title: t('update.title'),
      message: t('update.message', { version }),
      detail: t('update.detail')
    }
    const win = parent()
    const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options)
    return response === 1
  }
}
