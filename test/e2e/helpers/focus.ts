import type { Page } from 'playwright-core'

declare const document: any // page-side code (this file is type-checked without DOM types)

/** What has focus, described for assertions: tag, role, accessible-ish name, and a few attributes. */
export interface Focused {
  tag: string
  role: string | null
  name: string
  href: string | null
  className: string
  inDialog: string | null
}

export async function focused(page: Page): Promise<Focused> {
  return await page.evaluate(() => {
    const el = document.activeElement
    const labelled = el?.getAttribute('aria-labelledby')
    const label =
      el?.getAttribute('aria-label') ??
      (labelled ? document.getElementById(labelled)?.textContent : null) ??
      (el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
      (el?.tagName === 'INPUT' ? el.closest('label')?.textContent : null) ??
      el?.textContent ??
      ''
    const dialog = el?.closest('[role="dialog"]')
    const title = dialog ? document.getElementById(dialog.getAttribute('aria-labelledby'))?.textContent : null
    return {
      tag: (el?.tagName ?? '').toLowerCase(),
      role: el?.getAttribute('role') ?? null,
      name: String(label).trim(),
      href: el?.getAttribute('href') ?? null,
      className: String(el?.className ?? ''),
      inDialog: title ?? null
    }
  })
}

/** Wait (bounded) until focus is on an element matching `pred`; the error says where focus was. */
export async function expectFocus(page: Page, what: string, pred: (f: Focused) => boolean, timeout = 30_000): Promise<Focused> {
  const until = Date.now() + timeout
  let last = await focused(page)
  while (!pred(last)) {
    if (Date.now() > until) throw new Error(`focus should be on ${what}, but is on ${JSON.stringify(last)}`)
    await page.waitForTimeout(100)
    last = await focused(page)
  }
  return last
}
