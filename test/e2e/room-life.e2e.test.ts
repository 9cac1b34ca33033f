import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWorld } from './helpers/world.ts'
import type { World } from './helpers/world.ts'
import { hasChromium, openMember, screenshot } from './helpers/browser.ts'
import type { Member } from './helpers/browser.ts'
import { createRoom, finishFirstRun, joinRoom, msg, post, waitForMessage } from './helpers/app.ts'
import { engineCalls } from './helpers/api.ts'

/**
 * Room life in real Chromium against real engines: a moderator pins a message from its menu and writes the welcome in the console, a
 * newcomer meets the welcome once and the pinned message, a weekly session shows at each person's
 * own local time, a reaction shows as a count on both screens (pressed only for its giver), and
 * Ctrl+F searches the room on this device.
 */
const runnable = hasChromium() || process.env.CI
const PINNED = 'Read this first: be gentle with each other.'
const WELCOME = 'Welcome. Take your time; there is no rush here.'

describe.runIf(runnable)('room life: welcome, pins, reactions', () => {
  let world: World
  let ann: Member
  let ben: Member
  let roomId = ''

  beforeAll(async () => {
    world = await startWorld()
    // Ann in New York, Ben in Madrid: a session shows at each one's own time
    ann = await openMember(world.browser, world.server.url, world.engines[0], {
      settings: { firstRunDone: true, region: 'US' },
      timezoneId: 'America/New_York'
    })
    ben = await openMember(world.browser, world.server.url, world.engines[1], { settings: { region: 'ES' }, timezoneId: 'Europe/Madrid' })
    const created = await createRoom(ann.page, 'Evening circle', 'Ann')
    roomId = created.roomId
    await post(ann.page, PINNED)
    // the owner writes the welcome in the moderator console
    await ann.page.getByRole('button', { name: msg('room.moderate') }).click()
    // the welcome is a tool of the console's Room section
    await ann.page.getByRole('tab', { name: msg('mod.section.room') }).click()
    await ann.page.getByRole('tab', { name: msg('mod.tab.welcome') }).click()
    await ann.page.getByLabel(msg('mod.welcomeText')).fill(WELCOME)
    await ann.page.getByRole('button', { name: msg('common.save') }).click()
    await ann.page.getByText(msg('mod.welcomeSaved')).waitFor({ timeout: 60_000 })
    await ann.page.getByRole('button', { name: msg('common.back') }).click()
    const row = ann.page.locator('.msg', { hasText: PINNED })
    await row.hover()
    await row.getByRole('button', { name: msg('message.actionsFor', { name: 'Ann' }) }).click()
    await ann.page.getByRole('menuitem', { name: msg('life.pin') }).click()
    await ann.page.locator('.pinned', { hasText: PINNED }).waitFor({ timeout: 30_000 })
    await finishFirstRun(ben.page)
    await joinRoom(ben.page, created.invite, 'Ben')
  }, 240_000)

  afterAll(async () => {
    await world?.stop()
  }, 60_000)

  it('the newcomer sees the welcome once, and the pinned message', async () => {
    const page = ben.page
    const welcome = page.getByRole('region', { name: msg('life.welcomeTitle') })
    await welcome.getByText(WELCOME).waitFor({ timeout: 60_000 })
    await page
      .getByRole('region', { name: msg('life.pinnedTitle') })
      .getByText(PINNED)
      .waitFor({ timeout: 60_000 })
    await screenshot(page, 'room-life-welcome')
    await welcome.getByRole('button', { name: msg('life.welcomeDismiss') }).click()
    await welcome.waitFor({ state: 'detached' })
    await page.reload()
    await page
      .getByRole('region', { name: msg('life.pinnedTitle') })
      .getByText(PINNED)
      .waitFor({ timeout: 60_000 })
    expect(await page.getByRole('region', { name: msg('life.welcomeTitle') }).count()).toBe(0)
  })

  it('a reaction shows as a count on both screens, pressed only for the person who left it', async () => {
    await waitForMessage(ben.page, PINNED)
    const row = ben.page.locator('.message-list .msg', { hasText: PINNED })
    await row.hover()
    await row.getByRole('button', { name: msg('message.actionsFor', { name: 'Ann' }) }).click()
    await ben.page.getByRole('menuitem', { name: msg('reaction.heard') }).click()
    const label = msg('reaction.count', { label: msg('reaction.heard'), count: 1 })
    const mine = row.getByRole('button', { name: label })
    await mine.waitFor({ timeout: 30_000 })
    expect(await mine.getAttribute('aria-pressed')).toBe('true')
    const theirs = ann.page.locator('.message-list .msg', { hasText: PINNED }).getByRole('button', { name: label })
    await theirs.waitFor({ timeout: 60_000 })
    expect(await theirs.getAttribute('aria-pressed')).toBe('false')
    await screenshot(ann.page, 'room-life-reaction')
    // Ben takes it back with the same button
    await mine.click()
    await theirs.waitFor({ state: 'detached', timeout: 60_000 })
    expect(ben.errors.filter((e) => !/favicon/.test(e))).toEqual([])
  })

  it('Ctrl+F searches the room on this device and marks the words found', async () => {
    const page = ben.page
    await waitForMessage(page, PINNED)
    await page.keyboard.press('Control+f')
    const search = page.getByRole('dialog', { name: msg('search.title') })
    await search.getByText(msg('search.local')).waitFor()
    await search.getByRole('searchbox', { name: msg('search.label') }).fill('GENTLE read')
    await search.getByRole('button', { name: msg('search.button') }).click()
    await search.getByText(msg('search.found', { count: 1 })).waitFor({ timeout: 30_000 })
    const result = search.locator('.search-result')
    expect(await result.count()).toBe(1)
    expect(await result.textContent()).toContain('Ann')
    expect(await result.locator('mark').allTextContents()).toEqual(['Read', 'gentle'])
    await screenshot(page, 'room-life-search')
    await search.getByRole('searchbox', { name: msg('search.label') }).fill('holiday')
    await search.getByRole('button', { name: msg('search.button') }).click()
    await search.getByText(msg('search.none', { query: 'holiday' })).waitFor({ timeout: 30_000 })
    await page.keyboard.press('Escape')
    await search.waitFor({ state: 'detached' })
    expect(ben.errors.filter((e) => !/favicon/.test(e))).toEqual([])
  })

  it('a weekly session shows at each person’s local time: 19:00 for Ann in New York, 01:00 the next day for Ben in Madrid', async () => {
    // a Tuesday 19:00 in New York, a week from now at most (so it is the next occurrence on both screens)
    const now = Date.now()
    let start = Date.UTC(2026, 10, 4, 0, 0) // Tuesday 3 November 2026, 19:00 EST (00:00 UTC on the 4th)
    while (start < now) start += 7 * 86_400_000
    await engineCalls(ann.engine, [
      { method: 'scheduleSession', params: { roomId, title: 'Tuesday check-in', start, minutes: 60, repeat: 'weekly', zone: 'America/New_York' } }
    ])
    const shown = (timeZone: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(start)
    for (const [who, zone] of [
      [ann, 'America/New_York'],
      [ben, 'Europe/Madrid']
    ] as const) {
      const session = who.page.getByRole('region', { name: msg('life.sessionsTitle') }).locator('.session', { hasText: 'Tuesday check-in' })
      await session.waitFor({ timeout: 60_000 })
      expect(await session.locator('time').textContent(), zone).toBe(shown(zone))
      expect(await session.textContent()).toContain(msg('life.repeat.weekly'))
    }
    expect(shown('America/New_York')).toMatch(/7:00\sPM/)
    expect(shown('Europe/Madrid')).toMatch(/1:00\sAM/)
    await screenshot(ben.page, 'room-life-session-madrid')
  })

  it('Settings exports the owner’s data; the page opens and the file holds her message and her moderation actions', async () => {
    const page = ann.page
    await page.getByRole('button', { name: msg('nav.settings') }).click()
    await page.getByRole('button', { name: msg('export.button') }).click()
    const saved = page.locator('.export-path')
    await saved.waitFor({ timeout: 60_000 })
    const html = (await saved.textContent())!
    const archive = JSON.parse(readFileSync(html.replace(/\.html$/, '.json'), 'utf8'))
    expect(archive.appSettings).toMatchObject({ region: 'US' })
    const room = archive.rooms.find((r: { roomId: string }) => r.roomId === roomId)
    expect(room.messages.map((m: { text: string }) => m.text)).toEqual([PINNED])
    expect(room.moderationActions.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(['pin', 'welcome', 'session']))
    // the readable page, opened in the browser as a person would
    const reader = await ann.context.newPage()
    await reader.goto(pathToFileURL(html).href)
    await reader.getByRole('heading', { name: 'Your Hearth data' }).waitFor()
    await reader.getByRole('heading', { name: 'Evening circle' }).waitFor()
    expect(await reader.locator('.msg').allTextContents()).toEqual([expect.stringContaining(PINNED)])
    await screenshot(reader, 'room-life-export')
    await reader.close()
  })
})
