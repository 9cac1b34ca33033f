/**
 * `hearth://join/<invite>` and short `hearth://i/<token>` links. They arrive from other apps (a browser, a chat client), so they
 * are parsed strictly: exact shape, URL-safe invite characters only, no query, fragment, percent
 * escapes, whitespace or extra path. A link never joins by itself: it opens the join flow, where
 * the person sees the room and decides.
 */
import type { DeepLink } from '../shared/ipc-channels.ts'

export const DEEP_LINK_SCHEME = 'hearth'

// The engine's joinRoom takes 10..2000 characters; invites are z-base-32/base64url-like text.
const JOIN = /^hearth:\/\/join\/([A-Za-z0-9._~-]{10,2000})\/?$/i
// A short link: 26 z-base-32 letters the engine looks up on the DHT (src/p2p/short-link.ts).
const SHORT = /^hearth:\/\/i\/([ybndrfg8ejkmcpqxot1uwisza345h769]{26})\/?$/i

export function parseDeepLink(raw: unknown): DeepLink | null {
  if (typeof raw !== 'string' || raw.length > 2100) return null
  const short = SHORT.exec(raw)
  if (short) return { kind: 'join', invite: `hearth://i/${short[1].toLowerCase()}` }
  const m = JOIN.exec(raw)
  // The scheme and "join" match in any case (some OSes change it); the invite keeps its case.
  if (!m) return null
  return { kind: 'join', invite: m[1] }
}

/**
 * The deep link in a command line (first launch on Windows/Linux, or a second instance's argv).
 * Only arguments that are themselves a valid link count; the last one wins.
 */
export function findDeepLink(argv: readonly string[]): DeepLink | null {
  let found: DeepLink | null = null
  for (const arg of argv) {
    if (typeof arg === 'string' && arg.slice(0, 7).toLowerCase() === 'hearth:') found = parseDeepLink(arg) ?? found
  }
  return found
}

/**
 * Holds the latest link until the UI takes it. Links can arrive before the window has loaded
 * (cold start), so the UI pulls; `notify` only says "one is waiting".
 */
export class DeepLinkInbox {
  private pending: DeepLink | null = null
  constructor(private readonly notify: () => void) {}

  receive(link: DeepLink | null): boolean {
    if (!link) return false
    this.pending = link
    this.notify()
    return true
  }

  take(): DeepLink | null {
    const link = this.pending
    this.pending = null
    return link
  }
}
