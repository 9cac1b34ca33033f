import type { Page } from 'playwright-core'
import { createIntl } from 'react-intl'
import { catalogFor } from '../../../src/renderer/src/i18n/catalog.ts'
import type { Locale, MessageId } from '../../../src/renderer/src/i18n/catalog.ts'

const intls = new Map<Locale, ReturnType<typeof createIntl>>()
/** A message from the app's catalog, as the page shows it (English unless a locale is given). */
export function msg(id: MessageId, values?: Record<string, string | number>, locale: Locale = 'en'): string {
  let intl = intls.get(locale)
  if (!intl) {
    intl = createIntl({ locale: locale === 'es' ? 'es' : 'en', messages: catalogFor(locale) })
    intls.set(locale, intl)
  }
  return intl.formatMessage({ id }, values)
}
// the functions passed to waitForFunction run in the page (this file is type-checked without DOM types)
declare const document: any
const T = 90_000

/** Dismiss the first-run screen if it is showing. */
export async function finishFirstRun(page: Page): Promise<void> {
  const start = page.getByRole('button', { name: msg('firstRun.start') })
  await start.waitFor({ timeout: 20_000 })
  await start.click()
  await page.getByRole('heading', { name: msg('rooms.title') }).waitFor()
}

export const roomIdOf = (page: Page): string => /#\/(?:room|moderate)\/([^/]+)/.exec(page.url())?.[1] ?? ''

/** Create a room through the UI; returns the short invite link shown to the owner (joining with it looks it up on the DHT). */
export async function createRoom(page: Page, name: string, displayName: string): Promise<{ invite: string; roomId: string }> {
  await page.getByRole('button', { name: msg('rooms.create') }).click()
  const dialog = page.getByRole('dialog', { name: msg('createRoom.title') })
  await dialog.getByLabel(msg('createRoom.name')).fill(name)
  await dialog.getByLabel(msg('createRoom.displayName')).fill(displayName)
  await dialog.getByRole('button', { name: msg('createRoom.submit') }).click()
  const created = page.getByRole('dialog', { name: msg('createRoom.inviteTitle') })
  const invite = await created.getByLabel(msg('invite.link')).inputValue({ timeout: T })
  await created.getByRole('button', { name: msg('createRoom.goToRoom') }).click()
  await page.waitForURL(/#\/room\//)
  return { invite, roomId: roomIdOf(page) }
}

/** Join with an invite through the UI, accept the room's guidelines, and wait until the room can be posted in. */
export async function joinRoom(page: Page, invite: string, displayName: string): Promise<string> {
  await page.getByRole('button', { name: msg('rooms.join') }).click()
  const dialog = page.getByRole('dialog', { name: msg('joinRoom.title') })
  await dialog.getByLabel(msg('joinRoom.invite')).fill(invite)
  await dialog.getByLabel(msg('joinRoom.displayName')).fill(displayName)
  await dialog.getByRole('button', { name: msg('joinRoom.submit') }).click()
  await page.waitForURL(/#\/room\//, { timeout: T })
  // rooms made by createRoom start with Hearth's suggested guidelines: the gate opens once they sync
  const gate = page.getByRole('dialog', { name: msg('guidelines.gateTitle') })
  await gate.getByRole('button', { name: msg('guidelines.accept') }).click({ timeout: T })
  await gate.waitFor({ state: 'detached' })
  await composer(page).waitFor()
  await composerWritable(page)
  return roomIdOf(page)
}

/**
 * Wait until the composer can be written in: this device is a writer of the room, so the note
 * saying it cannot post yet is gone (a draft sent before that is kept, not sent).
 */
export async function composerWritable(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const t = document.querySelector('.composer textarea')
      return t !== null && !t.disabled && document.querySelector('.composer .composer-not-writable') === null
    },
    undefined,
    { timeout: T }
  )
}

export const composer = (page: Page) => page.locator('.composer textarea')
export const messageLog = (page: Page) => page.getByRole('log', { name: msg('room.messages') })

/** Post through the composer and wait until the engine confirmed it (the draft clears). */
export async function post(page: Page, text: string): Promise<void> {
  const box = composer(page)
  await box.fill(text)
  await box.press('Enter')
  await page
    .waitForFunction(() => document.querySelector('.composer textarea')?.value === '', undefined, { timeout: T })
    .catch(async (err) => {
      // say what the page showed instead (a refusal, a help card), not only that the draft stayed
      const shown = await page.evaluate(() => [...document.querySelectorAll('[role=alert], [role=alertdialog], [role=dialog]')].map((e) => e.textContent))
      throw new Error(`the draft "${text}" was not confirmed: ${(err as Error).message}; the page shows: ${JSON.stringify(shown)}`)
    })
}

/** Wait until a message containing `text` is in the page's message log. */
export async function waitForMessage(page: Page, text: string, timeout = T): Promise<void> {
  await page.waitForFunction(
    (t: string) => {
      const list = document.querySelector('.message-list')
      if (list) list.scrollTop = list.scrollHeight // newest rows are the ones rendered at the bottom
      return [...document.querySelectorAll('.message-list .peer-text')].some((e: any) => (e.textContent ?? '').includes(t))
    },
    text,
    { timeout, polling: 250 }
  )
}

/** Open "Get help now" by clicking (or F1), check it shows help, close it with Escape. */
export async function checkHelp(page: Page, how: 'click' | 'F1' | 'ctrl+shift+h'): Promise<void> {
  if (how === 'click')
    await page
      .getByRole('button', { name: msg('nav.getHelp') })
      .first()
      .click()
  else if (how === 'F1') await page.keyboard.press('F1')
  else await page.keyboard.press('Control+Shift+H')
  const dialog = page.getByRole('dialog', { name: msg('help.title') })
  await dialog.waitFor({ timeout: 10_000 })
  await dialog.locator('.emergency').waitFor()
  await dialog.getByRole('heading', { level: 3 }).first().waitFor()
  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'detached' })
}
