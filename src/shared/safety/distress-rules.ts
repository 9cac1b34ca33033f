/**
 * The lexicon half of the distress check: one language's phrase rules over a normalised draft,
 * split into clauses. A match is dropped when it is negated ("I don't want to die"), an idiom, or
 * clearly about the past; it counts as being about someone else when its subject is another person
 * or it is reported speech ("my friend said she wants to end it"), and is dropped when that person
 * is nobody in particular or a character in a film, book or the news.
 */
import { de } from './distress-lexicon/de.ts'
import { en } from './distress-lexicon/en.ts'
import { es } from './distress-lexicon/es.ts'
import { fr } from './distress-lexicon/fr.ts'
import { it } from './distress-lexicon/it.ts'
import { pt } from './distress-lexicon/pt.ts'
import type { DistressCategory, DistressLexicon, DistressRule } from './distress-lexicon/types.ts'
import type { DistressLanguage } from './distress-classes.ts'

/** One file per language; adding a language is a lexicon file, a line here and training drafts. */
export const LEXICONS: Record<DistressLanguage, DistressLexicon> = { en, es, de, fr, pt, it }

const NEG = 'zzneg'
const CONTEXT_CHARS = 160

export interface LexiconResult {
  /** Rule hits about the writer. */
  self: DistressRule[]
  /** Rule hits about someone else in the writer's life. */
  other: DistressRule[]
  /** Rules whose phrase was found but dropped (negated, idiom, past, generic or fictional subject). */
  dropped: string[]
  urgentSelf: boolean
  urgentOther: boolean
  /** A dropped phrase, an idiom, the past or a film/book: the model alone needs more certainty. */
  guarded: boolean
  matched: string[]
}

