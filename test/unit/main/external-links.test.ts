import { describe, expect, it, vi, beforeEach } from 'vitest'

const electron = vi.hoisted(() => ({
  dialog: { showMessageBox: vi.fn() },
  shell: { openExternal: vi.fn(async () => {}) }
}))
vi.mock('electron', () => electron)

import { checkExternalUrl, confirmationText, electronOpenDeps, openExternalLink } from '../../../src/main/external-links.ts'
import { translator } from '../../../src/main/i18n/catalog.ts'

const en = translator('en')

const hostile: Array<[string, unknown]> = [
  ['javascript', 'javascript:alert(1)'],
  ['javascript, mixed case', 'JaVaScRiPt:alert(document.cookie)'],
  ['javascript with a tab the parser would drop', 'java\tscript:alert(1)'],
  ['javascript with leading space', ' javascript:alert(1)'],
  ['javascript disguised with //', 'javascript://example.org/%0aalert(1)'],
  ['data html', 'data:text/html,<script>alert(1)</script>'],
  ['data, upper case', 'DATA:text/html;base64,PHNjcmlwdD4='],
  ['file', 'file:///etc/passwd'],
  ['file, upper case, windows', 'FILE:///C:/Windows/System32/calc.exe'],
  ['file UNC', 'file://server/share/x.exe'],
  ['vbscript', 'vbscript:msgbox(1)'],
  ['blob', 'blob:https://example.org/6b1c'],
  ['about', 'about:blank'],
  ['chrome internal', 'chrome://settings'],
  ['ms-msdt custom scheme', 'ms-msdt:/id PCWDiagnostic'],
  ['ms-msdt without space', 'ms-msdt:/id%20PCWDiagnostic'],
  ['smb', 'smb://evil.example.com/share'],
  ['our own scheme', 'hearth://join/abcdefghijklmnop'],
  ['another app', 'slack://open?team=1'],
  ['ftp', 'ftp://example.org/x'],
  ['plain http', 'http://example.org/'],
  ['HTTP upper case', 'HTTP://EXAMPLE.ORG/'],
  ['user in URL', 'https://user@evil.com/'],
  ['user and password', 'https://user:pass@evil.com/'],
  ['brand as user name', 'https://www.samaritans.org@evil.com/login'],
  ['IPv4', 'https://192.168.1.1/admin'],
  ['loopback', 'https://127.0.0.1/'],
  ['hex IPv4 the parser normalises', 'https://0x7f.1/'],
  ['integer IPv4', 'https://2130706433/'],
  ['IPv6', 'https://[::1]/'],
  ['localhost', 'https://localhost/'],
  ['.local', 'https://printer.local/'],
  ['single label', 'https://intranet/'],
  ['.internal', 'https://vault.corp.internal/'],
  ['unusual port', 'https://example.org:8443/'],
  ['punycode look-alike', 'https://xn--pypal-4ve.com/'],
  ['Cyrillic a look-alike', 'https://p\u0430ypal.com/'],
  ['all-Cyrillic look-alike', 'https://\u0435\u0445\u0430mple.com/'],
  ['right-to-left override', 'https://example.org/\u202Egnp.exe'],
  ['zero-width space in front', '\u200bhttps://example.org/'],
  ['space in host', 'https://exa mple.org/'],
  ['trailing newline', 'https://example.org/\n'],
  ['NUL', 'https://example.org/\u0000'],
  ['soft hyphen in host', 'https://exam\u00adple.org/'],
  ['relative', 'example.org'],
  ['protocol-relative', '//evil.com/'],
  ['empty', ''],
  ['too long', `https://example.org/${'a'.repeat(3000)}`],
  ['not a string', 42],
  ['null', null],
  ['object', { href: 'https://example.org' }],
  ['mailto with attachment', 'mailto:help@example.org?attach=/etc/passwd'],
  ['mailto with two addresses', 'mailto:a@example.org,b@example.org'],
  ['mailto with no address', 'mailto:?to=x@example.org'],
  ['mailto with cc', 'mailto:a@example.org?cc=b@example.org'],
  ['mailto to an IP', 'mailto:a@127.0.0.1'],
  ['tel with letters', 'tel:call-me-now'],
  ['tel with params', 'tel:+1555;ext=2'],
  ['tel with query', 'tel:116123?x=1'],
  ['tel USSD code', 'tel:*%2306%23'],
  ['sms with other params', 'sms:741741?attach=x']
]

