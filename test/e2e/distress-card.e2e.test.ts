import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startBootstrap, startEngine } from './helpers/engines.ts'
import type { Bootstrap, Engine } from './helpers/engines.ts'
import { buildRenderer, serveRenderer } from './helpers/server.ts'
import { axeSerious, hasChromium, launch, openMember, screenshot } from './helpers/browser.ts'
import type { Member } from './helpers/browser.ts'
import { composer, createRoom, finishFirstRun, msg } from './helpers/app.ts'

/**
 * The help card of the on-device distress check, in real Chromium against a real engine, in each
 * grade: none, concern, urgent, about someone else (concern and urgent), and in German and
 * Portuguese for people whose region is Germany or Brazil. Screenshots go to
 * test-results/screenshots/distress-card-*.png.
 */
const runnable = hasChromium() || process.env.CI
if (!runnable) console.warn('distress card e2e skipped: /usr/bin/chromium is missing (apt-get install -y chromium)')

const card = (page: Page) => page.locator('section.help-card')
const callLinks = async (page: Page): Promise<Array<[string, string]>> =>
  await card(page)
    .locator('a')
    .evaluateAll((as: Array<{ textContent: string | null; getAttribute: (n: string) => string | null }>) =>
      as.map((a) => [a.textContent ?? '', a.getAttribute('href') ?? ''] as [string, string])
    )

/** Type a draft and wait until the check has settled: the card shows with this grade, or stays away. */
async function draft(page: Page, text: string, want: { grade: 'none' | 'concern' | 'urgent'; about?: 'self' | 'other' }): Promise<void> {
  await composer(page).fill('')
  await card(page).waitFor({ state: 'detached' })
  await composer(page).fill(text)
  if (want.grade === 'none') {
    // the check runs 400 ms after typing stops; poll a little past that and require "no card" throughout
    for (let i = 0; i < 8; i++) {
      expect(await card(page).count(), `no card for: ${text}`).toBe(0)
      await page.waitForTimeout(150)
    }
    return
  }
  const shown = page.locator(`section.help-card[data-grade="${want.grade}"][data-about="${want.about ?? 'self'}"]`)
  await shown.waitFor({ timeout: 10_000 }).catch(async (e: unknown) => {
    const seen = (await card(page).count()) ? await card(page).evaluate((c: { outerHTML: string }) => c.outerHTML) : 'no card'
    throw new Error(`expected a ${want.grade} card (${want.about ?? 'self'}) for "${text}", saw: ${seen}\n${String(e)}`)
  })
}

async function chooseRegion(page: Page, region: string): Promise<void> {
  await page
    .getByRole('button', { name: msg('nav.getHelp') })
    .first()
    .click()
  const dialog = page.getByRole('dialog', { name: msg('help.title') })
  await dialog.getByLabel(msg('help.region')).selectOption(region)
  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'detached' })
}

