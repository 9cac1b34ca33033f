/**
 * On-device distress check (design.md, "Safety").
 *
 * It NEVER blocks posting and NEVER sends anything anywhere: it is a pure function over the
 * person's own draft that returns a result, and the UI uses that result only to show a gentle
 * help card (crisis lines for their region). Nothing about the check is stored or transmitted.
 *
 * How it works: the text is normalised (see normaliseForDistress), split into clauses, and each
 * clause is matched against a language lexicon (distress-lexicon/<lang>.ts). A match is dropped
 * when it is negated ("I don't want to die"), an idiom ("... laughing", "kill the process" never
 * matches at all), about someone else or reported speech, or clearly about the past. Plans,
 * means, timing or a decision ("tonight", "I bought pills") raise a suicidal match to 'urgent'.
 * It is a heuristic: it will miss some people and flag some jokes (see docs/safety.md).
 */
import { en } from './distress-lexicon/en.ts'
import type { DistressCategory, DistressLevel, DistressLexicon, DistressRule } from './distress-lexicon/types.ts'

export type { DistressCategory, DistressLevel } from './distress-lexicon/types.ts'

export interface DistressResult {
  level: DistressLevel
  categories: DistressCategory[]
  /** Short phrases naming what matched; for tests and debugging only, never shown or sent. */
  matched: string[]
}

export interface DistressOptions {
  /** BCP 47 tag of the draft's language ('en', 'en-GB'). Unknown languages use English. */
  language?: string
}

/** One file per language; add a lexicon here to support another language. */
const LEXICONS: Record<string, DistressLexicon> = { en }

/** Longer drafts are cut here: PostText allows 4,000 characters, this leaves ample margin. */
const MAX_CHARS = 20_000
const CATEGORY_ORDER: DistressCategory[] = ['suicide', 'self-harm', 'acute-crisis']
const NEG = 'zzneg'
const CONTEXT_CHARS = 160

// Invisible characters used (deliberately or not) to break words apart.
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'i' }
// Chat shorthand that changes meaning for the checks (timing escalators, negation breakers).
const SHORTHAND: Array<[RegExp, string]> = [
  [/\brn\b/g, 'right now'],
  [/\b(?:2nite|2night|tonite)\b/g, 'tonight'],
  [/\b2day\b/g, 'today'],
  [/\b(?:bc|cuz|coz)\b/g, 'because'],
  [/\bu\b/g, 'you']
]

/** Leetspeak in a token that has letters and does not start with a digit ("k1ll", "$uicide", "d!e"). */
function foldLeet(token: string): string {
  if (!/[a-z]/.test(token) || /^\d/.test(token) || !/[0-9@$!|]/.test(token)) return token
  const trail = /[!|]+$/.exec(token)?.[0] ?? ''
  const core = token.slice(0, token.length - trail.length)
  return core.replace(/[0-9@$!|]/g, (c) => LEET[c] ?? c) + trail
}

/**
 * Lower case, NFKC (fullwidth → ASCII), invisible characters and combining marks on Latin letters
 * removed, curly quotes straightened, spaced or dotted letters joined ("k.i.l.l", "k i l l"),
 * leetspeak folded, letter runs shortened ("diiiie" → "diie"), whitespace collapsed.
 */
