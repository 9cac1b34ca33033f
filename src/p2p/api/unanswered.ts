import { checkDistress } from '../../shared/safety/distress.ts'
import { mentions } from '../room/mentions.ts'
import type { Message } from '../../shared/api/common.ts'
import type { History } from '../epochs/history.ts'

/** How far back the nudge looks: a day-old post is for moderators' review, not a nudge now. */
const LOOKBACK_MS = 24 * 3_600_000
const RECENT = 300

export type Unanswered = { messageId: string; level: 'concern' | 'urgent'; about: 'self' | 'other'; time: number; authorName: string | null }

/**
 * Distressed posts nobody answered (the unanswered nudge, docs/safety.md): among the room's
 * latest messages, those the on-device distress check grades concern or urgent, written between
 * a day and `minutes` ago (by their claimed time, against this device's clock), that nobody else
 * has replied to, @mentioned the author since, or reacted to. The reader's own posts are left out.
 * Worked out from what the device already holds; the grades are never stored or sent.
 */
export async function unanswered(history: History, me: Set<string>, minutes: number, now: number): Promise<Unanswered[]> {
  const { messages } = await history.page(RECENT)
  const out: Unanswered[] = []
  for (const [i, m] of messages.entries()) {
    if (m.time > now - minutes * 60_000 || m.time < now - LOOKBACK_MS) continue
    if (!m.text || m.hidden || m.deleted || m.index < 0 || me.has(m.author)) continue
    if (answered(m, messages.slice(i + 1))) continue
    const d = checkDistress(m.text)
    if (d.level === 'none' || !d.about) continue
    out.push({ messageId: m.id, level: d.level, about: d.about, time: m.time, authorName: m.authorName })
  }
  return out.reverse()
}

function answered(post: Message, later: Message[]): boolean {
  if (Object.values(post.reactions ?? {}).some((n) => n > 0)) return true
  return later.some((m) => m.author !== post.author && (m.replyTo === post.id || mentions(m.text, post.authorName)))
}
