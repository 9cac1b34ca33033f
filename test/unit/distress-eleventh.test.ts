import { describe, expect, it } from 'vitest'
import { normaliseForDistress } from '../../src/shared/safety/distress.ts'
import { LEXICONS, runLexicon } from '../../src/shared/safety/distress-rules.ts'

// Issue 14's eleventh pass. Italian "la faccio finita" closing a clause declares the act, as
// English "I'm ending it now" does (en-urgent.ts): urgent by rule, not left to the model. A wish
// ("voglio farla finita") stays concern; ending something else stays everyday. None of these
// sentences is in the training set.
const italian = (text: string) => runLexicon(LEXICONS.it, normaliseForDistress(text, 'it'))

describe('"la faccio finita" (Italian)', () => {
  it.each(['stasera la faccio finita', 'basta, la faccio finita con questa vita', 'ho deciso. la faccio finita per sempre'])(
    'a declaration is urgent: %s',
    (text) => {
      const r = italian(text)
      expect(r.self.length).toBeGreaterThan(0)
      expect(r.urgentSelf).toBe(true)
    }
  )

  it('a wish to end it is concern, not urgent', () => {
    const r = italian('a volte voglio farla finita')
    expect(r.self.length).toBeGreaterThan(0)
    expect(r.urgentSelf).toBe(false)
  })

  it.each(['la faccio finita con lui, mi ha tradita', 'la faccio finita con questo lavoro, domani mi licenzio'])(
    'ending something else is not risk: %s',
    (text) => {
      const r = italian(text)
      expect(r.self).toEqual([])
      expect(r.urgentSelf).toBe(false)
    }
  )
})