export function normaliseForDistress(text: string): string {
  let s = text.slice(0, MAX_CHARS)
  // Unicode folding only when needed: most drafts are plain ASCII and this is the costly part.
  if (/[^\x00-\x7f]/.test(s)) {
    s = s.normalize('NFKC').replace(INVISIBLE, '')
    s = s
      .normalize('NFKD')
      .replace(/([A-Za-z])\p{M}+/gu, '$1')
      .normalize('NFC')
    s = s
      .replace(/[‘’‛`´′]/g, "'")
      .replace(/[“”„‟″«»]/g, '"')
      .replace(/[‐‑‒–—―−]/g, '-')
  }
  s = s.toLowerCase().replace(/`/g, "'")
  s = s.replace(/\r\n?/g, '\n')
  s = s.replace(/\b(?:[a-z][.\-_*]){2,}[a-z]\b/g, (m) => m.replace(/[.\-_*]/g, ''))
  s = s.replace(/\b(?:[a-z] ){3,}[a-z]\b/g, (m) => m.replace(/ /g, ''))
  // Anchored at token starts (lookbehind) so a long run of letters is scanned once, not n times.
  s = s.replace(/(?<![a-z0-9@$!|])[a-z]*[0-9@$!|][a-z0-9@$!|]*/g, foldLeet)
  s = s.replace(/([a-z])\1{2,}/g, '$1$1')
  for (const [re, to] of SHORTHAND) s = s.replace(re, to)
  return s.replace(/[^\S\n]+/g, ' ').trim()
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
 * ("can't STOP thinking", "don't KNOW why", "not okay, AND I ..."), or a negator inside the
 * match itself ("i'm NOT suicidal").
 */
function isNegated(lex: DistressLexicon, before: string, matchText: string): boolean {
  const phrases = negatorPhrasesGlobal(lex)
  if (tokens(matchText.replace(phrases, ` ${NEG} `)).some((t) => t === NEG || lex.negators.has(t))) return true
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(':'), before.lastIndexOf(' - '), before.lastIndexOf('('))
  const toks = tokens(before.slice(cut + 1).replace(phrases, ` ${NEG} `))
  for (let i = toks.length - 1; i >= Math.max(0, toks.length - lex.negationWindow); i--) {
    if (toks[i] === NEG || lex.negators.has(toks[i])) return !toks.slice(i + 1).some((t) => lex.negationBreakers.has(t))
  }
  return false
}

/** The nearest subject before the end of the match is someone else ("my sister self-harms"). */
function isSomeoneElse(lex: DistressLexicon, before: string, matchText: string): boolean {
  const toks = tokens(`${before} ${matchText}`)
  for (let i = toks.length - 1; i >= 0; i--) {
    if (lex.firstPerson.has(toks[i])) return false
    if (lex.otherPerson.has(toks[i])) return true
  }
  return false
}

interface Hit {
  rule: DistressRule
  clause: string
}

function ruleHits(lex: DistressLexicon, rule: DistressRule, clause: string): boolean {
  const m = rule.pattern.exec(clause)
  if (!m) return false
  // Only nearby context matters for negation, subject and quotes; bounding it keeps long clauses linear.
  const before = clause.slice(Math.max(0, m.index - CONTEXT_CHARS), m.index)
  const after = clause.slice(m.index + m[0].length, m.index + m[0].length + CONTEXT_CHARS)
  if (rule.notAfter?.test(after)) return false
  if (rule.notIn?.test(clause)) return false
  if ((rule.negatable ?? true) && isNegated(lex, before, m[0])) return false
  if ((rule.selfOnly ?? true) && (isSomeoneElse(lex, before, m[0]) || lex.reportedSpeech.test(before))) return false
  if ((rule.pastable ?? true) && lex.pastMarkers.test(clause) && !lex.pastOverride.test(clause)) return false
  return true
}

function splitClauses(lex: DistressLexicon, text: string): string[] {
  return text
    .split(lex.clauseSplit)
    .map((c) => c.replace(/^[\s,'"()\-*]+|[\s,'"()\-*]+$/g, ''))
    .filter((c) => c.length > 0)
}

/** Plans or means anywhere in the message, not negated and not about someone else. */
function hasEscalatorAnywhere(lex: DistressLexicon, clauses: string[]): boolean {
  for (const clause of clauses) {
    const m = lex.escalatorsAnywhere.exec(clause)
    if (!m) continue
    const before = clause.slice(Math.max(0, m.index - CONTEXT_CHARS), m.index)
    if (!isNegated(lex, before, m[0]) && !isSomeoneElse(lex, before, m[0])) return true
  }
  return false
}

function pickLexicon(language: string | undefined): DistressLexicon {
  const primary = (language ?? 'en').toLowerCase().split(/[-_]/)[0]
  return LEXICONS[primary] ?? en
}

/**
 * Checks a draft for risk language. Pure and synchronous: no I/O, no state, no logging.
 * 'urgent' means a plan, means, timing, an act already under way or a farewell; 'concern'
 * means risk language without those; 'none' means nothing matched.
 */
export function checkDistress(text: string, opts: DistressOptions = {}): DistressResult {
  const lex = pickLexicon(opts.language)
  const normalised = normaliseForDistress(typeof text === 'string' ? text : '')
  const clauses = splitClauses(lex, normalised)
  const whole = normalised.replace(/\n+/g, ' ')
  const hits: Hit[] = []
  for (const rule of lex.rules) {
    if (rule.scope === 'message') {
      if (ruleHits(lex, rule, whole)) hits.push({ rule, clause: whole })
      continue
    }
    for (const clause of clauses) if (ruleHits(lex, rule, clause)) hits.push({ rule, clause })
  }
  if (hits.length === 0) return { level: 'none', categories: [], matched: [] }

  const matched = [...new Set(hits.map((h) => h.rule.id))]
  let level: DistressLevel = hits.some((h) => h.rule.level === 'urgent') ? 'urgent' : 'concern'
  // Plans and timing escalate suicidal language only; self-harm is urgent when the injury is.
  const escalatable = hits.filter((h) => h.rule.category === 'suicide')
  if (level !== 'urgent' && escalatable.length > 0) {
    if (escalatable.some((h) => (h.rule.timingEscalates ?? true) && lex.escalatorsInClause.test(h.clause))) {
      level = 'urgent'
      matched.push('timing')
    } else if (hasEscalatorAnywhere(lex, clauses)) {
      level = 'urgent'
      matched.push('plan or means')
    }
  }
  const present = new Set(hits.map((h) => h.rule.category))
  return { level, categories: CATEGORY_ORDER.filter((c) => present.has(c)), matched }
}
