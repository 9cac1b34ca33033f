import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import type { Engine } from './helpers/engines.ts'
import { startWorld } from './helpers/world.ts'
import type { World } from './helpers/world.ts'
import { hasChromium, openMember, screenshot } from './helpers/browser.ts'
import type { Member } from './helpers/browser.ts'
import { checkHelp, composer, createRoom, finishFirstRun, joinRoom, messageLog, msg, post, waitForMessage } from './helpers/app.ts'
import { engineCalls } from './helpers/api.ts'
import { moderationScenarios } from './moderation.scenarios.ts'

/**
 * The Hearth UI in real Chromium (Debian's, via playwright-core), each page backed by its own real
 * `hearth serve` engine on a private loopback DHT (`hearth bootstrap`). Nothing is faked.
 * Screenshots go to test-results/screenshots/ (every main screen at three sizes: ui.e2e.test.ts).
 */
const runnable = hasChromium() || process.env.CI
if (!runnable) console.warn('renderer e2e skipped: /usr/bin/chromium is missing (apt-get install -y chromium)')

export const HOSTILE = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '<a href="javascript:window.__pwned=3">click me</a> javascript:window.__pwned=4',
  '<iframe src="https://evil.example"></iframe><style>body{display:none}</style>',
  'invoice\u202Efdp.exe',
  'pay\u200Bpal\u2060 \uFEFFlogin'
]

