/**
 * The moderator console's tools, grouped into a few sections a moderator can scan: who is here
 * and who gets in; what keeps people safe; how the room runs; the moderators themselves and the
 * record of what they did. Every tool sits in exactly one section.
 */
export const SECTIONS = [
  { id: 'people', tabs: ['members', 'knocks', 'invites', 'verified'] },
  { id: 'safety', tabs: ['reports', 'support', 'resources', 'lists'] },
  { id: 'room', tabs: ['settings', 'guidelines', 'welcome', 'sessions', 'listing'] },
  { id: 'team', tabs: ['moderators', 'keys', 'log'] }
] as const

export type Section = (typeof SECTIONS)[number]
export type SectionId = Section['id']
export type Tab = Section['tabs'][number]

const ALL: readonly Tab[] = SECTIONS.flatMap((s) => s.tabs)
/** A private conversation is for its two people: nobody is invited to it, knocks on it or finds it listed. */
const NOT_IN_CONVERSATION: readonly Tab[] = ['invites', 'knocks', 'listing']

export const isTab = (tab: string | undefined): tab is Tab => ALL.includes(tab as Tab)

/** The sections and their tools as shown for this room (a private conversation has fewer). */
export function sectionsFor(conversation: boolean): { id: SectionId; tabs: Tab[] }[] {
  return SECTIONS.map((s) => ({ id: s.id, tabs: s.tabs.filter((t) => !conversation || !NOT_IN_CONVERSATION.includes(t)) }))
}

/**
 * Where an arrow, Home or End key moves in a list of tabs, wrapping round; null for other keys.
 * Left and Right follow the reading direction (reversed right-to-left).
 */
export function moveByKey<T>(items: readonly T[], current: T, key: string, rtl: boolean): T | null {
  const i = Math.max(0, items.indexOf(current))
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight'
  const back = rtl ? 'ArrowRight' : 'ArrowLeft'
  if (key === forward || key === 'ArrowDown') return items[(i + 1) % items.length]
  if (key === back || key === 'ArrowUp') return items[(i - 1 + items.length) % items.length]
  if (key === 'Home') return items[0]
  if (key === 'End') return items[items.length - 1]
  return null
}
