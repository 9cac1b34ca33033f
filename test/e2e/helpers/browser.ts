import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { Engine } from './engines.ts'

export const CHROMIUM = '/usr/bin/chromium'
export const hasChromium = (): boolean => existsSync(CHROMIUM)
export const SCREENSHOTS = fileURLToPath(new URL('../../../test-results/screenshots', import.meta.url))

/** Debian's Chromium, headless; Playwright gives every launch a fresh temporary profile. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  })
}

export interface Member {
  context: BrowserContext
  page: Page
  engine: Engine
  errors: string[]
}

/** A browser context (own storage) whose page talks to its own engine. */
export interface MemberOptions {
  colorScheme?: 'light' | 'dark'
  viewport?: { width: number; height: number }
  /** The browser's language (navigator.language), as an OS locale would set it. */
  locale?: string
  /** App settings to start with (localStorage 'hearth.settings.v1'), e.g. { firstRunDone: true, locale: 'ar-XB' }. */
  settings?: Record<string, unknown>
  /** The browser's time zone (IANA), as the OS would set it. */
  timezoneId?: string
}

export async function openMember(browser: Browser, appUrl: string, engine: Engine, opts: MemberOptions = {}): Promise<Member> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    colorScheme: opts.colorScheme ?? 'light',
    reducedMotion: 'reduce',
    ...(opts.locale ? { locale: opts.locale } : {}),
    ...(opts.timezoneId ? { timezoneId: opts.timezoneId } : {})
  })
  if (opts.settings) {
    await context.addInitScript((s: string) => {
      const store = (globalThis as any).localStorage
      if (!store.getItem('hearth.settings.v1')) store.setItem('hearth.settings.v1', s)
    }, JSON.stringify(opts.settings))
  }
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(String(e)))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  const q = new URLSearchParams({ engine: engine.url, token: engine.token })
  await page.goto(`${appUrl}/index.html?${q.toString()}#/rooms`)
  return { context, page, engine, errors }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false })
}

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: Array<{ target: string[] }>
}

/** Run axe-core in the page; return serious and critical violations only. */
export async function axeSerious(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object')
  if (!loaded) await page.addScriptTag({ url: '/__axe/axe.min.js' })
  const result = (await page.evaluate(async () => {
    const w = globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> }; document: unknown }
    return await w.axe.run(w.document, { resultTypes: ['violations'] })
  })) as { violations: AxeViolation[] }
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target })) }))
}

/** Light and dark screenshots of what the page shows now (`name`-light/-dark.png), with no serious accessibility faults in either. */
export async function screenshotsLightDark(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
    const faults = await axeSerious(page)
    if (faults.length) throw new Error(`serious accessibility faults in ${name} (${scheme}): ${JSON.stringify(faults)}`)
    await screenshot(page, `${name}-${scheme}`)
  }
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' })
}
