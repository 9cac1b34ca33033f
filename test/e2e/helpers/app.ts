import type { Page } from 'playwright-core'
import { en } from '../../../src/renderer/src/strings/en.ts'

export { en }
// the functions passed to waitForFunction run in the page (this file is type-checked without DOM types)
declare const document: any
const T = 90_000

/** Dismiss the first-run screen if it is showing. */
export async function finishFirstRun(page: Page): Promise<void> {
  const start = page.getByRole('button', { name: en.firstRun.start })
  await start.waitFor({ timeout: 20_000 })
  await start.click()
  await page.getByRole('heading', { name: en.rooms.title }).waitFor()
}

export const roomIdOf = (page: Page): string => /#\/(?:room|moderate)\/([^/]+)/.exec(page.url())?.[1] ?? ''

/** Create a room through the UI; returns the invite shown to the owner. */
export async function createRoom(page: Page, name: string, displayName: string): Promise<{ invite: string; roomId: string }> {
  await page.getByRole('button', { name: en.rooms.create }).click()
  const dialog = page.getByRole('dialog', { name: en.createRoom.title })
  await dialog.getByLabel(en.createRoom.name).fill(name)
  await dialog.getByLabel(en.createRoom.displayName).fill(displayName)
  await dialog.getByRole('button', { name: en.createRoom.submit }).click()
  const created = page.getByRole('dialog', { name: en.createRoom.inviteTitle })
  const invite = await created.getByLabel(en.createRoom.inviteLabel).inputValue({ timeout: T })
  await created.getByRole('button', { name: en.createRoom.goToRoom }).click()
  await page.waitForURL(/#\/room\//)
  return { invite, roomId: roomIdOf(page) }
}

/** Join with an invite through the UI and wait until the room can be posted in. */
export async function joinRoom(page: Page, invite: string, displayName: string): Promise<string> {
  await page.getByRole('button', { name: en.rooms.join }).click()
  const dialog = page.getByRole('dialog', { name: en.joinRoom.title })
  await dialog.getByLabel(en.joinRoom.invite).fill(invite)
  await dialog.getByLabel(en.joinRoom.displayName).fill(displayName)
  await dialog.getByRole('button', { name: en.joinRoom.submit }).click()
  await page.waitForURL(/#\/room\//, { timeout: T })
  await composer(page).waitFor()
  await page.waitForFunction(
    () => {
      const t = document.querySelector('.composer textarea')
      return t !== null && !t.disabled
    },
    undefined,
    { timeout: T }
  )
  return roomIdOf(page)
}

export const composer = (page: Page) => page.locator('.composer textarea')
export const messageLog = (page: Page) => page.getByRole('log', { name: en.room.messages })

/** Post through the composer and wait until the engine confirmed it (the draft clears). */
export async function post(page: Page, text: string): Promise<void> {
  const box = composer(page)
  await box.fill(text)
  await box.press('Enter')
  await page.waitForFunction(() => document.querySelector('.composer textarea')?.value === '', undefined, { timeout: T })
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
  if (how === 'click') await page.getByRole('button', { name: en.nav.getHelp }).first().click()
  else if (how === 'F1') await page.keyboard.press('F1')
  else await page.keyboard.press('Control+Shift+H')
  const dialog = page.getByRole('dialog', { name: en.help.title })
  await dialog.waitFor({ timeout: 10_000 })
  await dialog.locator('.emergency').waitFor()
  await dialog.getByRole('heading', { level: 3 }).first().waitFor()
  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'detached' })
}
