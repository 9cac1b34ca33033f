import { parse, TYPE } from '@formatjs/icu-messageformat-parser'
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js'

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((ch, i) => [ch, [...'àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀßÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]])
)

/**
 * Pseudo-localization of an ICU catalog, for tests: 'long' (en-XA) accents every letter, pads the
 * text by about 40% and brackets it, so hard-coded strings and clipped boxes stand out; 'rtl'
 * (ar-XB) keeps the words but the page runs right to left, so mirrored-wrong layout stands out.
 * Placeholders, plurals and selects stay intact: only literal text changes.
 */
export function pseudoCatalog<K extends string>(source: Record<K, string>, kind: 'long' | 'rtl'): Record<K, string> {
  const out = {} as Record<K, string>
  for (const key of Object.keys(source) as K[]) {
    const ast = parse(source[key], { ignoreTag: true })
    if (kind === 'long') walk(ast, stretch)
    out[key] = kind === 'long' ? `⟦${printAST(ast)}⟧` : printAST(ast)
  }
  return out
}

function stretch(text: string): string {
  const accented = [...text].map((ch) => ACCENTED[ch] ?? ch).join('')
  const letters = text.replace(/[^A-Za-z]/g, '').length
  return letters > 0 ? accented + ' ·'.repeat(Math.ceil(letters * 0.2)) : accented
}

function walk(elements: MessageFormatElement[], fn: (text: string) => string): void {
  for (const el of elements) {
    if (el.type === TYPE.literal) el.value = fn(el.value)
    else if (el.type === TYPE.plural || el.type === TYPE.select) for (const opt of Object.values(el.options)) walk(opt.value, fn)
    else if (el.type === TYPE.tag) walk(el.children, fn)
  }
}
