import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { startEngine } from './helpers/engines.ts'
import type { Engine } from './helpers/engines.ts'
import { startWorld } from './helpers/world.ts'
import type { World } from './helpers/world.ts'
import { hasChromium, openMember, screenshot } from './helpers/browser.ts'
import type { Member } from './helpers/browser.ts'
import { composer, createRoom, finishFirstRun, msg, post, waitForMessage } from './helpers/app.ts'
import { engineCalls } from './helpers/api.ts'
import { expectFocus } from './helpers/focus.ts'
import { screenMatrix } from './screens.matrix.ts'
import { pseudoLocaleChecks } from './pseudo.checks.ts'

/**
 * The room as a member meets it, in real Chromium against real engines: keyboard-only from first
 * run to getting help (focus asserted at every step), density at 1280×800, every main screen at
 * three widths, two themes and two languages with axe, and the pseudo-locales (long text, RTL).
 */
const runnable = hasChromium() || process.env.CI
declare const document: any

describe.runIf(runnable)('Hearth UI: keyboard, density, sizes, languages', () => {
  let world: World
  const engines: Engine[] = []
  let server: World['server']
  let browser: Browser
  let ann: Member
  let ben: Member
  let invite = ''
  let roomId = ''

  beforeAll(async () => {
    world = await startWorld()
    ;({ server, browser } = world)
    engines.push(...world.engines)
    world.engines = engines // engines scenarios start are stopped too
    ann = await openMember(browser, server.url, engines[0], { settings: { firstRunDone: true, region: 'GB' } })
    ben = await openMember(browser, server.url, engines[1], { settings: { region: 'GB' } })
    ;({ invite, roomId } = await createRoom(ann.page, 'Evening circle', 'Ann'))
    await post(ann.page, 'Welcome, everyone. Take your time; there is no rush here.')
  }, 240_000)

  afterAll(async () => {
    await world?.stop()
  }, 60_000)

  it('keyboard only: focus lands on the next step while joining, posting, reporting and getting help', async () => {
    const page = ben.page
    const kb = page.keyboard
    // first run: the heading, then Continue one Tab away
    await expectFocus(page, 'the first-run heading', (f) => f.tag === 'h1' && f.name === msg('firstRun.title'))
    await kb.press('Tab')
    await expectFocus(page, 'Continue', (f) => f.name === msg('firstRun.start'))
    await kb.press('Enter')
    // no rooms yet: the next step is joining
    await expectFocus(page, '"Join with an invite"', (f) => f.name === msg('rooms.join'))
    await kb.press('Enter')
    await expectFocus(page, 'the invite field', (f) => f.tag === 'textarea' && f.inDialog === msg('joinRoom.title'))
    // an empty form says why it cannot join, in its one place for errors, and keeps focus on the field
    await kb.press('Tab')
    await kb.press('Enter')
    await page
      .getByRole('alert')
      .filter({ hasText: msg('joinRoom.inviteMissing') })
      .waitFor()
    await expectFocus(page, 'the invite field again', (f) => f.tag === 'textarea')
    await kb.insertText(invite)
    await kb.press('Tab')
    await expectFocus(page, 'the name field', (f) => f.name === msg('joinRoom.displayName'))
    await kb.insertText('Ben')
    await kb.press('Enter')
    // the room's guidelines come first, focus on accepting them; then the composer
    await expectFocus(page, 'accepting the guidelines', (f) => f.name === msg('guidelines.accept'), 120_000)
    await kb.press('Enter')
    await expectFocus(page, 'the composer', (f) => f.tag === 'textarea' && f.name === msg('composer.label'))

    // posting keeps focus in the composer
    await kb.insertText('Hi, I am new here.')
    await kb.press('Enter')
    await waitForMessage(page, 'Hi, I am new here.')
    await expectFocus(page, 'the composer after sending', (f) => f.tag === 'textarea')

    // reporting: the newest message is Cy's (a report about Ann's, the room's only moderator, would
    // have nobody else to go to); its menu is one Shift+Tab back from the composer
    const cy = await startEngine(world.boot.address, 'cy')
    engines.push(cy)
    await engineCalls(cy, [{ method: 'joinRoom', params: { invite, displayName: 'Cy' } }])
    await expect
      .poll(async () => ((await engineCalls(cy, [{ method: 'getGuidelines', params: { roomId } }]))[0] as { version: number }).version, { timeout: 30_000 })
      .toBeGreaterThan(0)
    const [{ version }] = (await engineCalls(cy, [{ method: 'getGuidelines', params: { roomId } }])) as Array<{ version: number }>
    await engineCalls(cy, [
      { method: 'acceptGuidelines', params: { roomId, version } },
      { method: 'postMessage', params: { roomId, text: 'Glad you found us, Ben.' } }
    ])
    await waitForMessage(page, 'Glad you found us, Ben.')
    await kb.press('Shift+Tab')
    await expectFocus(page, "the newest message's actions", (f) => f.name === msg('message.actionsFor', { name: 'Cy' }))
    await kb.press('Enter')
    await expectFocus(page, 'the first menu item', (f) => f.role === 'menuitem' && f.name === msg('message.reply'))
    await kb.press('ArrowDown')
    await expectFocus(page, '"Report"', (f) => f.role === 'menuitem' && f.name === msg('message.report'))
    await kb.press('Enter')
    await expectFocus(page, 'the first reason', (f) => f.inDialog === msg('report.title') && f.name === msg('report.reason.harassment'))
    await kb.press('Tab')
    await expectFocus(page, 'the details field', (f) => f.name === msg('report.details'))
    await kb.insertText('testing the report flow')
    await kb.press('Tab')
    await kb.press('Tab')
    await expectFocus(page, '"Send report"', (f) => f.name === msg('report.submit'))
    await kb.press('Enter')
    await expectFocus(page, 'Close, after the thanks', (f) => f.inDialog === msg('report.title') && f.name === msg('common.close'), 60_000)
    await kb.press('Enter')
    await expectFocus(page, 'the message actions again', (f) => f.name === msg('message.actionsFor', { name: 'Cy' }))

    // getting help: F1 opens it on the region's crisis line, not on the emergency number
    await kb.press('F1')
    const help = await expectFocus(page, "the region's first crisis line", (f) => f.inDialog === msg('help.title') && (f.href ?? '').startsWith('tel:'))
    expect(help.className).not.toContain('emergency-link')
    await kb.press('Escape')
    await expectFocus(page, 'where focus was before help', (f) => f.name === msg('message.actionsFor', { name: 'Cy' }))
    expect(ben.errors.filter((e) => !/favicon/.test(e))).toEqual([])
  }, 300_000)

  it('shows at least 12 one-line messages at once at 1280×800', async () => {
    const lines = ['How is everyone tonight?', 'Tired, but okay.', 'Same here.', 'Long week.', 'I hear you.', 'Tea helps a bit.', 'It does.']
    await engineCalls(
      engines[0],
      lines.map((text, i) => ({ method: 'postMessage', params: { roomId, text: `${text} (${i})` } }))
    )
    await engineCalls(
      engines[1],
      lines.map((text, i) => ({ method: 'postMessage', params: { roomId, text: `${text} [${i}]` } }))
    )
    const page = ann.page
    await page.setViewportSize({ width: 1280, height: 800 })
    await waitForMessage(page, 'Tea helps a bit. (5)')
    await waitForMessage(page, 'It does. [6]')
    const visible = await page.evaluate(() => {
      const list = document.querySelector('.message-list').getBoundingClientRect()
      return [...document.querySelectorAll('.message-list article.msg')].filter((m: any) => {
        const r = m.getBoundingClientRect()
        return r.top >= list.top - 1 && r.bottom <= list.bottom + 1
      }).length
    })
    expect(visible).toBeGreaterThanOrEqual(12)
  }, 180_000)

  it('every main screen at 1280, 420 and 360 px, light and dark, English and Spanish: no serious axe violation', async () => {
    const found = await screenMatrix({ browser, appUrl: server.url, ann, engine: engines[0], roomId })
    expect(found, 'axe violations (screenshots in test-results/screenshots)').toEqual({})
    await composer(ann.page).waitFor()
  }, 600_000)

  it('pseudo-locales: long text clips nothing, RTL mirrors the layout, no hard-coded English', async () => {
    const problems = await pseudoLocaleChecks({ browser, appUrl: server.url, engine: engines[0], roomId })
    expect(problems).toEqual([])
  }, 300_000)

  it('the README picture: the room at 1280×800', async () => {
    await finishFirstRunIfShown(ann)
    await ann.page.goto(ann.page.url().replace(/#.*$/, `#/room/${roomId}`))
    await waitForMessage(ann.page, 'It does. [6]')
    await ann.page.mouse.move(0, 0)
    await ann.page.locator('.rail .badge').waitFor({ state: 'detached' }) // the open room is marked read
    await screenshot(ann.page, 'readme-room') // copied to docs/room.png by hand when the room's look changes
  }, 60_000)
})

async function finishFirstRunIfShown(m: Member): Promise<void> {
  if ((await m.page.getByRole('button', { name: msg('firstRun.start') }).count()) > 0) await finishFirstRun(m.page)
}