const tokens = (s: string): string[] => s.match(/[a-z0-9']+/g) ?? []

const phraseCache = new WeakMap<DistressLexicon, RegExp>()
function negatorPhrasesGlobal(lex: DistressLexicon): RegExp {
  let re = phraseCache.get(lex)
  if (!re) {
    re = new RegExp(lex.negatorPhrases.source, 'g')
    phraseCache.set(lex, re)
  }
  return re
}

/**
 * A negator shortly before the match, not undone by a breaker between it and the match
 * ("can't STOP thinking", "don't KNOW why"), or a negator inside the match ("i'm NOT suicidal").
 */
function isNegated(lex: DistressLexicon, before: string, matchText: string): boolean {
  const phrases = negatorPhrasesGlobal(lex)
  if (tokens(matchText.replace(phrases, ` ${NEG} `)).some((t) => t === NEG || lex.negators.has(t))) return true
  // phrases first, so a comma inside one ("heißt das nicht, dass") does not cut it off
  const marked = before.replace(phrases, ` ${NEG} `)
  const cut = Math.max(marked.lastIndexOf(','), marked.lastIndexOf(':'), marked.lastIndexOf(' - '), marked.lastIndexOf('('))
  const toks = tokens(marked.slice(cut + 1))
  for (let i = toks.length - 1; i >= Math.max(0, toks.length - lex.negationWindow); i--) {
    if (toks[i] === NEG || lex.negators.has(toks[i])) return !toks.slice(i + 1).some((t) => lex.negationBreakers.has(t))
  }
  return false
}

type Subject = 'self' | 'other' | 'generic'

/** The nearest subject before the end of the match: the writer, someone in their life, or nobody in particular. */
function subjectOf(lex: DistressLexicon, before: string, matchText: string): Subject {
  const toks = tokens(`${before} ${matchText}`)
  // "the gun of my dad", "la pistola de mi padre": a person after a preposition is not the subject
  const object = (i: number): boolean => lex.prepositions.has(toks[i - 1]) || (lex.firstPerson.has(toks[i - 1]) && lex.prepositions.has(toks[i - 2]))
  for (let i = toks.length - 1; i >= 0; i--) {
    if (lex.otherPerson.has(toks[i]) && object(i)) continue
    if (lex.firstPerson.has(toks[i])) return 'self'
    if (lex.genericPerson.has(toks[i])) return 'generic'
    if (lex.otherPerson.has(toks[i])) return 'other'
  }
  return 'self'
}

/**
 * Who a draft is about when no rule matched: someone else only when it names another person as a
 * subject ("my neighbour is on the roof", "she sent a goodbye") and the writer never speaks of
 * themselves ("I", "me", or "my" before anything but a person); "the pills of my mum" is an
 * object and names nobody.
 */
export function draftSubject(lex: DistressLexicon, normalised: string): 'self' | 'other' {
  const toks = tokens(normalised)
  const object = (i: number): boolean => lex.prepositions.has(toks[i - 1]) || lex.prepositions.has(toks[i - 2])
  let other = false
  for (let i = 0; i < toks.length; i++) {
    if (lex.firstPerson.has(toks[i]) && !lex.otherPerson.has(toks[i + 1])) return 'self'
    if (lex.otherPerson.has(toks[i]) && !object(i)) other = true
  }
  return other ? 'other' : 'self'
}

/** Where a rule's match in a clause points: the writer, someone else, or nowhere (dropped). */
function ruleHit(lex: DistressLexicon, rule: DistressRule, clause: string): 'self' | 'other' | 'dropped' | null {
  const m = rule.pattern.exec(clause)
  if (!m) return null
  // Only nearby context matters for negation, subject and quotes; bounding it keeps long clauses linear.
  const before = clause.slice(Math.max(0, m.index - CONTEXT_CHARS), m.index)
  const after = clause.slice(m.index + m[0].length, m.index + m[0].length + CONTEXT_CHARS)
  if (rule.notAfter?.test(after) || rule.notIn?.test(clause)) return 'dropped'
  if ((rule.negatable ?? true) && isNegated(lex, before, m[0])) return 'dropped'
  if ((rule.pastable ?? true) && lex.pastMarkers.test(clause) && !lex.pastOverride.test(clause)) return 'dropped'
  let about: 'self' | 'other' = 'self'
  if (rule.about === 'other') about = 'other'
  else if (rule.selfOnly ?? true) {
    const subject = lex.reportedSpeech.test(before) ? 'other' : subjectOf(lex, before, m[0])
    if (subject === 'generic') return 'dropped'
    about = subject
  }
  // a film, book or the news: about a character, unless the writer speaks of themselves in it
  if (lex.mediaMarkers.test(clause) && (about === 'other' || !tokens(before).some((t) => lex.firstPerson.has(t)))) return 'dropped'
  return about
}

function splitClauses(lex: DistressLexicon, text: string): string[] {
  return text
    .split(lex.clauseSplit)
    .map((c) => c.replace(/^[\s,'"()\-*]+|[\s,'"()\-*]+$/g, ''))
    .filter((c) => c.length > 0)
}

/** Plans or means anywhere in the message, not negated; 'self' or 'other' by their subject. */
function escalatorSubjects(lex: DistressLexicon, clauses: string[]): Set<Subject> {
  const found = new Set<Subject>()
  for (const clause of clauses) {
    const m = lex.escalatorsAnywhere.exec(clause)
    if (!m) continue
    const before = clause.slice(Math.max(0, m.index - CONTEXT_CHARS), m.index)
    if (!isNegated(lex, before, m[0])) found.add(subjectOf(lex, before, m[0]))
  }
  return found
}

interface Hit {
  rule: DistressRule
  clause: string
  about: 'self' | 'other'
}

/** Runs one language's rules over a normalised draft. */
export function runLexicon(lex: DistressLexicon, normalised: string): LexiconResult {
  const clauses = splitClauses(lex, normalised)
  const whole = normalised.replace(/\n+/g, ' ')
  const hits: Hit[] = []
  const dropped: string[] = []
  const record = (rule: DistressRule, clause: string): void => {
    const r = ruleHit(lex, rule, clause)
    if (r === 'dropped') dropped.push(rule.id)
    else if (r) hits.push({ rule, clause, about: r })
  }
  for (const rule of lex.rules) {
    if (rule.scope === 'message') record(rule, whole)
    else for (const clause of clauses) record(rule, clause)
  }
  const self = hits.filter((h) => h.about === 'self')
  const other = hits.filter((h) => h.about === 'other')
  const matched = [...new Set(hits.map((h) => h.rule.id))]
  const escalators = hits.length > 0 ? escalatorSubjects(lex, clauses) : new Set<Subject>()
  // Plans, means and timing escalate suicidal language only; self-harm is urgent when the injury is.
  const escalates = (group: Hit[], subject: Subject): boolean => {
    const suicidal = group.filter((h) => h.rule.category === 'suicide')
    if (suicidal.some((h) => (h.rule.timingEscalates ?? true) && lex.escalatorsInClause.test(h.clause))) return true
    return suicidal.length > 0 && escalators.has(subject)
  }
  const urgentSelf = self.some((h) => h.rule.level === 'urgent') || escalates(self, 'self')
  const urgentOther = other.some((h) => h.rule.level === 'urgent') || escalates(other, 'other')
  if (urgentSelf && !self.some((h) => h.rule.level === 'urgent')) matched.push('plan, means or timing')
  const guarded = dropped.length > 0 || lex.idioms.test(whole) || lex.mediaMarkers.test(whole) || (lex.pastMarkers.test(whole) && !lex.pastOverride.test(whole))
  return { self: self.map((h) => h.rule), other: other.map((h) => h.rule), dropped, guarded, urgentSelf, urgentOther, matched }
}

const CATEGORY_ORDER: DistressCategory[] = ['suicide', 'self-harm', 'acute-crisis']

/** Categories of the hits, in a fixed order. */
export function categoriesOf(rules: readonly DistressRule[]): DistressCategory[] {
  const present = new Set(rules.map((r) => r.category))
  return CATEGORY_ORDER.filter((c) => present.has(c))
}
