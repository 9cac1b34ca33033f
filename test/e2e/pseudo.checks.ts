import type { Browser, Page } from 'playwright-core'
import { openMember, screenshot } from './helpers/browser.ts'
import type { Engine } from './helpers/engines.ts'
import { msg, waitForMessage } from './helpers/app.ts'

declare const document: any
declare const getComputedStyle: any
declare const innerWidth: number
declare const NodeFilter: any

interface Ctx {
  browser: Browser
  appUrl: string
  engine: Engine
  roomId: string
}

/** Elements whose text overflows their box (clipped or spilling), overlapping top-bar controls, and key controls outside the viewport. */
export async function layoutProblems(page: Page): Promise<string[]> {
  return await page.evaluate(() => {
    const out: string[] = []
    const describe = (el: any): string =>
      `${el.tagName.toLowerCase()}.${String(el.className).split(' ').join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`
    for (const el of document.querySelectorAll('body *')) {
      const cs = getComputedStyle(el)
      if (cs.display === 'inline' || cs.display === 'none' || cs.visibility === 'hidden' || el.closest('.visually-hidden,[hidden],select,.message-list,.mono'))
        continue
      if (!el.getClientRects().length) continue
      const hasText = [...el.childNodes].some((n: any) => n.nodeType === 3 && n.textContent.trim())
      if (hasText && el.scrollWidth > el.clientWidth + 1 && cs.overflowX !== 'auto' && cs.overflowX !== 'scroll') out.push(`text overflows: ${describe(el)}`)
    }
    const bar = [...document.querySelectorAll('.topbar > *, .topnav > *')].filter((e: any) => e.getClientRects().length && !e.matches('.topnav, .skip-link'))
    for (let i = 0; i < bar.length; i++)
      for (let j = i + 1; j < bar.length; j++) {
        const a = bar[i].getBoundingClientRect()
        const b = bar[j].getBoundingClientRect()
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
          out.push(`overlap in the top bar: ${describe(bar[i])} / ${describe(bar[j])}`)
      }
    for (const sel of ['[data-testid="get-help"]', '.composer textarea', '.composer button[type="submit"]']) {
      const el = document.querySelector(sel)
      if (!el) continue
      const r = el.getBoundingClientRect()
      if (r.left < 0 || r.right > innerWidth + 1) out.push(`outside the viewport: ${sel}`)
    }
    return out
  })
}

/** Visible text that is plain English in the en-XA pseudo-locale: a string the catalog does not hold. */
async function hardCoded(page: Page): Promise<string[]> {
  return await page.evaluate(() => {
    const out: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent.trim()
      const el = n.parentElement
      // peer content (names, messages, guidelines), fingerprints and data from the crisis directory are not UI strings
      if (!text || !el || el.closest('bdi,.peer-text,.fingerprint,.help-entry h4,option,.mono,.visually-hidden,[hidden],time')) continue
      if (!el.getClientRects().length) continue
      if (/[A-Za-z]{3,}/.test(text) && !/[⟦⟧àƀçđéĝĥîĵķļɱñöþǫŕšţûṽŵẋýž]/.test(text)) out.push(text.slice(0, 60))
    }
    return out
  })
}

/** In RTL the rail sits at the right, the help button at the left, and the send button to the left of the box. */
async function mirrored(page: Page): Promise<string[]> {
  return await page.evaluate(() => {
    const out: string[] = []
    if (document.documentElement.dir !== 'rtl') out.push('<html dir> is not rtl')
    const dir = (sel: string) => (document.querySelector(sel) ? getComputedStyle(document.querySelector(sel)).direction : 'missing')
    for (const sel of ['main', '.composer', '.room-head']) if (dir(sel) !== 'rtl') out.push(`${sel} direction is ${dir(sel)}`)
    const box = (sel: string) => {
      const r = document.querySelector(sel)?.getBoundingClientRect()
      return r && r.width > 0 ? r : undefined
    }
    const rail = box('.rail')
    const room = box('.room-col')
    if (rail && room && !(rail.left >= room.right - 1)) out.push('the room rail is not on the right')
    const help = box('[data-testid="get-help"]')
    if (help && !(help.right < innerWidth / 2)) out.push('"Get help now" is not at the left')
    const send = box('.composer button[type="submit"]')
    const text = box('.composer textarea')
    if (send && text && !(send.right <= text.left + 1)) out.push('Send is not to the left of the message box')
    return out
  })
}

/**
 * The pseudo-locales, each at 1280 and 360 px: en-XA (accented, ~40% longer, bracketed) must clip
 * nothing and leave no English behind; ar-XB (right to left) must mirror the layout. Returns every
 * problem found, with where.
 */
export async function pseudoLocaleChecks({ browser, appUrl, engine, roomId }: Ctx): Promise<string[]> {
  const problems: string[] = []
  for (const locale of ['en-XA', 'ar-XB'] as const) {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 360, height: 800 }
    ]) {
      const m = await openMember(browser, appUrl, engine, { viewport, settings: { firstRunDone: true, region: 'GB', locale } })
      const page = m.page
      const screens: Array<[string, () => Promise<void>]> = [
        ['rooms', async () => void (await page.getByRole('heading', { name: msg('rooms.title', {}, locale) }).waitFor())],
        [
          'room',
          async () => {
            await page.goto(page.url().replace(/#.*$/, `#/room/${roomId}`))
            await waitForMessage(page, 'It does. [6]')
          }
        ],
        [
          'help',
          async () => {
            await page.getByRole('button', { name: msg('nav.getHelp', {}, locale) }).click()
            await page.getByRole('dialog', { name: msg('help.title', {}, locale) }).waitFor()
          }
        ],
        [
          'settings',
          async () => {
            await page.keyboard.press('Escape')
            await page.goto(page.url().replace(/#.*$/, '#/settings'))
            await page.getByRole('heading', { name: msg('settings.title', {}, locale) }).waitFor()
          }
        ]
      ]
      for (const [name, open] of screens) {
        await open()
        const where = `${locale} ${viewport.width} ${name}`
        for (const p of await layoutProblems(page)) problems.push(`${where}: ${p}`)
        if (locale === 'en-XA') for (const p of await hardCoded(page)) problems.push(`${where}: not from the catalog: "${p}"`)
        if (locale === 'ar-XB' && name === 'room') for (const p of await mirrored(page)) problems.push(`${where}: ${p}`)
        await screenshot(page, `pseudo-${locale}-${name}-${viewport.width}`)
      }
      await m.context.close()
    }
  }
  return problems
}
