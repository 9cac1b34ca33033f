import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEngine } from './helpers/engines.ts'
import { startWorld } from './helpers/world.ts'
import type { World } from './helpers/world.ts'
import { hasChromium, openMember, screenshotsLightDark } from './helpers/browser.ts'
import type { Member } from './helpers/browser.ts'
import { composer, composerWritable, createRoom, finishFirstRun, joinRoom, msg, post, roomIdOf, waitForMessage } from './helpers/app.ts'
import { engineCalls } from './helpers/api.ts'

/**
 * A private support conversation, end to end in real Chromium against real engines on a private
 * DHT (issue 13): Ben asks for someone to talk to; Ann, on duty, sees him waiting and accepts; the
 * two talk in a conversation of their own, with the room's crisis lines and the distress check;
 * Cy, in the same room, sees none of it. Either side can end it. Screenshots:
 * test-results/screenshots/support-inbox-{light,dark}.png, support-conversation-{light,dark}.png.
 */
const runnable = hasChromium() || process.env.CI
if (!runnable) console.warn('support e2e skipped: /usr/bin/chromium is missing (apt-get install -y chromium)')

const T = 120_000

describe.runIf(runnable)('private support conversation in Chromium', () => {
  let world: World
  let ann: Member
  let ben: Member
  let cy: Member
  let roomId = ''
  let conversation = ''

  beforeAll(async () => {
    world = await startWorld()
    const cyEngine = await startEngine(world.boot.address, 'cy')
    world.engines.push(cyEngine)
    ;[ann, ben, cy] = await Promise.all(world.engines.map((e) => openMember(world.browser, world.server.url, e)))
    for (const m of [ann, ben, cy]) await finishFirstRun(m.page)
    const made = await createRoom(ann.page, 'Night owls', 'Ann')
    roomId = made.roomId
    // the room's own crisis line, which the conversation must carry
    await engineCalls(ann.engine, [{ method: 'setResources', params: { roomId, resources: [{ name: 'Night owls listening line', phone: '0800 555 0101' }] } }])
    await joinRoom(ben.page, made.invite, 'Ben')
    await joinRoom(cy.page, made.invite, 'Cy')
  }, 600_000)

  /**
   * On a wait that fails: Ben's requests and both devices' rooms (each with its state and peer
   * count: 0 peers on the conversation means the two never connected) as their engines answer,
   * and Ben's engine log.
   */
  async function whatBenSees(): Promise<string> {
    const [requests, rooms] = await engineCalls(ben.engine, [
      { method: 'listSupportRequests', params: { roomId } },
      { method: 'listRooms', params: {} }
    ]).catch((err: Error) => [`(engine did not answer: ${err.message})`, null])
    const [annRooms] = await engineCalls(ann.engine, [{ method: 'listRooms', params: {} }]).catch((err: Error) => [`(engine did not answer: ${err.message})`])
    return [
      `Ann's rooms: ${JSON.stringify(annRooms)}`,
      `Ben's requests: ${JSON.stringify(requests)}`,
      `Ben's rooms: ${JSON.stringify(rooms)}`,
      `Ben's engine log:\n${ben.engine.stderr.join('').slice(-4000)}`
    ].join('\n')
  }

  afterAll(async () => {
    await world?.stop()
  }, 60_000)

  it('a member asks; the moderator on duty sees him waiting and accepts; the conversation opens', async () => {
    // Ann goes on duty in the console
    await ann.page.goto(ann.page.url().replace(/#.*$/, `#/moderate/${roomId}/members`))
    await ann.page.getByLabel(msg('presence.onDuty')).check()

    await ben.page.getByRole('button', { name: msg('support.ask') }).click()
    const ask = ben.page.getByRole('dialog', { name: msg('support.askTitle') })
    await ask.getByLabel(msg('support.askNote')).fill('Rough night, could use someone to talk to')
    await ask.getByRole('button', { name: msg('support.askSubmit') }).click()
    await ask.getByText(msg('support.sent')).waitFor({ timeout: T })
    await ask
      .getByRole('button', { name: msg('common.close') })
      .last()
      .click()
    await ben.page.getByRole('heading', { name: msg('support.waitingTitle') }).waitFor({ timeout: T })

    // the room shows Ann that someone waits, and leads to the inbox
    await ann.page.goto(ann.page.url().replace(/#.*$/, `#/room/${roomId}`))
    await ann.page.getByText(msg('support.waitingCount', { count: 1 })).waitFor({ timeout: T })
    await ann.page.getByRole('button', { name: msg('support.openInbox') }).click()
    await ann.page.waitForURL(/#\/moderate\/[^/]+\/support/)
    const request = ann.page.locator('li.support-request')
    await request.getByText('Rough night, could use someone to talk to').waitFor({ timeout: T })
    await screenshotsLightDark(ann.page, 'support-inbox')

    await request.getByRole('button', { name: msg('inbox.accept', { name: 'Ben' }) }).click()
    await ann.page.waitForURL((u) => /#\/room\//.test(u.hash) && !u.hash.includes(roomId), { timeout: T })
    conversation = roomIdOf(ann.page)
    await ann.page.getByRole('heading', { level: 1, name: msg('private.title') }).waitFor()

    // Ben's device opens the conversation by itself; his request says so and leads there
    await ben.page
      .getByRole('button', { name: msg('support.open') })
      .click({ timeout: T })
      .catch(async (err: Error) => {
        throw new Error(`${err.message}\n${await whatBenSees()}`)
      })
    await ben.page.waitForURL(new RegExp(`#/room/${conversation}`), { timeout: T })
  }, 600_000)

  it('the two talk there: shown as private on both devices, with the crisis lines and the distress check', async () => {
    for (const m of [ann, ben]) {
      await m.page.getByRole('heading', { level: 1, name: msg('private.title') }).waitFor({ timeout: T })
      await m.page
        .getByText(msg('private.from', { room: 'Night owls' }))
        .first()
        .waitFor({ timeout: T })
      const rail = m.page.getByRole('navigation', { name: msg('rooms.railLabel') })
      await rail.getByRole('heading', { name: msg('private.railTitle') }).waitFor({ timeout: T })
    }
    const explained = async (err: Error) => {
      throw new Error(`${err.message}\n${await whatBenSees()}`)
    }
    await composerWritable(ben.page).catch(explained)
    await post(ben.page, 'Thank you for answering, it has been a long day').catch(explained)
    await waitForMessage(ann.page, 'Thank you for answering')
    await composerWritable(ann.page)
    await post(ann.page, 'I am glad you reached out. I am here, take your time.')
    await waitForMessage(ben.page, 'I am glad you reached out')
    // its history starts with its own words, naming the other of the two, never the room's
    for (const [m, other] of [
      [ann, 'Ben'],
      [ben, 'Ann']
    ] as const) {
      await m.page.getByText(msg('private.beginning', { name: other })).waitFor({ timeout: T })
      expect(await m.page.getByText(msg('room.beginning')).count()).toBe(0)
      expect(await m.page.getByText(msg('panel.title')).count()).toBe(0)
    }

    // "Get help now" there lists the room's own line, carried into the conversation
    await ben.page
      .getByRole('button', { name: msg('nav.getHelp') })
      .first()
      .click()
    const help = ben.page.getByRole('dialog', { name: msg('help.title') })
    await help
      .getByRole('region', { name: msg('help.roomResources') })
      .getByText('Night owls listening line')
      .waitFor({ timeout: T })
    await ben.page.keyboard.press('Escape')
    await help.waitFor({ state: 'detached' })
    // the on-device distress check offers help on a draft, as in a room
    await composer(ben.page).fill('I have the pills in front of me and I am going to take them all tonight')
    await ben.page.locator('section.help-card[data-grade="urgent"]').waitFor({ timeout: 20_000 })
    await composer(ben.page).fill('')
    await ben.page.locator('section.help-card').waitFor({ state: 'detached' })
    await screenshotsLightDark(ben.page, 'support-conversation')
  }, 600_000)

  it('a third member of the room neither sees nor can read it', async () => {
    await cy.page.goto(cy.page.url().replace(/#.*$/, '#/rooms'))
    await cy.page.getByRole('heading', { name: msg('rooms.title') }).waitFor()
    await expect.poll(async () => await cy.page.locator('li.room-card').count(), { timeout: 20_000 }).toBe(1)
    expect(await cy.page.getByText(msg('rooms.private')).count()).toBe(0)
    const [listed] = (await engineCalls(cy.engine, [{ method: 'listRooms', params: {} }])) as Array<{ rooms: Array<{ roomId: string; kind: string }> }>
    expect(listed.rooms.map((r) => [r.roomId, r.kind])).toEqual([[roomId, 'room']])
    await expect(engineCalls(cy.engine, [{ method: 'getMessages', params: { roomId: conversation } }])).rejects.toThrow()
    // and her room shows no one waiting and no private group
    await cy.page.goto(cy.page.url().replace(/#.*$/, `#/room/${roomId}`))
    await composer(cy.page).waitFor({ timeout: T })
    expect(await cy.page.getByRole('heading', { name: msg('private.railTitle') }).count()).toBe(0)
    expect(await cy.page.getByText(msg('support.waitingCount', { count: 1 })).count()).toBe(0)
  }, 300_000)

  it('either side can end it: both then see it ended, with no composer', async () => {
    await ben.page.getByRole('button', { name: msg('private.end') }).click()
    const confirm = ben.page.getByRole('dialog', { name: msg('private.endTitle') })
    await confirm.getByRole('button', { name: msg('private.end') }).click()
    for (const m of [ben, ann]) {
      await m.page.getByRole('heading', { name: msg('private.endedTitle') }).waitFor({ timeout: T })
      await composer(m.page).waitFor({ state: 'detached', timeout: T })
    }
    for (const m of [ann, ben, cy]) expect(m.errors).toEqual([])
  }, 300_000)
})
