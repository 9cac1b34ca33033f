import { A, rule, S } from './rule.ts'
import type { DistressRule } from './types.ts'

/**
 * Rule makers shared by the third pass's Spanish, French, German, Portuguese and Italian rules
 * (third-rules.ts, third-rules-de-pt-it.ts): each family is built once, with its everyday
 * exceptions, and filled in per language.
 */

/** A farewell through someone else, or finality said in passing: urgent, whoever the subject is. */
export const finality = (id: string, pattern: RegExp, notIn?: RegExp): DistressRule =>
  rule(id, A, 'urgent', pattern, { scope: 'message', negatable: false, selfOnly: false, notIn })

/** Things given away with the words that they will not be needed again. */
export const givenAway = (pattern: RegExp): DistressRule =>
  rule('given away for good', S, 'urgent', pattern, { scope: 'message', negatable: false, selfOnly: false })

/** A letter for each of the people one loves, not a card for Christmas or a birthday. */
export const letterForEach = (pattern: RegExp): DistressRule =>
  rule('a letter for each', A, 'urgent', pattern, { negatable: false, selfOnly: false, notIn: LETTERS_NOT })
const LETTERS_NOT =
  /\b(?:navidad|cumple\w*|gracias|boda|aniversario|reyes|papa noel|noel|anniversaire|mariage|remerciements?|natal|aniversario|casamento|agradecimento|natale|compleanno|matrimonio|ringraziamento|weihnacht\w*|geburtstag|hochzeit|dank)\b/

/** "Everyone would be better off if I didn't exist", said with an "if". */
export const betterIfGone = (pattern: RegExp): DistressRule =>
  rule('better if i were gone', S, 'concern', pattern, { negatable: false, selfOnly: false, timingEscalates: false })

/** Parties, weddings, trips and exams also have their day. */
const DAYS_NOT =
  /\b(?:fiesta|boda|cumple\w*|viaje|mudanza|examen|partido|concierto|festa|casamento|aniversario|viagem|mudanca|prova|jogo|show|fete|mariage|anniversaire|voyage|demenagement|match|concert|feier|hochzeit|geburtstag|reise|umzug|prufung|spiel|konzert|matrimonio|compleanno|trasloco|esame|partita|concerto)\b/

/** The day is named and everything is ready: a plan, unless it is a party or a trip. */
export const dayIsSet = (pattern: RegExp): DistressRule => rule('the day is set', S, 'urgent', pattern, { scope: 'message', selfOnly: false, notIn: DAYS_NOT })
