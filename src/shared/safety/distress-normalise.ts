/**
 * Text normalisation for the distress check. Two forms:
 * - foldForLanguageId: lower case and NFKC only, so accents ("ñ", "ã", "ß") still tell languages apart.
 * - normaliseForDistress: what the lexicons and the model read: accents removed (people often type
 *   without them), leetspeak, zero-width tricks and spacing undone, chat shorthand expanded.
 */

/** Longer drafts are cut here: PostText allows 4,000 characters, this leaves ample margin. */
export const MAX_CHARS = 20_000

// Invisible characters used (deliberately or not) to break words apart.
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'i' }
const LIGATURES: Record<string, string> = { ß: 'ss', œ: 'oe', æ: 'ae', ø: 'o', ł: 'l' }

/** Chat shorthand per language that changes meaning for the checks (timing, negation, subject). */
const SHORTHAND: Record<string, Array<[RegExp, string | ((m: string) => string)]>> = {
  en: [
    [/\brn\b/g, 'right now'],
    [/\b(?:2nite|2night|tonite)\b/g, 'tonight'],
    [/\b2day\b/g, 'today'],
    [/\b(?:bc|cuz|coz)\b/g, 'because'],
    [/\bu\b/g, 'you'],
    // common typos of the words the rules are built on ("i wnat to die", "sucidal", "better of dead")
    [/\b(?:wnat|wnt|watn|wamt|whant|wabt)\b/g, 'want'],
    [/\b(?:suicde|sucide|suiside|suicdie|sucidie)\b/g, 'suicide'],
    [/\b(?:suicidial|sucidal|suicdal|suicidle|suisidal)\b/g, 'suicidal'],
    [/\bbetter of (?=dead|without|if|not)/g, 'better off '],
    [/\b(?:tmrw|tmr|tomoz|2moro|2morrow)\b/g, 'tomorrow']
  ],
  es: [
    [/\b(?:xq|pq|porq)\b/g, 'porque'],
    [/\bq\b/g, 'que'],
    [/\b(?:tb|tmb)\b/g, 'tambien'],
    [/\bk\b/g, 'que'],
    [/\b(?:qiero|kiero|qero)\b/g, 'quiero']
  ],
  pt: [
    [/\b(?:vc|vce)\b/g, 'voce'],
    [/\b(?:pq|pk)\b/g, 'porque'],
    [/\b(?:q|oq)\b/g, 'que'],
    [/\b(?:n|naum)\b/g, 'nao'],
    [/\b(?:to|tou)\b/g, 'estou'],
    [/\b(?:ta|tah)\b/g, 'esta'],
    [/\bpra\b/g, 'para'],
    [/\b(?:kero|qro|qero)\b/g, 'quero'],
    [/\bvo\b/g, 'vou']
  ],
  fr: [
    [/\bjpp\b/g, "j'en peux plus"],
    [/\bjsp\b/g, 'je sais pas'],
    [/\bj'?(veux|vais|pense|suis|me|crois|fais|sais|peux|voulais)\b/g, 'je $1'],
    [/\bjen\b/g, "j'en"],
    [/\bjai\b/g, "j'ai"],
    [/\bchui\b/g, 'je suis'],
    [/\bpk\b/g, 'pourquoi'],
    // impersonal "il" is nobody: "il faut que je me coupe" is about the writer
    [/\bil (faut|fallait|y a|y avait)\b/g, '$1']
  ],
  de: [
    [/\b(?:nich|ned)\b/g, 'nicht'],
    [/\bhab\b/g, 'habe'],
    [/\bgrad\b/g, 'gerade'],
    [/\bwill nimmer\b/g, 'will nicht mehr'],
    // umlauts typed as ae/oe/ue in the words the rules are built on ("wuensche", "waere", "toeten")
    [/(?:uensch|waer|moecht|wuerd|ueber|fuer|muede|koennt|hoer|bruecke|frueh|toet|fuehl|loes|traeum|naechst|spaet)/g, umlaut]
  ],
  it: [
    [/\bnn\b/g, 'non'],
    [/\b(?:xke|xche|perke)\b/g, 'perche'],
    [/\bcmq\b/g, 'comunque'],
    [/\bx\b/g, 'per']
  ]
}

/** "wuensche" → "wunsche": the vowel before the e loses it, as the accent fold does with "ü". */
function umlaut(m: string): string {
  return m.replace(/([aou])e/, '$1')
}

/** Leetspeak in a token that has letters and does not start with a digit ("k1ll", "$uicide", "d!e"). */
function foldLeet(token: string): string {
  if (!/[a-z]/.test(token) || /^\d/.test(token) || !/[0-9@$!|]/.test(token)) return token
  const trail = /[!|]+$/.exec(token)?.[0] ?? ''
  const core = token.slice(0, token.length - trail.length)
  return core.replace(/[0-9@$!|]/g, (c) => LEET[c] ?? c) + trail
}

function unicodeFold(s: string): string {
  return s
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/[‘’‛`´′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
}

/** Lower case, NFKC, invisible characters removed, quotes straightened; accents kept. */
export function foldForLanguageId(text: string): string {
  let s = typeof text === 'string' ? text.slice(0, MAX_CHARS) : ''
  if (/[^\x00-\x7f]/.test(s)) s = unicodeFold(s)
  return s.toLowerCase().replace(/\s+/g, ' ').trim()
}

/**
 * Lower case, NFKC (fullwidth → ASCII), invisible characters and accents on Latin letters removed
 * ("não" → "nao", "müde" → "mude", "ß" → "ss"), curly quotes straightened, spaced or dotted letters
 * joined ("k.i.l.l", "k i l l"), leetspeak folded, letter runs shortened ("diiiie" → "diie"),
 * the language's chat shorthand expanded ("rn" → "right now"), whitespace collapsed.
 */
export function normaliseForDistress(text: string, language = 'en'): string {
  let s = typeof text === 'string' ? text.slice(0, MAX_CHARS) : ''
  // Unicode folding only when needed: most drafts are plain ASCII and this is the costly part.
  if (/[^\x00-\x7f]/.test(s)) {
    s = unicodeFold(s)
      .normalize('NFKD')
      .replace(/([A-Za-z])\p{M}+/gu, '$1')
    s = s.toLowerCase().replace(/[ßœæøł]/g, (c) => LIGATURES[c] ?? c)
  }
  s = s.toLowerCase().replace(/`/g, "'")
  s = s.replace(/\r\n?/g, '\n')
  s = s.replace(/\b(?:[a-z][.\-_*]){2,}[a-z]\b/g, (m) => m.replace(/[.\-_*]/g, ''))
  s = s.replace(/\b(?:[a-z] ){3,}[a-z]\b/g, (m) => m.replace(/ /g, ''))
  // Anchored at token starts (lookbehind) so a long run of letters is scanned once, not n times.
  s = s.replace(/(?<![a-z0-9@$!|])[a-z]*[0-9@$!|][a-z0-9@$!|]*/g, foldLeet)
  s = s.replace(/([a-z])\1{2,}/g, '$1$1')
  for (const [re, to] of SHORTHAND[language] ?? []) s = typeof to === 'string' ? s.replace(re, to) : s.replace(re, to)
  return s.replace(/[^\S\n]+/g, ' ').trim()
}
