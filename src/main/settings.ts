/**
 * The desktop shell's own settings (settings.json in the profile): how notifications speak, whether
 * closing the window keeps Hearth in the tray, and where the window was. Main's business only: no
 * room data. Every field is checked on load; a field that is wrong falls back to its default alone,
 * and a file that is not JSON is kept beside (settings.json.unreadable) rather than overwritten
 * unseen. Writes go through a temporary file and a rename, so a crash never leaves half a file.
 */
import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

/** 'off': no notifications; 'private': only that something arrived; 'room': the room's name; 'preview': its text too. */
export const NotificationMode = z.enum(['off', 'private', 'room', 'preview'])
export type NotificationMode = z.infer<typeof NotificationMode>

const Pixels = z.number().int().min(-100_000).max(100_000)
export const WindowState = z.object({
  x: Pixels,
  y: Pixels,
  width: z.number().int().min(200).max(100_000),
  height: z.number().int().min(200).max(100_000),
  maximized: z.boolean()
})
export type WindowState = z.infer<typeof WindowState>

const FIELDS = {
  notifications: NotificationMode,
  closeToTray: z.boolean(),
  window: WindowState.nullable()
}
export type Settings = { [K in keyof typeof FIELDS]: z.infer<(typeof FIELDS)[K]> }
export const DEFAULT_SETTINGS: Settings = { notifications: 'private', closeToTray: false, window: null }

/** Each field checked on its own: one bad field does not cost the others. Unknown fields are dropped. */
export function parseSettings(raw: unknown, log: (m: string) => void = () => {}): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS }
  const given = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {}
  for (const key of Object.keys(FIELDS) as Array<keyof Settings>) {
    if (!Object.hasOwn(given, key)) continue
    const checked = FIELDS[key].safeParse(given[key])
    if (checked.success) (out as Record<string, unknown>)[key] = checked.data
    else log(`settings: ignored a malformed ${key}, using the default`)
  }
  return out
}

export class SettingsStore {
  private value: Settings
  private readonly file: string
  private writing: Promise<void> = Promise.resolve()
  private readonly listeners = new Set<(s: Settings) => void>()

  constructor(
    dir: string,
    private readonly log: (m: string) => void = () => {}
  ) {
    this.file = path.join(dir, 'settings.json')
    this.value = this.load()
  }

  get(): Settings {
    return this.value
  }

  /** Changes some fields (each checked); resolves once they are on disk. */
  update(patch: Partial<Settings>): Promise<void> {
    this.value = parseSettings({ ...this.value, ...patch }, this.log)
    for (const l of this.listeners) l(this.value)
    const snapshot = JSON.stringify(this.value, null, 2) + '\n'
    this.writing = this.writing.then(() => this.write(snapshot)).catch((err) => this.log(`settings: could not save: ${String(err)}`))
    return this.writing
  }

  onChange(listener: (s: Settings) => void): () => void {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  private load(): Settings {
    let text: string
    try {
      text = fs.readFileSync(this.file, 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') this.log(`settings: could not read ${this.file}: ${String(err)}`)
      return { ...DEFAULT_SETTINGS }
    }
    try {
      return parseSettings(JSON.parse(text), this.log)
    } catch {
      const aside = `${this.file}.unreadable`
      this.log(`settings: ${this.file} is not JSON; kept as ${aside}, using the defaults`)
      try {
        fs.renameSync(this.file, aside)
      } catch {}
      return { ...DEFAULT_SETTINGS }
    }
  }

  private async write(text: string): Promise<void> {
    await fs.promises.mkdir(path.dirname(this.file), { recursive: true })
    const tmp = `${this.file}.${process.pid}.tmp`
    await fs.promises.writeFile(tmp, text, { mode: 0o600 })
    await fs.promises.rename(tmp, this.file)
  }
}
