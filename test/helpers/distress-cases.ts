import { expect, it } from 'vitest'
import { checkDistress } from '../../src/shared/safety/distress.ts'

/** What the check should say about one sentence: its level and, when flagged, who is at risk. */
export type Want = { level: 'none' | 'concern' | 'urgent'; about?: 'self' | 'other' | null }

/** One test per group: every sentence in it gets the level and subject it should. */
export function itGradesEachGroup(cases: Record<string, Array<[string, Want]>>): void {
  for (const [group, list] of Object.entries(cases)) {
    it(`grades ${group}`, () => {
      for (const [text, want] of list) {
        const got = checkDistress(text)
        expect({ level: got.level, about: got.about }, text).toEqual({ level: want.level, about: want.about ?? null })
      }
    })
  }
}
