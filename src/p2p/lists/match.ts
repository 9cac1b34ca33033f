/**
 * Matching posts against shared block lists, deterministically: every peer's apply must refuse
 * the same posts, so matching uses nothing but the text (NFKC, lower case) and the entries.
 * A phrase matches whole words in order, whatever the punctuation and spacing between them
 * ("Buy   followers!" matches "buy followers"; "buyfollowers" does not). A link entry is a domain:
 * it matches that domain and its subdomains anywhere in the text, with or without a scheme.
 */
export type ListEntry = { kind: 'phrase' | 'link'; value: string }
/** An entry as apply keeps it: normalised once, with the list it came from. */
export type ActiveEntry = ListEntry & { listId: string }

const NOT_WORD = /[^\p{L}\p{N}]+/gu
const HOST = /(?:^|[^\p{L}\p{N}.-])((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}]{2,})(?=$|[^\p{L}\p{N}-])/gu

const fold = (s: string) => s.normalize('NFKC').toLowerCase()

/** A phrase as its words separated by single spaces, with a space at each end. */
export const phraseKey = (s: string) => ` ${fold(s).replace(NOT_WORD, ' ').trim()} `

/** A domain in the form link entries are kept in (lower case, no scheme, path or trailing dot). */
export function domainKey(s: string): string {
  return fold(s)
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/^www\./, '')
    .replace(/\.$/, '')
}

/** The entry in the form apply stores and compares; null for an entry that would match nothing or everything. */
export function normaliseEntry(e: ListEntry): ListEntry | null {
  const value = e.kind === 'phrase' ? phraseKey(e.value) : domainKey(e.value)
  if (e.kind === 'phrase') return value.trim().length >= 2 ? { kind: 'phrase', value } : null
  return /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}]{2,}$/u.test(value) ? { kind: 'link', value } : null
}

function hostsIn(text: string): string[] {
  return [...fold(text).matchAll(HOST)].map((m) => m[1].replace(/^www\./, ''))
}

/** The first active entry the text matches (entries are normalised), or null. */
export function firstMatch(text: string, entries: readonly ActiveEntry[]): ActiveEntry | null {
  if (!entries.length || !text) return null
  const words = phraseKey(text)
  let hosts: string[] | null = null
  for (const e of entries) {
    if (e.kind === 'phrase') {
      if (words.includes(e.value)) return e
      continue
    }
    hosts ??= hostsIn(text)
    if (hosts.some((h) => h === e.value || h.endsWith(`.${e.value}`))) return e
  }
  return null
}
