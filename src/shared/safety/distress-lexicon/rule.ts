import type { DistressCategory, DistressRule } from './types.ts'

/** Helpers shared by the language files, so each lexicon reads as a table of phrases. */
type Extra = Omit<DistressRule, 'id' | 'category' | 'level' | 'pattern'>

export const rule = (id: string, category: DistressCategory, level: DistressRule['level'], pattern: RegExp, extra: Extra = {}): DistressRule => ({
  id,
  category,
  level,
  pattern,
  ...extra
})

/** A set from a space-separated list (apostrophes allowed). */
export const words = (list: string): ReadonlySet<string> => new Set(list.split(' '))

export const S: DistressCategory = 'suicide'
export const H: DistressCategory = 'self-harm'
export const A: DistressCategory = 'acute-crisis'
