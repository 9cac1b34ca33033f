/**
 * Whether `text` @mentions `name`: "@Sam" or "@sam," but not "@Samantha". Display names can hold
 * spaces ("@Night Owl"), so the whole name is matched, then a boundary (end, space, punctuation).
 */
export function mentions(text: string | null, name: string | null): boolean {
  if (!text || !name) return false
  const hay = text.toLocaleLowerCase('en')
  const needle = '@' + name.toLocaleLowerCase('en')
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const next = hay[at + needle.length]
    if (next === undefined || !/[\p{L}\p{N}_]/u.test(next)) return true
  }
  return false
}
