import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { methods } from '../src/shared/api/methods.ts'
import { events } from '../src/shared/api/events.ts'

/**
 * Renders the method and event reference of docs/api.md from the contract itself, so the docs
 * cannot drift: `node bin/run-ts.js scripts/api-docs.ts` rewrites the generated part, and a unit
 * test fails when it is stale.
 */
type S = Record<string, any>

function shape(s: S, depth = 0): string {
  if (s.anyOf) return s.anyOf.map((x: S) => shape(x, depth)).join(' | ')
  if (s.const !== undefined) return JSON.stringify(s.const)
  if (s.enum) return s.enum.map((e: unknown) => JSON.stringify(e)).join(' | ')
  switch (s.type) {
    case 'object': {
      const props = Object.entries(s.properties ?? {})
      if (!props.length) return '{}'
      const req = new Set(s.required ?? [])
      return '{ ' + props.map(([k, v]) => `${k}${req.has(k) ? '' : '?'}: ${shape(v as S, depth + 1)}`).join(', ') + ' }'
    }
    case 'array':
      return `${shape(s.items ?? {}, depth)}[]`
    case 'string':
      return 'string' + limits(s.minLength, s.maxLength)
    case 'integer':
      return 'integer' + limits(s.minimum, s.maximum)
    case 'number':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'null':
      return 'null'
    default:
      return 'unknown'
  }
}
const limits = (min?: number, max?: number) => (min === undefined && max === undefined ? '' : `(${min ?? ''}..${max ?? ''})`)
const schema = (t: z.ZodType) => z.toJSONSchema(t, { unrepresentable: 'any', io: 'input' }) as S

export function renderReference(): string {
  const lines = ['<!-- generated from src/shared/api by scripts/api-docs.ts: do not edit by hand -->', '', '### Methods', '']
  for (const [name, m] of Object.entries(methods)) {
    lines.push(`#### \`${name}\``, '', m.doc, '', `- params: \`${shape(schema(m.params))}\``, `- result: \`${shape(schema(m.result))}\``, '')
  }
  lines.push('### Events', '')
  for (const [name, s] of Object.entries(events)) lines.push(`- \`${name}\`: \`${shape(schema(s))}\``)
  lines.push('', '<!-- end of generated reference -->')
  return lines.join('\n')
}

const START = '<!-- generated from src/shared/api'
const END = '<!-- end of generated reference -->'
export const API_DOC = path.resolve(import.meta.dirname, '../docs/api.md')

export function withReference(doc: string): string {
  const a = doc.indexOf(START)
  const b = doc.indexOf(END)
  if (a < 0 || b < 0) throw new Error('docs/api.md lacks the generated-reference markers')
  return doc.slice(0, a) + renderReference() + doc.slice(b + END.length)
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  fs.writeFileSync(API_DOC, withReference(fs.readFileSync(API_DOC, 'utf8')))
  console.log('docs/api.md updated')
}
