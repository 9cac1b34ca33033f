import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWorld } from './helpers/world.ts'
import type { World } from './helpers/world.ts'
import { hasChromium, openMember, screenshot } from './helpers/browser.ts'
import type { Member } from './helpers/browser.ts'
import { createRoom, finishFirstRun, joinRoom, msg, post, waitForMessage } from './helpers/app.ts'

/**
 * The unanswered nudge in real Chromium against real engines: Ben posts something that sounds
 * distressed and nobody answers; Ann, a moderator on duty whose device waits one minute (a device
 * setting), gets a kind note, opens the post in one click, replies, and the note goes away.
 */
const runnable = hasChromium() || process.env.CI
const SAD = 'Nobody would miss me if I was gone. I feel so alone tonight.'
const REPLY = 'I would miss you, Ben. I am here, tell me more?'
/** The post is due a minute after it was written; the app re-reads at least every 15 s. */
const DUE = 4 * 60_000

describe.runIf(runnable)('the unanswered nudge', () => {
  let world: World
  let ann: Member
  let ben: Member

  beforeAll(async () => {
    world = await startWorld()
    ann = await openMember(world.browser, world.server.url, world.engines[0], { settings: { firstRunDone: true, region: 'US', nudgeMinutes: 1 } })
    ben = await openMember(world.browser, world.server.url, world.engines[1], { settings: { region: 'GB' } })
    const created = await createRoom(ann.page, 'Night owls', 'Ann')
    await finishFirstRun(ben.page)
    await joinRoom(ben.page, created.invite, 'Ben')
    // Ann goes on duty in the moderator console, then back to the room
    await ann.page.getByRole('button', { name: msg('room.moderate') }).click()
    const duty = ann.page.getByRole('checkbox', { name: msg('presence.onDuty') })
    await duty.check({ timeout: 30_000 })
    // the engine agrees (the box follows what it says)
    await ann.page.locator('.on-duty input:checked').waitFor({ timeout: 30_000 })
    await ann.page.getByRole('button', { name: msg('common.back') }).click()
  }, 240_000)

  afterAll(async () => {
    await world?.stop()
  }, 60_000)

  it('a moderator on duty is nudged about an unanswered distressed post, opens it in one click, replies, and the nudge goes', async () => {
    await post(ben.page, SAD)
    await waitForMessage(ann.page, SAD)
    const nudge = ann.page.getByRole('region', { name: msg('nudge.title') })
    // not before the set minute has passed: the nudge is for a post nobody answered in time
    expect(await nudge.count()).toBe(0)
    await nudge.waitFor({ timeout: DUE }).catch(async (e: unknown) => {
      throw new Error(`no nudge within ${DUE / 60_000} min; the room header says: ${await ann.page.locator('.room-col').first().innerText()}\n${String(e)}`)
    })
    expect(await nudge.innerText()).toMatch(/Ben shared something that sounds hard .* ago, and nobody has answered yet/)
    await screenshot(ann.page, 'unanswered-nudge')

    await nudge.getByRole('button', { name: msg('nudge.open') }).click()
    const dialog = ann.page.getByRole('dialog', { name: msg('nudge.postTitle') })
    await dialog.getByText(SAD).waitFor({ timeout: 30_000 })
    await dialog.getByRole('button', { name: msg('nudge.reply') }).click()
    await dialog.waitFor({ state: 'detached' })
    await ann.page.getByText(msg('composer.replyingTo', { name: 'Ben' })).waitFor()
    await post(ann.page, REPLY)
    // answered: the next read of the room leaves the post out
    await nudge.waitFor({ state: 'detached', timeout: 60_000 })
    await waitForMessage(ben.page, REPLY)
    expect(ann.errors.filter((e) => !/favicon/.test(e))).toEqual([])
  }, 400_000)
})
