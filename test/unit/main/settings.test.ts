import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, SettingsStore, parseSettings } from '../../../src/main/settings.ts'
import { tmpDir } from '../../helpers/peers.ts'

const dirs: string[] = []
const dir = () => {
  const d = tmpDir('hearth-settings-')
  dirs.push(d)
  return d
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
})
const file = (d: string) => path.join(d, 'settings.json')

describe('desktop settings', () => {
  it('starts from the defaults: private notifications, closing quits, no remembered window', () => {
    expect(new SettingsStore(dir()).get()).toEqual({ notifications: 'private', closeToTray: false, window: null })
  })

  it('keeps each good field and drops only the bad ones, saying which', () => {
    const logged: string[] = []
    const got = parseSettings({ notifications: 'shout', closeToTray: true, window: { x: 1, y: 2, width: 50, height: 900, maximized: false }, extra: 1 }, (m) =>
      logged.push(m)
    )
    expect(got).toEqual({ ...DEFAULT_SETTINGS, closeToTray: true })
    expect(logged.join('\n')).toMatch(/malformed notifications/)
    expect(logged.join('\n')).toMatch(/malformed window/)
    for (const junk of [null, 42, 'x', [1], { __proto__: { closeToTray: true } }]) expect(parseSettings(junk)).toEqual(DEFAULT_SETTINGS)
  })

  it('saves changes atomically, readable only by this user, and reads them back', async () => {
    const d = dir()
    const store = new SettingsStore(d)
    const seen: string[] = []
    store.onChange((s) => seen.push(s.notifications))
    const window = { x: -1200, y: 40, width: 1000, height: 700, maximized: true }
    await Promise.all([store.update({ notifications: 'off' }), store.update({ window })])
    expect(seen).toEqual(['off', 'off'])
    expect(fs.statSync(file(d)).mode & 0o777).toBe(0o600)
    expect(fs.readdirSync(d)).toEqual(['settings.json']) // no temporary file left behind
    expect(new SettingsStore(d).get()).toEqual({ notifications: 'off', closeToTray: false, window })
  })

  it('refuses a bad value in an update and keeps the rest', async () => {
    const d = dir()
    const store = new SettingsStore(d)
    await store.update({ closeToTray: true, notifications: 'loud' as never })
    expect(new SettingsStore(d).get()).toEqual({ ...DEFAULT_SETTINGS, closeToTray: true })
  })

  it('keeps a file that is not JSON aside instead of overwriting it unseen', () => {
    const d = dir()
    fs.writeFileSync(file(d), '{"notifications": "off", oops')
    const logged: string[] = []
    expect(new SettingsStore(d, (m) => logged.push(m)).get()).toEqual(DEFAULT_SETTINGS)
    expect(fs.readFileSync(`${file(d)}.unreadable`, 'utf8')).toBe('{"notifications": "off", oops')
    expect(logged.join('\n')).toMatch(/not JSON; kept as .*settings\.json\.unreadable/)
  })
})
