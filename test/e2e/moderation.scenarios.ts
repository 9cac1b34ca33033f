import { expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startEngine } from './helpers/engines.ts'
import type { Engine } from './helpers/engines.ts'
import { openMember, screenshot } from './helpers/browser.ts'
import type { Member } from './helpers/browser.ts'
import { composer, finishFirstRun, joinRoom, msg, post, waitForMessage } from './helpers/app.ts'
import type { Tab } from '../../src/renderer/src/moderator/sections.ts'

interface Ctx {
  browser: Browser
  appUrl: string
  bootstrap: string
  engines: Engine[]
  ann: Member
  ben: Member
  invite: string
  roomId: string
}

const T = 90_000
declare const document: any // page-side code below (this file is type-checked without DOM types)

async function openConsole(page: Page, roomId: string, tab: Tab): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, `#/moderate/${roomId}/${tab}`))
  // the tool's own panel (it sits inside its section's panel)
  await page.getByRole('tabpanel', { name: msg(`mod.tab.${tab}`) }).waitFor()
}
async function backToRoom(page: Page, roomId: string): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, `#/room/${roomId}`))
  await composer(page).waitFor()
}
const gone = (page: Page, text: string) =>
  page.waitForFunction((t: string) => ![...document.querySelectorAll('.message-list .peer-text')].some((e: any) => (e.textContent ?? '').includes(t)), text, {
    timeout: T
  })
/** The member's own standing notice, once it says `text` (bounded wait). */
const notice = (page: Page, text: string) => page.locator('.standing', { hasText: text }).waitFor({ timeout: T })

