/**
 * Where a search's words appear in a text, found the way the engine's search matches them
 * (src/p2p/api/search.ts): case- and accent-insensitive, so "tristeza" marks "Tristéza".
 */

/** One character's folded form: no accents, lower case (the engine's fold, per character). */
const foldChar = (c: string): string => c.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en')

/** The query's words, folded; the engine requires every one of them. */
export const queryWords = (query: string): string[] => foldChar(query).split(/\s+/).filter(Boolean)

export interface Piece {
  text: string
  match: boolean
}

/** The text in pieces, the parts matching any of the words marked (overlapping matches merged). */
export function highlight(text: string, words: string[]): Piece[] {
  // fold character by character, remembering where each folded character came from
  const chars = Array.from(text)
  let folded = ''
  const from: number[] = []
  chars.forEach((c, i) => {
    const f = foldChar(c)
    folded += f
    for (let k = 0; k < f.length; k++) from.push(i)
  })
  const marked = new Array<boolean>(chars.length).fill(false)
  for (const w of words) {
    for (let at = folded.indexOf(w); at !== -1 && w.length > 0; at = folded.indexOf(w, at + 1)) {
      for (let k = at; k < at + w.length; k++) marked[from[k]] = true
    }
  }
  // a combining accent (it folds to nothing) goes with the letter before it
  chars.forEach((c, i) => {
    if (i > 0 && marked[i - 1] && foldChar(c) === '') marked[i] = true
  })
  const pieces: Piece[] = []
  chars.forEach((c, i) => {
    const last = pieces[pieces.length - 1]
    if (last && last.match === marked[i]) last.text += c
    else pieces.push({ text: c, match: marked[i] })
  })
  return pieces
}

/** A window of the text around its first match (in characters, never splitting one), so a long message shows where the words are. */
export function around(pieces: Piece[], before = 60, total = 240): Piece[] {
  const split = pieces.map((p) => ({ chars: Array.from(p.text), match: p.match }))
  const length = split.reduce((n, p) => n + p.chars.length, 0)
  if (length <= total) return pieces
  const first = split.findIndex((p) => p.match)
  const offset = split.slice(0, Math.max(0, first)).reduce((n, p) => n + p.chars.length, 0)
  const start = Math.max(0, offset - before)
  const end = Math.min(length, start + total)
  const out: Piece[] = []
  let pos = 0
  for (const p of split) {
    const s = Math.max(start, pos)
    const e = Math.min(end, pos + p.chars.length)
    if (s < e) out.push({ text: p.chars.slice(s - pos, e - pos).join(''), match: p.match })
    pos += p.chars.length
  }
  if (start > 0) out.unshift({ text: '…', match: false })
  if (end < length) out.push({ text: '…', match: false })
  return out
}
