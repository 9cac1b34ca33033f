import { it, expect } from 'vitest'
import fs from 'node:fs'
import { withReference, API_DOC } from '../../scripts/api-docs.ts'
import { methodNames } from '../../src/shared/api/methods.ts'

it('docs/api.md documents every method and event of the contract as it is now', () => {
  const doc = fs.readFileSync(API_DOC, 'utf8')
  expect(doc, 'run: node bin/run-ts.js scripts/api-docs.ts').toBe(withReference(doc))
  for (const m of methodNames) expect(doc).toContain(`#### \`${m}\``)
})
