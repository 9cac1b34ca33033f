import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWorld } from './helpers/world.ts'
import type { World } from './helpers/world.ts'
import { hasChromium, openMember, screenshotsLightDark } from './helpers/browser.ts'
import type { Member } from './helpers/browser.ts'
import { composerWritable, createRoom, finishFirstRun, msg, post, waitForMessage } from './helpers/app.ts'
import { engineCalls } from './helpers/api.ts'

/**
 * Finding a room with no invite, in real Chromium against real engines on a private DHT (issue
 * 13): Ann lists her room; Sam, a stranger with no rooms, goes from the empty room list to "Find a
 * room", finds it by topic and language, and knocks; Ann lets him in from her join-request inbox;
 * the room comes to Sam's device, he accepts the guidelines and posts. Screenshots in
 * test-results/screenshots/: directory-, knock- and knock-inbox-{light,dark}.png.
 */
const runnable = hasChromium() || process.env.CI
if (!runnable) console.warn('directory e2e skipped: /usr/bin/chromium is missing (apt-get install -y chromium)')

const T = 120_000

describe.runIf(runnable)('room directory in Chromium', () => {
  let world: World
  let ann: Member
  let sam: Member
  let roomId = ''

  beforeAll(async () => {
    world = await startWorld()
    ;[ann, sam] = await Promise.all(world.engines.map((e) => openMember(world.browser, world.server.url, e)))
    for (const m of [ann, sam]) await finishFirstRun(m.page)
    ;({ roomId } = await createRoom(ann.page, 'Night owls', 'Ann'))
    const listing = {
      roomId,
      description: 'A quiet room for sleepless nights and the worries that come with them.',
      topics: ['sleep', 'anxiety'],
      languages: ['en', 'es'],
      requireKnock: true,
      timeZones: ['Europe/Madrid']
    }
    await engineCalls(ann.engine, [{ method: 'listRoom', params: listing }])
  }, 600_000)

  afterAll(async () => {
    await world?.stop()
  }, 60_000)

  it('a stranger with no rooms finds a listed room by topic and language', async () => {
    const page = sam.page
    await page.getByText(msg('directory.emptyOffer')).waitFor()
    await page.getByRole('button', { name: msg('directory.find') }).click()
    await page.getByRole('heading', { level: 1, name: msg('directory.title') }).waitFor()
    await page.getByRole('textbox', { name: msg('directory.topic'), exact: true }).fill('anxiety')
    await page.getByLabel(msg('directory.language')).selectOption('es')
    // the listing reaches the DHT in its own time: search again until it shows (bounded)
    const card = page.locator('li.listing-card', { hasText: 'Night owls' })
    await expect
      .poll(
        async () => {
          if (await page.getByRole('button', { name: msg('directory.search') }).isEnabled())
            await page.getByRole('button', { name: msg('directory.search') }).click()
          await page.getByText(msg('directory.searching')).waitFor({ state: 'detached', timeout: 30_000 })
          return await card.count()
        },
        { timeout: T, interval: 1000 }
      )
      .toBe(1)
    expect(await card.textContent()).toContain('A quiet room for sleepless nights')
    expect(await card.textContent()).toContain(msg('directory.knock'))
    await screenshotsLightDark(page, 'directory')
    // a topic nobody listed finds nothing, and says so
    await page.getByRole('textbox', { name: msg('directory.topic'), exact: true }).fill('gardening')
    await page.getByRole('button', { name: msg('directory.search') }).click()
    await page.getByText(msg('directory.none')).waitFor({ timeout: T })
    expect(sam.errors).toEqual([])
  }, 600_000)

  it('he knocks with a note; Ann lets him in; the room comes to him and he posts', async () => {
    const page = sam.page
    await page.getByRole('textbox', { name: msg('directory.topic'), exact: true }).fill('')
    await page.getByRole('button', { name: msg('directory.search') }).click()
    await page.getByRole('button', { name: msg('knock.askNamed', { name: 'Night owls' }) }).click({ timeout: T })
    const knock = page.getByRole('dialog', { name: msg('knock.title', { name: 'Night owls' }) })
    await knock.getByLabel(msg('knock.name')).fill('Sam')
    await knock.getByLabel(msg('knock.note')).fill('I cannot sleep again and could use some company')
    await screenshotsLightDark(page, 'knock')
    await knock.getByRole('button', { name: msg('knock.submit') }).click()
    await knock.getByText(msg('knock.sent')).waitFor({ timeout: T })
    await knock
      .getByRole('button', { name: msg('common.close') })
      .last()
      .click()
    await page
      .getByRole('region', { name: msg('knock.mine') })
      .getByText(msg('knock.state.pending'))
      .waitFor({ timeout: T })

    // Ann's join-request inbox: the knock with its note, and "let in"
    await ann.page.goto(ann.page.url().replace(/#.*$/, `#/moderate/${roomId}/knocks`))
    const item = ann.page.locator('li.knock', { hasText: 'I cannot sleep again' })
    // the knock reaches the owner's device and is recorded in the room: the tab shows it by itself
    await item.waitFor({ timeout: T })
    await screenshotsLightDark(ann.page, 'knock-inbox')
    await item.getByRole('button', { name: msg('knocks.approve', { name: 'Sam' }) }).click()
    await item.getByText(msg('knocks.approved')).waitFor({ timeout: T })

    // the approval brings the room to Sam's device by itself
    await page.getByRole('button', { name: msg('knock.openRoom', { name: 'Night owls' }) }).click({ timeout: T })
    await page.waitForURL(new RegExp(`#/room/${roomId}`), { timeout: T })
    const gate = page.getByRole('dialog', { name: msg('guidelines.gateTitle') })
    await gate.getByRole('button', { name: msg('guidelines.accept') }).click({ timeout: T })
    await gate.waitFor({ state: 'detached' })
    await composerWritable(page)
    await post(page, 'Thanks for letting me in')
    await ann.page.goto(ann.page.url().replace(/#.*$/, `#/room/${roomId}`))
    await waitForMessage(ann.page, 'Thanks for letting me in')
    expect(sam.errors).toEqual([])
  }, 600_000)
})
