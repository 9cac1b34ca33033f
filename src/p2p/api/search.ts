import type { Message } from '../../shared/api/common.ts'
import type { History } from '../epochs/history.ts'

const PAGE = 200

/** Case- and accent-insensitive form: "Tristeza" finds "tristéza", "ANSIEDAD" finds "ansiedad". */
export const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en')

/**
 * Local search over a room's history on this device (every set of keys it had), newest first.
 * Every word of the query must appear in the text or content warning. Withheld (hidden, blocked)
 * and deleted messages are not searched: search must not bring back what moderators took away.
 */
export async function searchHistory(history: History, query: string, limit: number) {
  const words = fold(query).split(/\s+/).filter(Boolean)
  const found: Message[] = []
  let scanned = 0
  let before: string | undefined
  for (;;) {
    const page = await history.page(PAGE, before)
    for (const m of [...page.messages].reverse()) {
      scanned++
      if (m.hidden || m.deleted || m.index < 0) continue
      const text = fold(`${m.contentWarning ?? ''} ${m.text ?? ''}`)
      if (!words.every((w) => text.includes(w))) continue
      found.push(m)
      if (found.length > limit) return { messages: found.slice(0, limit), scanned, hasMore: true }
    }
    if (!page.hasMore || !page.messages.length) return { messages: found, scanned, hasMore: false }
    before = page.messages[0].id
  }
}