const allowed: Array<[string, string, string]> = [
  ['https', 'https://www.samaritans.org/how-we-can-help/', 'https://www.samaritans.org/how-we-can-help/'],
  ['upper-case scheme and host are normalised', 'HTTPS://EXAMPLE.ORG/Path?q=1#frag', 'https://example.org/Path?q=1#frag'],
  ['digits in the name', 'https://988lifeline.org', 'https://988lifeline.org/'],
  ['tel', 'tel:116123', 'tel:116123'],
  ['tel international', 'tel:+44-116-123', 'tel:+44-116-123'],
  ['sms with body', 'sms:741741?body=HOME', 'sms:741741?body=HOME'],
  ['mailto', 'mailto:jo@samaritans.org', 'mailto:jo@samaritans.org'],
  ['mailto with subject', 'mailto:jo@samaritans.org?subject=Hello', 'mailto:jo@samaritans.org?subject=Hello']
]

describe('external link policy', () => {
  it.each(hostile)('refuses %s', (_name, url) => {
    const check = checkExternalUrl(url)
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.reason.length).toBeGreaterThan(5)
  })

  it.each(allowed)('allows %s, opening the normalised href', (_name, url, href) => {
    const check = checkExternalUrl(url)
    expect(check).toMatchObject({ ok: true, href })
  })

  it('names the real destination in the confirmation, not the text around it', () => {
    const check = checkExternalUrl('https://evil.example.com/www.samaritans.org')
    if (!check.ok) throw new Error('expected ok')
    expect(confirmationText(check, en).message).toBe('Open evil.example.com in your browser?')
    expect(confirmationText(checkExternalUrl('tel:116123') as never, en).message).toBe('Call 116123?')
  })
})

describe('openExternalLink', () => {
  it('opens only after confirmation', async () => {
    const open = vi.fn(async () => {})
    expect(await openExternalLink('https://example.org', { confirm: async () => false, open })).toEqual({ opened: false, reason: 'cancelled' })
    expect(open).not.toHaveBeenCalled()
    expect(await openExternalLink('https://example.org', { confirm: async () => true, open })).toEqual({ opened: true })
    expect(open).toHaveBeenCalledWith('https://example.org/')
  })

  it('never asks about a refused link', async () => {
    const confirm = vi.fn(async () => true)
    const reply = await openExternalLink('javascript:alert(1)', { confirm, open: vi.fn() })
    expect(reply.opened).toBe(false)
    expect(confirm).not.toHaveBeenCalled()
  })

  it('shows one dialog at a time', async () => {
    let answer!: (v: boolean) => void
    const deps = {
      confirm: () =>
        new Promise<boolean>((r) => {
          answer = r
        }),
      open: vi.fn(async () => {})
    }
    const first = openExternalLink('https://example.org', deps)
    expect(await openExternalLink('https://example.com', deps)).toMatchObject({ opened: false })
    answer(true)
    expect(await first).toEqual({ opened: true })
  })

  it('reports a failing opener instead of throwing', async () => {
    const reply = await openExternalLink('https://example.org', {
      confirm: async () => true,
      open: async () => {
        throw new Error('no browser')
      }
    })
    expect(reply).toEqual({ opened: false, reason: 'the link could not be opened: no browser' })
  })
})

describe('electronOpenDeps', () => {
  beforeEach(() => vi.clearAllMocks())

  it('asks with Cancel as the default and opens through shell.openExternal', async () => {
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 })
    const reply = await openExternalLink(
      'https://example.org/a',
      electronOpenDeps(() => null, en)
    )
    expect(reply.opened).toBe(true)
    const opts = electron.dialog.showMessageBox.mock.calls[0][0]
    expect(opts).toMatchObject({ defaultId: 0, cancelId: 0, buttons: ['Cancel', 'Open in browser'] })
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.org/a', { activate: true })
  })

  it('does not open when the dialog is dismissed', async () => {
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 })
    expect(
      (
        await openExternalLink(
          'tel:116123',
          electronOpenDeps(() => null, en)
        )
      ).opened
    ).toBe(false)
    expect(electron.shell.openExternal).not.toHaveBeenCalled()
  })
})
