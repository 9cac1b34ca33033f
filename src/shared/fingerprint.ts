/**
 * A member's fingerprint: twelve digits in three groups ("4821 0937 5512"), taken from their
 * member id (a hash). People compare it to tell apart two members who chose the same name. Forty
 * bits: making a key whose fingerprint matches a chosen one takes about 2^40 key generations
 * (years of one machine), where the four hex digits shown before took under a second. Digits read
 * the same in every language, and screen readers speak them as numbers.
 */
export function fingerprint(memberId: string): string {
  if (!/^[0-9a-f]{64}$/.test(memberId)) return '—'
  const digits = (BigInt('0x' + memberId.slice(0, 16)) % 10n ** 12n).toString().padStart(12, '0')
  return `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8)}`
}

/** Display names held by more than one member (compared case-, width- and space-insensitively). */
export function sharedNames(members: Array<{ memberId: string; displayName: string | null }>): Set<string> {
  const seen = new Map<string, Set<string>>()
  for (const m of members) {
    if (!m.displayName) continue
    const key = nameKey(m.displayName)
    seen.set(key, (seen.get(key) ?? new Set()).add(m.memberId))
  }
  return new Set([...seen].filter(([, ids]) => ids.size > 1).map(([key]) => key))
}

/** The form two names are compared in: "Ann", "ann" and "ａｎｎ" are the same name to a reader. */
export const nameKey = (name: string) => name.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim()
