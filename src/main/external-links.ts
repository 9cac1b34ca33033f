/**
 * Which links may leave the app, and how. Text in rooms comes from strangers, so every link the UI
 * asks to open is treated as hostile until it passes this policy:
 *
 * - Only https:, mailto:, tel: and sms: open (the last three for crisis lines). Everything else is
 *   refused: javascript:, data:, file:, blob:, plain http:, and any custom scheme (which would
 *   launch another app with attacker-chosen arguments).
 * - The raw string may not contain whitespace, control or invisible/bidi characters: the URL parser
 *   silently drops tabs and newlines ("java\tscript:"), and bidi overrides make a link read
 *   differently from where it goes.
 * - https: no user name/password (https://bank.com@evil.example), no port, no IP-address hosts, only
 *   public-looking DNS names (two or more labels, alphabetic TLD, no .local/.internal and the like),
 *   and no IDN/punycode labels (xn--), which can imitate other sites with look-alike letters.
 * - mailto: one plain address, only subject/body parameters (no attach=, cc=, bcc=).
 *   tel:/sms: a phone number made of digits and + - . ( ) only; sms: may carry a body.
 * - What opens is the parser's normalised href, never the raw string, and only after the person
 *   confirms in a native dialog that names the destination. One dialog at a time.
 */
import { dialog, shell, type BrowserWindow } from 'electron'
import type { OpenExternalReply } from '../shared/ipc-channels.ts'
import type { Translate } from './i18n/catalog.ts'

export type LinkKind = 'https' | 'mailto' | 'tel' | 'sms'
export type LinkCheck = { ok: true; kind: LinkKind; href: string; destination: string } | { ok: false; reason: string }

const MAX_LENGTH = 2048
// Whitespace, C0/C1 controls, soft hyphen, zero-width and bidi controls, BOM.
const UNSAFE_CHARS = /[\s\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/u
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/
const TLD = /^[a-z]{2,63}$/
const PRIVATE_SUFFIXES = ['local', 'localhost', 'internal', 'intranet', 'lan', 'home', 'corp', 'private', 'test', 'invalid', 'example', 'arpa', 'onion']
const PHONE = /^\+?[0-9][0-9\-.()]{1,30}$/
const MAILBOX = /^[A-Za-z0-9._%+-]{1,64}@([a-z0-9-]{1,63}\.)+[a-z]{2,63}$/i

const no = (reason: string): LinkCheck => ({ ok: false, reason })

function checkHost(hostname: string): string | null {
  if (hostname.startsWith('[') || /^[0-9.]+$/.test(hostname)) return 'links to bare IP addresses do not open from Hearth'
  const labels = hostname.split('.')
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l)) || !TLD.test(labels[labels.length - 1])) return `"${hostname}" is not a public web address`
  if (labels.some((l) => l.startsWith('xn--')))
    return `"${hostname}" uses international letters that can imitate another site's name; type the address yourself if you trust it`
  if (PRIVATE_SUFFIXES.includes(labels[labels.length - 1])) return `"${hostname}" is a local or reserved name`
  return null
}

function onlyParams(url: URL, allowed: string[]): boolean {
  if (url.hash) return false
  return [...url.searchParams.keys()].every((k) => allowed.includes(k))
}

/** The policy. Pure: returns what would open and why not, and never throws. */
export function checkExternalUrl(raw: unknown): LinkCheck {
  if (typeof raw !== 'string' || raw.length === 0) return no('the link is empty')
  if (raw.length > MAX_LENGTH) return no('the link is too long')
  if (UNSAFE_CHARS.test(raw)) return no('the link contains spaces or hidden characters')
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return no('the link is not a complete web address')
  }
  switch (url.protocol) {
    case 'https:': {
      if (url.username || url.password) return no('links with a user name or password in them are a common trick and do not open')
      if (url.port) return no('links to unusual ports do not open from Hearth')
      const bad = checkHost(url.hostname)
      return bad ? no(bad) : { ok: true, kind: 'https', href: url.href, destination: url.hostname }
    }
    case 'mailto:': {
      const to = safeDecode(url.pathname)
      if (!to || !MAILBOX.test(to)) return no('the email link must name exactly one plain address')
      const bad = checkHost(to.split('@')[1].toLowerCase())
      if (bad) return no(bad)
      if (!onlyParams(url, ['subject', 'body'])) return no('email links may only carry a subject and a body')
      return { ok: true, kind: 'mailto', href: url.href, destination: to }
    }
    case 'tel:':
    case 'sms:': {
      const number = safeDecode(url.pathname)
      const digits = number?.replace(/\D/g, '') ?? ''
      if (!number || !PHONE.test(number) || digits.length < 2 || digits.length > 20) return no('the phone link must hold just a phone number')
      const kind = url.protocol === 'tel:' ? 'tel' : 'sms'
      if (!onlyParams(url, kind === 'sms' ? ['body'] : [])) return no('the phone link carries extra parameters')
      return { ok: true, kind, href: url.href, destination: number }
    }
    case 'http:':
      return no('only secure (https) web links open from Hearth')
    default:
      return no(`links of type "${url.protocol.slice(0, 20)}" do not open from Hearth`)
  }
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s)
  } catch {
    return null
  }
}

/** The question the confirmation dialog asks for each kind of link. */
export function confirmationText(check: Extract<LinkCheck, { ok: true }>, t: Translate): { message: string; detail: string; button: string } {
  const values = { destination: check.destination, href: check.href }
  return {
    message: t(`link.${check.kind}.message`, values),
    detail: t(`link.${check.kind}.detail`, values),
    button: t(`link.${check.kind}.button`)
  }
}

export interface OpenDeps {
  confirm: (check: Extract<LinkCheck, { ok: true }>) => Promise<boolean>
  open: (href: string) => Promise<void>
}

let dialogOpen = false

/** Check, confirm, then open. Never throws: the reply says what happened, for the UI to show. */
export async function openExternalLink(raw: unknown, deps: OpenDeps): Promise<OpenExternalReply> {
  const check = checkExternalUrl(raw)
  if (!check.ok) return { opened: false, reason: check.reason }
  if (dialogOpen) return { opened: false, reason: 'another link is already waiting for your answer' }
  dialogOpen = true
  try {
    if (!(await deps.confirm(check))) return { opened: false, reason: 'cancelled' }
    await deps.open(check.href)
    return { opened: true }
  } catch (err) {
    return { opened: false, reason: `the link could not be opened: ${err instanceof Error ? err.message : String(err)}` }
  } finally {
    dialogOpen = false
  }
}

/** The real dialog and shell, bound to a parent window so the question is modal to it. */
export function electronOpenDeps(parent: () => BrowserWindow | null, t: Translate): OpenDeps {
  return {
    async confirm(check) {
      const text = confirmationText(check, t)
      const options = {
        type: 'question' as const,
        buttons: [t('link.cancel'), text.button],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
        title: t('link.title'),
        message: text.message,
        detail: text.detail
      }
      const win = parent()
      const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options)
      return response === 1
    },
    open: (href) => shell.openExternal(href, { activate: true })
  }
}