describe.runIf(runnable)('Hearth in Chromium against real engines', () => {
  let world: World
  const engines: Engine[] = []
  let server: World['server']
  let browser: Browser
  let boot: World['boot']
  let ann: Member
  let ben: Member
  let invite = ''
  let roomId = ''

  beforeAll(async () => {
    world = await startWorld()
    ;({ server, browser, boot } = world)
    engines.push(...world.engines)
    world.engines = engines // engines scenarios start are stopped too
    ann = await openMember(browser, server.url, engines[0])
    ben = await openMember(browser, server.url, engines[1])
  }, 240_000)

  afterAll(async () => {
    await world?.stop()
  }, 60_000)

  it('first run explains Hearth; two members chat both ways', async () => {
    await ann.page.getByRole('heading', { name: msg('firstRun.title') }).waitFor()
    await expect(ann.page.getByText(msg('firstRun.privateTitle')).isVisible()).resolves.toBe(true)
    await finishFirstRun(ann.page)
    await finishFirstRun(ben.page)
    const created = await createRoom(ann.page, 'Evening circle', 'Ann')
    invite = created.invite
    roomId = created.roomId
    expect(invite.length).toBeGreaterThan(10)
    await expect(joinRoom(ben.page, invite, 'Ben')).resolves.toBe(created.roomId)

    await post(ben.page, 'Hi Ann, it has been a long day.')
    await waitForMessage(ann.page, 'Hi Ann, it has been a long day.')
    await post(ann.page, 'Welcome Ben. Take your time.')
    await waitForMessage(ben.page, 'Welcome Ben. Take your time.')
    // names and local times are shown
    await expect(ann.page.locator('.msg', { hasText: 'long day' }).locator('.peer-name').textContent()).resolves.toContain('Ben')
    await expect(ann.page.locator('.msg time').first().getAttribute('datetime')).resolves.toMatch(/^\d{4}-\d\d-\d\dT/)
    // the rooms list shows the room with its connection state
    await ben.page.getByRole('button', { name: msg('nav.rooms') }).click()
    await ben.page.getByRole('button', { name: msg('rooms.open', { name: 'Evening circle' }) }).waitFor()
    await ben.page.getByRole('button', { name: msg('rooms.open', { name: 'Evening circle' }) }).click()
    await composer(ben.page).waitFor()
    expect([...ann.errors, ...ben.errors].filter((e) => !/favicon/.test(e))).toEqual([])
  }, 240_000)

  it('hostile message text renders inert', async () => {
    const page = ann.page
    // a 4000-character word (the longest post the contract allows) wraps inside the list
    await post(ben.page, 'W'.repeat(4000))
    await waitForMessage(page, 'WWWWWWWWWW')
    const overflow = await messageLog(page).evaluate((l: { scrollWidth: number; clientWidth: number }) => l.scrollWidth - l.clientWidth)
    expect(overflow).toBeLessThanOrEqual(1)
    // markup, script, javascript: links, bidi overrides and zero-width tricks (each checked as it arrives,
    // while it is among the rows the virtualized list renders)
    for (const text of HOSTILE) {
      await post(ben.page, text)
      await waitForMessage(page, text.slice(0, 3))
    }
    await expect(page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).resolves.toBeUndefined()
    const log = messageLog(page)
    for (const tag of ['script', 'img', 'iframe', 'style', 'a']) {
      await expect(log.locator(tag).count()).resolves.toBe(0)
    }
    const text = (await log.textContent()) ?? ''
    expect(text).toContain('<img src=x onerror="window.__pwned = 2">')
    expect(text).toContain('<iframe src="https://evil.example"></iframe>')
    expect(text).not.toMatch(/[\u202E\u200B\u2060\uFEFF]/)
    expect(text).toContain('invoicefdp.exe')
    expect(text).toContain('paypal login')
    // the page is still styled and visible (the <style> did nothing)
    await expect(page.locator('body').isVisible()).resolves.toBe(true)
    await expect(
      page.locator('.topbar').evaluate((e: { getBoundingClientRect: () => { height: number } }) => e.getBoundingClientRect().height)
    ).resolves.toBeGreaterThan(20)
    // a 100 000-character draft is refused by the composer, with a clear count
    await composer(ben.page).fill('x'.repeat(100_000))
    await ben.page.getByText(msg('composer.tooLong', { count: 100_000, max: 4000 })).waitFor()
    // sending it is refused where it is written, with the reason; the draft stays
    await composer(ben.page).press('Enter')
    await ben.page
      .locator('.composer')
      .getByRole('alert')
      .filter({ hasText: msg('composer.tooLong', { count: 100_000, max: 4000 }) })
      .waitFor()
    await expect(composer(ben.page).inputValue()).resolves.toHaveLength(100_000)
    await composer(ben.page).fill('')
    await screenshot(page, 'room-hostile-text-light')
  }, 180_000)

  it('a long room pages older messages with the before cursor and keeps the DOM bounded', async () => {
    // 300 posts straight through Ben's engine API (from the test, with the app's WebSocket client)
    const results = await engineCalls(
      engines[1],
      Array.from({ length: 300 }, (_, i) => ({ method: 'postMessage', params: { roomId, text: `bulk ${i}` } }))
    )
    const posted = results.length
    expect(posted).toBe(300)
    const page = ann.page
    await waitForMessage(page, 'bulk 299')
    await page.reload() // open the room afresh: one page of the newest messages
    await waitForMessage(page, 'bulk 299')
    const log = messageLog(page)
    const rendered = async (): Promise<number> => await page.locator('.message-list .vrow').count()
    expect(await rendered()).toBeLessThanOrEqual(60)
    const first = Number(await log.getAttribute('data-total'))
    // scroll to the top until the beginning of the room shows: older pages arrive one by one
    const beginning = page.getByText(msg('room.beginning'))
    for (let i = 0; i < 40; i++) {
      if ((await beginning.count()) > 0) break
      await log.evaluate((l: { scrollTop: number }) => {
        l.scrollTop = 0
      })
      await page.waitForTimeout(300)
      expect(await rendered()).toBeLessThanOrEqual(60)
    }
    await beginning.waitFor()
    await log.evaluate((l: { scrollTop: number }) => {
      l.scrollTop = 0
    })
    expect(first).toBeLessThanOrEqual(100) // the room opened with one page
    expect(Number(await log.getAttribute('data-total'))).toBeGreaterThanOrEqual(309) // every page, via `before`
    await page.getByText('Hi Ann, it has been a long day.').waitFor()
    expect(await rendered()).toBeLessThanOrEqual(60)
    await screenshot(page, 'room-long-history-light')
    // back to the newest messages
    await log.evaluate((l: { scrollTop: number; scrollHeight: number }) => {
      l.scrollTop = l.scrollHeight
    })
    await waitForMessage(page, 'bulk 299')
  }, 240_000)

  it('"Get help now" works from every screen, by click, F1 and Ctrl+Shift+H', async () => {
    const page = ann.page
    // room
    await checkHelp(page, 'click')
    await checkHelp(page, 'F1')
    await checkHelp(page, 'ctrl+shift+h')
    // moderator console
    await page.getByRole('button', { name: msg('room.moderate') }).click()
    await page.getByRole('tablist', { name: msg('mod.sections') }).waitFor()
    await checkHelp(page, 'click')
    await checkHelp(page, 'F1')
    // rooms list, and inside the create-room dialog (keyboard)
    await page.getByRole('button', { name: msg('nav.rooms') }).click()
    await page.getByRole('heading', { name: msg('rooms.title') }).waitFor()
    await checkHelp(page, 'click')
    await checkHelp(page, 'F1')
    await page.getByRole('button', { name: msg('rooms.create') }).click()
    await page.getByRole('dialog', { name: msg('createRoom.title') }).waitFor()
    await checkHelp(page, 'F1')
    await page.keyboard.press('Escape')
    // settings
    await page.getByRole('button', { name: msg('nav.settings') }).click()
    await page.getByRole('heading', { name: msg('settings.title') }).waitFor()
    await checkHelp(page, 'click')
    await checkHelp(page, 'F1')
    // first run (a fresh profile on the same engine)
    const fresh = await openMember(browser, server.url, engines[0])
    await fresh.page.getByRole('heading', { name: msg('firstRun.title') }).waitFor()
    await checkHelp(fresh.page, 'click')
    await checkHelp(fresh.page, 'F1')
    // the help panel lists the shipped directory for the chosen region, with tel: links
    await fresh.page.getByRole('button', { name: msg('nav.getHelp') }).click()
    const dialog = fresh.page.getByRole('dialog', { name: msg('help.title') })
    await dialog.getByLabel(msg('help.region')).selectOption('GB')
    await dialog.getByRole('heading', { name: 'Samaritans' }).waitFor()
    await expect(
      dialog
        .getByRole('link', { name: msg('help.call', { number: '116 123' }) })
        .first()
        .getAttribute('href')
    ).resolves.toBe('tel:116123')
    await fresh.context.close()
  }, 180_000)

  moderationScenarios(() => ({ browser, appUrl: server.url, bootstrap: boot.address, engines, ann, ben, invite, roomId }))
})
