/**
 * Shape of one language's distress lexicon. The engine in ../distress.ts is language-neutral;
 * adding a language is one more file like en.ts plus one line in the LEXICONS map in ../distress-rules.ts.
 * All patterns run on normalised text (lower case, single spaces, straight apostrophes).
 */

export type DistressCategory = 'suicide' | 'self-harm' | 'acute-crisis'
export type DistressLevel = 'none' | 'concern' | 'urgent'

export interface DistressRule {
  /** Short phrase reported in `matched`, for tests and debugging only. */
  id: string
  category: DistressCategory
  level: 'concern' | 'urgent'
  /** Tested against one clause. No 'g' flag; bounded quantifiers only (no catastrophic backtracking). */
  pattern: RegExp
  /** A negator shortly before the match ("I don't want to die") cancels it. Default true. */
  negatable?: boolean
  /**
   * About the writer only. When the subject is someone else ("my sister self-harms") or the words
   * are reported speech, the hit counts as being about someone else. Default true; false = always
   * about the writer ("everyone would be better off without me").
   */
  selfOnly?: boolean
  /** The pattern itself names someone else ("she wants to kill herself", "quiere matarse"). */
  about?: 'other'
  /** Cancelled when the clause is clearly about the past ("years ago", "used to"). Default true. */
  pastable?: boolean
  /** Cancelled when the text right after the match looks like an idiom ("... laughing"). */
  notAfter?: RegExp
  /** Cancelled when the whole clause matches, e.g. a technical context for "kms". */
  notIn?: RegExp
  /** 'clause' (default) tests each clause; 'message' tests the whole message (multi-clause farewells). */
  scope?: 'clause' | 'message'
  /** Timing in the same clause ("tonight") raises it to urgent. Default true; false for passive wishes. */
  timingEscalates?: boolean
}

export interface DistressLexicon {
  /** BCP 47 primary language tag, e.g. 'en'. */
  language: string
  rules: readonly DistressRule[]
  /** Splits a message into clauses; negation and subject checks never cross a clause. */
  clauseSplit: RegExp
  /** Tokens that negate what follows ("not", "never", "don't"). */
  negators: ReadonlySet<string>
  /** Multi-word negators, matched on the text just before a hit ("no longer", "would never"). */
  negatorPhrases: RegExp
  /** Tokens that undo a preceding negator: "can't STOP thinking about ...", "don't KNOW why I shouldn't". */
  negationBreakers: ReadonlySet<string>
  /** How many tokens before a hit a negator may sit. */
  negationWindow: number
  /** Subject tokens that mean the writer is talking about themselves. */
  firstPerson: ReadonlySet<string>
  /** Subject tokens that mean the writer is talking about someone else in their life. */
  otherPerson: ReadonlySet<string>
  /** Prepositions: a person right after one ("of my dad", "de mi padre") is not the subject. */
  prepositions: ReadonlySet<string>
  /** Subjects that are nobody in particular ("you", "people", "the character"): such a hit is dropped. */
  genericPerson: ReadonlySet<string>
  /** Everyday figures of speech about death ("this heat is killing me", "me muero de risa"). */
  idioms: RegExp
  /** Films, books, songs, news, games: a hit about someone else in such a clause is dropped. */
  mediaMarkers: RegExp
  /** Someone else is being quoted before the hit ("she said ..."). */
  reportedSpeech: RegExp
  /** The clause is about the past or recovery ("years ago", "200 days clean"). */
  pastMarkers: RegExp
  /** Undoes a past marker in the same clause: "I used to cut and now I'm cutting AGAIN". */
  pastOverride: RegExp
  /** Plans, means, notes, a decision: raise a suicide hit anywhere in the message to urgent. */
  escalatorsAnywhere: RegExp
  /** Timing ("tonight", "right now"): raise a suicide hit in the same clause to urgent. */
  escalatorsInClause: RegExp
}
