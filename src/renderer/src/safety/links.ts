/** Links to support lines: only tel:, sms: and https: ever become clickable, after a parse. */
const PHONE = /^\+?[0-9][0-9 -]*[0-9]$|^[0-9]$/

export function telHref(phone: string | undefined): string | null {
  if (!phone) return null
  const p = phone.trim()
  return PHONE.test(p) ? `tel:${p.replace(/[ -]/g, '')}` : null
}

/** "Text 988", "Text SHOUT to 85258" or a bare number become an sms: link; other wording stays text. */
export function smsHref(text: string | undefined): string | null {
  if (!text) return null
  const t = text.trim()
  if (PHONE.test(t)) return `sms:${t.replace(/[ -]/g, '')}`
  let m = /^text\s+([0-9][0-9 -]*[0-9]|[0-9])$/i.exec(t)
  if (m) return `sms:${m[1].replace(/[ -]/g, '')}`
  m = /^text\s+([A-Za-z0-9]{1,20})\s+to\s+([0-9][0-9 -]*[0-9])$/i.exec(t)
  if (m) return `sms:${m[2].replace(/[ -]/g, '')}?body=${encodeURIComponent(m[1])}`
  return null
}

export function httpsHref(url: string | undefined): string | null {
  if (!url) return null
  try {
    const u = new URL(url)
    if (u.protocol !== 'https:' || u.username || u.password) return null
    return u.href
  } catch {
    return null
  }
}

/** Show a URL's host the way the browser resolves it (punycode), so look-alikes are visible. */
export function hostOf(href: string): string {
  try {
    return new URL(href).host
  } catch {
    return href
  }
}
