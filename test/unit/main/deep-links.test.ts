import { describe, expect, it, vi } from 'vitest'
import { DeepLinkInbox, findDeepLink, parseDeepLink } from '../../../src/main/deep-links.ts'

const invite = 'yb1nd8rfg8ejkmcpqxot1uwisza345h769yb1nd8rfg8ejkmcpqx'

describe('parseDeepLink', () => {
  it('accepts hearth://join/<invite>', () => {
    expect(parseDeepLink(`hearth://join/${invite}`)).toEqual({ kind: 'join', invite })
    expect(parseDeepLink(`hearth://join/${invite}/`)).toEqual({ kind: 'join', invite })
  })

  it('accepts a short hearth://i/<token> link and hands the engine the whole link', () => {
    const token = 'yb1nd8rfg8ejkmcpqxot1uwisz'
    expect(parseDeepLink(`hearth://i/${token}`)).toEqual({ kind: 'join', invite: `hearth://i/${token}` })
    expect(parseDeepLink(`HEARTH://I/${token.toUpperCase()}/`)).toEqual({ kind: 'join', invite: `hearth://i/${token}` })
    // 26 z-base-32 letters exactly: anything else is not a short link
    expect(parseDeepLink(`hearth://i/${token}y`)).toBeNull()
    expect(parseDeepLink(`hearth://i/${token.slice(1)}0`)).toBeNull()
    expect(parseDeepLink(`hearth://i/${token}?x=1`)).toBeNull()
  })

  it('accepts an upper-case scheme but keeps the invite as written', () => {
    expect(parseDeepLink('HEARTH://JOIN/AbC_def-123.xyz~')).toEqual({ kind: 'join', invite: 'AbC_def-123.xyz~' })
  })

  it.each([
    ['other scheme', `https://join/${invite}`],
    ['other action', `hearth://leave/${invite}`],
    ['no slashes', `hearth:join/${invite}`],
    ['query', `hearth://join/${invite}?x=1`],
    ['fragment', `hearth://join/${invite}#x`],
    ['extra path', `hearth://join/${invite}/more`],
    ['percent escapes', `hearth://join/${invite}%2F..`],
    ['whitespace', `hearth://join/${invite} --inspect`],
    ['newline', `hearth://join/${invite}\n`],
    ['leading space', ` hearth://join/${invite}`],
    ['argument injection', 'hearth://join/abcdefghijk" --gpu-launcher="calc'],
    ['too short', 'hearth://join/abc'],
    ['too long', `hearth://join/${'a'.repeat(2001)}`],
    ['empty', ''],
    ['user info', `hearth://user@join/${invite}`],
    ['unicode look-alike', `hearth://join/${invite}\u0430`],
    ['not a string', 12]
  ])('rejects %s', (_name, raw) => {
    expect(parseDeepLink(raw)).toBeNull()
  })
})

describe('findDeepLink', () => {
  it('finds the link among Chromium and app arguments', () => {
    const argv = ['/opt/Hearth/hearth', '--no-sandbox', '--allow-file-access-from-files', `hearth://join/${invite}`]
    expect(findDeepLink(argv)).toEqual({ kind: 'join', invite })
  })

  it('ignores arguments that only look like links', () => {
    expect(findDeepLink(['hearth', '--flag=hearth://join/abcdefghijkl', 'hearth://join/x y'])).toBeNull()
    expect(findDeepLink([])).toBeNull()
  })
})

describe('DeepLinkInbox', () => {
  it('keeps the latest link until it is taken once', () => {
    const notify = vi.fn()
    const inbox = new DeepLinkInbox(notify)
    expect(inbox.receive(null)).toBe(false)
    expect(notify).not.toHaveBeenCalled()
    inbox.receive({ kind: 'join', invite: 'first-invite' })
    inbox.receive({ kind: 'join', invite: 'second-invite' })
    expect(notify).toHaveBeenCalledTimes(2)
    expect(inbox.take()).toEqual({ kind: 'join', invite: 'second-invite' })
    expect(inbox.take()).toBeNull()
  })
})