/** Moderation as the moderator does it and as the member sees it (issues 5 and 16). */
export function moderationScenarios(ctx: () => Ctx): void {
  let troll: Member | null = null

  async function trollJoins(): Promise<Member> {
    if (troll) return troll
    const c = ctx()
    const engine = await startEngine(c.bootstrap, 'troll')
    c.engines.push(engine)
    troll = await openMember(c.browser, c.appUrl, engine)
    await finishFirstRun(troll.page)
    await joinRoom(troll.page, c.invite, 'Troll')
    return troll
  }

  it('a new guidelines version blocks posting until accepted', async () => {
    const { ann, ben, roomId } = ctx()
    await openConsole(ann.page, roomId, 'guidelines')
    await ann.page.getByLabel(msg('mod.guidelinesText')).fill('Be kind. No advice about methods of self-harm. What is said here stays here.')
    await ann.page.getByRole('button', { name: msg('mod.publish') }).click()
    await ann.page.getByText(msg('mod.published')).waitFor({ timeout: T })
    await backToRoom(ann.page, roomId)

    const gate = ben.page.getByRole('dialog', { name: msg('guidelines.gateTitle') })
    await gate.waitFor({ timeout: T })
    await expect(gate.textContent()).resolves.toContain('No advice about methods')
    await gate.getByText(msg('guidelines.newVersion')).waitFor()
    await screenshot(ben.page, 'guidelines-gate-light')
    await gate.getByRole('button', { name: msg('guidelines.later') }).click()
    await composer(ben.page).fill('Can I post before accepting?')
    await composer(ben.page).press('Enter')
    // the composer says why, in its one place for errors, and keeps the draft
    await ben.page
      .locator('.composer')
      .getByRole('alert')
      .filter({ hasText: msg('guidelines.mustAccept') })
      .waitFor()
    await expect(composer(ben.page).inputValue()).resolves.toBe('Can I post before accepting?')
    await ben.page.getByRole('button', { name: msg('guidelines.review') }).click()
    await gate.getByRole('button', { name: msg('guidelines.accept') }).click()
    await gate.waitFor({ state: 'detached' })
    await composer(ben.page).press('Enter')
    await waitForMessage(ann.page, 'Can I post before accepting?')
  }, 240_000)

  it('a report reaches the moderator inbox', async () => {
    const { ann, ben, roomId } = ctx()
    const t = await trollJoins()
    await post(t.page, 'nobody here cares about you')
    await waitForMessage(ben.page, 'nobody here cares about you')
    const row = ben.page.locator('.msg', { hasText: 'nobody here cares about you' })
    await row.hover()
    await row.getByRole('button', { name: msg('message.actionsFor', { name: 'Troll' }) }).click()
    await ben.page.getByRole('menuitem', { name: msg('message.report') }).click()
    const dialog = ben.page.getByRole('dialog', { name: msg('report.title') })
    await dialog.getByLabel(msg('report.reason.harassment')).check()
    await dialog.getByLabel(msg('report.details')).fill('cruel to a newcomer')
    await dialog.getByRole('button', { name: msg('report.submit') }).click()
    await dialog.getByText(msg('report.sent')).waitFor({ timeout: T })
    await dialog
      .getByRole('button', { name: msg('common.close') })
      .first()
      .click()

    await openConsole(ann.page, roomId, 'reports')
    await ann.page.getByText('cruel to a newcomer', { exact: false }).waitFor({ timeout: T })
    await screenshot(ann.page, 'moderator-reports-light')
    await backToRoom(ann.page, roomId)
  }, 240_000)

  it('a timed mute: the member sees the reason and what remains; the notice clears when lifted', async () => {
    const { ann, roomId } = ctx()
    const t = await trollJoins()
    await openConsole(ann.page, roomId, 'members')
    await ann.page.getByRole('button', { name: msg('mod.muteNamed', { name: 'Troll' }) }).click({ timeout: T })
    const dialog = ann.page.getByRole('dialog', { name: msg('mod.muteTitle', { name: 'Troll' }) })
    await dialog.getByLabel(msg('mod.muteFor.h1')).check()
    await dialog.getByLabel(msg('mod.reason')).fill('cooling off')
    await dialog.getByRole('button', { name: msg('mod.mute') }).click()
    await dialog.waitFor({ state: 'detached', timeout: T })

    await notice(t.page, msg('standing.mutedTitle'))
    await notice(t.page, 'cooling off')
    // a post is refused, the draft stays, and the engine's answer tells how long is left
    await composer(t.page).fill('let me talk')
    await composer(t.page).press('Enter')
    await t.page.locator('.standing', { hasText: msg('standing.until', { when: '@' }).split('@')[0].trim() }).waitFor({ timeout: T })
    await expect(composer(t.page).inputValue()).resolves.toBe('let me talk')
    await screenshot(t.page, 'member-muted-light')

    await ann.page.getByRole('button', { name: msg('mod.unmuteNamed', { name: 'Troll' }) }).click({ timeout: T })
    await t.page.locator('.standing.lifted').waitFor({ timeout: T })
    await expect(t.page.locator('.standing', { hasText: msg('standing.mutedTitle') }).count()).resolves.toBe(0)
    await composer(t.page).fill('')
    await backToRoom(ann.page, roomId)
  }, 240_000)

  it('a moderator blocks a troll: the posts disappear for others, the member is told why, and a post is refused', async () => {
    const { ann, ben, roomId } = ctx()
    const t = await trollJoins()
    await post(t.page, 'BUY CHEAP FOLLOWERS NOW')
    await waitForMessage(ben.page, 'BUY CHEAP FOLLOWERS NOW')
    await waitForMessage(ann.page, 'BUY CHEAP FOLLOWERS NOW')

    await openConsole(ann.page, roomId, 'members')
    await ann.page.getByRole('button', { name: msg('mod.blockNamed', { name: 'Troll' }) }).click({ timeout: T })
    const dialog = ann.page.getByRole('dialog', { name: msg('mod.blockTitle', { name: 'Troll' }) })
    await dialog.getByLabel(msg('mod.reason')).fill('spam and cruelty')
    await dialog.getByRole('button', { name: msg('mod.block') }).click()
    await dialog.waitFor({ state: 'detached', timeout: T })
    await screenshot(ann.page, 'moderator-members-blocked-light')

    await gone(ben.page, 'BUY CHEAP FOLLOWERS NOW')
    await notice(t.page, msg('standing.blockedTitle'))
    await notice(t.page, 'spam and cruelty')
    // a new post from the blocked member is refused where it is written: the draft stays, nothing arrives
    const attempts = Number(await t.page.locator('.composer').getAttribute('data-attempts'))
    await composer(t.page).fill('am I still here?')
    await composer(t.page).press('Enter')
    await t.page.locator(`.composer[data-attempts="${attempts + 1}"]`).waitFor({ timeout: T })
    await expect(composer(t.page).inputValue()).resolves.toBe('am I still here?')
    await expect(ben.page.locator('.message-list').textContent()).resolves.not.toContain('am I still here?')
    await screenshot(t.page, 'member-blocked-light')
    await backToRoom(ann.page, roomId)
  }, 240_000)
}