describe.runIf(runnable)('distress help card in Chromium', () => {
  let boot: Bootstrap
  let engine: Engine
  let server: { url: string; close: () => Promise<void> }
  let browser: Browser
  let ann: Member

  beforeAll(async () => {
    await buildRenderer()
    server = await serveRenderer()
    boot = await startBootstrap()
    engine = await startEngine(boot.address, 'ann')
    browser = await launch()
    ann = await openMember(browser, server.url, engine)
    await finishFirstRun(ann.page)
    await createRoom(ann.page, 'Quiet corner', 'Ann')
    await ann.page.waitForFunction(() => {
      const t = (globalThis as { document?: { querySelector: (s: string) => { disabled?: boolean } | null } }).document?.querySelector('.composer textarea')
      return Boolean(t) && !t!.disabled
    })
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await engine?.stop()
    await boot?.stop()
    await server?.close()
  }, 60_000)

  it('shows no card for idioms, the past and everyday talk', async () => {
    const page = ann.page
    await draft(page, 'this traffic is killing me, stuck for an hour', { grade: 'none' })
    await draft(page, 'years ago I was suicidal, now I am doing well', { grade: 'none' })
    await draft(page, "I'm not going to hurt myself, I just need to vent", { grade: 'none' })
    await screenshot(page, 'distress-card-none')
  }, 60_000)

  it('concern: a gentle card that can be dismissed, and sending still works', async () => {
    const page = ann.page
    await draft(page, "I don't want to be alive anymore", { grade: 'concern' })
    const c = page.getByRole('region', { name: msg('helpCard.title') })
    await expect(c.textContent()).resolves.toContain(msg('helpCard.body'))
    expect(await callLinks(page)).toEqual([])
    await screenshot(page, 'distress-card-concern')
    await page.getByRole('button', { name: msg('helpCard.dismiss') }).click()
    await card(page).waitFor({ state: 'detached' })
    await expect(page.getByRole('button', { name: msg('composer.send') }).isDisabled()).resolves.toBe(false)
  }, 60_000)

  it('urgent: leads with the emergency number and a crisis line for the region (US by default)', async () => {
    const page = ann.page
    await draft(page, 'I have the pills in front of me and I am going to take them all tonight', { grade: 'urgent' })
    expect(await callLinks(page)).toEqual([
      [msg('helpCard.callEmergency', { number: '911' }), 'tel:911'],
      [msg('helpCard.callLine', { name: '988 Suicide & Crisis Lifeline', number: '988' }), 'tel:988']
    ])
    expect(await axeSerious(page)).toEqual([])
    await screenshot(page, 'distress-card-urgent-light')
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' })
    expect(await axeSerious(page)).toEqual([])
    await screenshot(page, 'distress-card-urgent-dark')
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' })
  }, 60_000)

  it('someone else: words for helping them, urgent when they are in danger now', async () => {
    const page = ann.page
    await draft(page, 'my friend said she wants to end it', { grade: 'concern', about: 'other' })
    await page.getByRole('region', { name: msg('helpCard.otherTitle') }).waitFor()
    await page.getByRole('button', { name: msg('helpCard.openOther') }).waitFor()
    await screenshot(page, 'distress-card-other')
    await draft(page, 'my brother just told me he took all his pills and locked himself in', { grade: 'urgent', about: 'other' })
    await expect(card(page).textContent()).resolves.toContain(msg('helpCard.otherUrgent'))
    expect((await callLinks(page))[0]).toEqual([msg('helpCard.callEmergency', { number: '911' }), 'tel:911'])
    await screenshot(page, 'distress-card-other-urgent')
  }, 60_000)

  it('German and Portuguese drafts, with the region set to Germany and to Brazil', async () => {
    const page = ann.page
    await chooseRegion(page, 'DE')
    await draft(page, 'die Tabletten liegen schon vor mir und heute Nacht mache ich Schluss', { grade: 'urgent' })
    expect(await callLinks(page)).toEqual([
      [msg('helpCard.callEmergency', { number: '112' }), 'tel:112'],
      [msg('helpCard.callLine', { name: 'TelefonSeelsorge', number: '0800 111 0 111' }), 'tel:08001110111']
    ])
    await screenshot(page, 'distress-card-urgent-de')
    await chooseRegion(page, 'BR')
    await draft(page, 'não aguento mais, só quero morrer', { grade: 'concern' })
    await screenshot(page, 'distress-card-concern-pt')
    await draft(page, 'tomei todos os comprimidos da caixa agora há pouco', { grade: 'urgent' })
    await card(page).getByText(msg('helpCard.noEmergency')).waitFor()
    expect(await callLinks(page)).toEqual([[msg('helpCard.callLine', { name: 'CVV – Centro de Valorização da Vida', number: '188' }), 'tel:188']])
    await screenshot(page, 'distress-card-urgent-pt')
    await composer(page).fill('')
    expect([...ann.errors].filter((e) => !/favicon/.test(e))).toEqual([])
  }, 90_000)
})
