import type { Browser, Page } from 'playwright-core'
import { axeSerious, openMember, screenshot } from './helpers/browser.ts'
import type { Member } from './helpers/browser.ts'
import type { Engine } from './helpers/engines.ts'
import { composer, msg, waitForMessage } from './helpers/app.ts'
import { layoutProblems } from './pseudo.checks.ts'
import type { Locale } from '../../src/renderer/src/i18n/catalog.ts'

const SIZES = [
  { width: 1280, height: 800 },
  { width: 420, height: 800 },
  { width: 360, height: 800 }
]
const SCHEMES = ['light', 'dark'] as const
const LANGS: Locale[] = ['en', 'es']

interface Ctx {
  browser: Browser
  appUrl: string
  ann: Member
  engine: Engine
  roomId: string
}
type Screen = { name: string; open: (page: Page, l: Locale) => Promise<void> }

const at = (page: Page, hash: string) => page.goto(page.url().replace(/#.*$/, hash))
async function closeDialogs(page: Page): Promise<void> {
  while ((await page.getByRole('dialog').count()) > 0) await page.keyboard.press('Escape')
}

function screens(roomId: string): Screen[] {
  return [
    {
      name: 'rooms',
      open: async (page, l) => {
        await at(page, '#/rooms')
        await page.getByRole('heading', { name: msg('rooms.title', {}, l) }).waitFor()
        await page.getByRole('button', { name: msg('rooms.open', { name: 'Evening circle' }, l) }).waitFor()
      }
    },
    {
      name: 'join-room-error',
      open: async (page, l) => {
        await page
          .getByRole('button', { name: msg('rooms.join', {}, l) })
          .first()
          .click()
        const d = page.getByRole('dialog', { name: msg('joinRoom.title', {}, l) })
        await d.getByLabel(msg('joinRoom.invite', {}, l)).fill('not an invite!')
        await d.getByRole('button', { name: msg('joinRoom.submit', {}, l) }).click()
        await d.getByRole('alert').waitFor()
      }
    },
    {
      name: 'create-room',
      open: async (page, l) => {
        await closeDialogs(page)
        await page
          .getByRole('button', { name: msg('rooms.create', {}, l) })
          .first()
          .click()
        await page.getByRole('dialog', { name: msg('createRoom.title', {}, l) }).waitFor()
      }
    },
    {
      name: 'room',
      open: async (page) => {
        await closeDialogs(page)
        await at(page, `#/room/${roomId}`)
        await waitForMessage(page, 'It does. [6]')
      }
    },
    {
      name: 'room-menu',
      open: async (page, l) => {
        await page.getByRole('button', { name: msg('room.options', {}, l) }).click()
        await page.getByRole('menu').waitFor()
      }
    },
    {
      name: 'room-help-card',
      open: async (page, l) => {
        await page.keyboard.press('Escape')
        await composer(page).fill('I want to kill myself tonight')
        await page.getByRole('region', { name: msg('helpCard.title', {}, l) }).waitFor()
      }
    },
    {
      name: 'help',
      open: async (page, l) => {
        await composer(page).fill('')
        await page.getByRole('button', { name: msg('nav.getHelp', {}, l) }).click()
        await page.getByRole('dialog', { name: msg('help.title', {}, l) }).waitFor()
      }
    },
    {
      name: 'moderation-log',
      open: async (page, l) => {
        await closeDialogs(page)
        await page.getByRole('button', { name: msg('room.options', {}, l) }).click()
        await page.getByRole('menuitem', { name: msg('room.moderationLog', {}, l) }).click()
        await page
          .getByRole('dialog', { name: msg('room.moderationLog', {}, l) })
          .locator('.log-entry')
          .first()
          .waitFor()
      }
    },
    {
      name: 'moderator-members',
      open: async (page, l) => {
        await closeDialogs(page)
        await at(page, `#/moderate/${roomId}/members`)
        await page
          .getByRole('tabpanel', { name: msg('mod.tab.members', {}, l) })
          .locator('.mod-item')
          .first()
          .waitFor()
      }
    },
    {
      name: 'settings',
      open: async (page, l) => {
        await at(page, '#/settings')
        await page.getByRole('heading', { name: msg('settings.title', {}, l) }).waitFor()
      }
    }
  ]
}

/** Switch the app's language the way a person does: in Settings. */
async function chooseLanguage(page: Page, to: Locale, from: Locale): Promise<void> {
  await at(page, '#/settings')
  await page.getByRole('combobox', { name: msg('settings.language', {}, from) }).selectOption(to)
  await page.getByRole('heading', { name: msg('settings.title', {}, to) }).waitFor()
}

/**
 * Screenshots of every main screen at each size, scheme and language, with axe on each; the first
 * run in Spanish comes from the browser's language alone (a fresh profile with locale es-ES).
 * Returns the serious or critical violations and the clipped or overlapping text found, by screenshot name.
 */
export async function screenMatrix({ browser, appUrl, ann, engine, roomId }: Ctx): Promise<Record<string, unknown>> {
  const found: Record<string, unknown> = {}
  const page = ann.page
  const check = async (p: Page, name: string): Promise<void> => {
    const v = await axeSerious(p)
    if (v.length > 0) found[name] = v
    const layout = await layoutProblems(p)
    if (layout.length > 0) found[`${name} layout`] = layout
    await screenshot(p, name)
  }
  let current: Locale = 'en'
  for (const l of LANGS) {
    if (l !== current) await chooseLanguage(page, l, current)
    current = l
    for (const size of SIZES) {
      await page.setViewportSize(size)
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
        for (const s of screens(roomId)) {
          await s.open(page, l)
          await check(page, `${s.name}-${size.width}-${scheme}-${l}`)
        }
        await closeDialogs(page)
      }
    }
    // first run, in a fresh profile whose browser speaks this language
    for (const size of SIZES) {
      for (const scheme of SCHEMES) {
        const fresh = await openMember(browser, appUrl, engine, { viewport: size, colorScheme: scheme, locale: l === 'es' ? 'es-ES' : 'en-GB' })
        await fresh.page.getByRole('heading', { name: msg('firstRun.title', {}, l) }).waitFor()
        await check(fresh.page, `first-run-${size.width}-${scheme}-${l}`)
        await fresh.context.close()
      }
    }
  }
  await chooseLanguage(page, 'en', current)
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' })
  await at(page, `#/room/${roomId}`)
  return found
}
