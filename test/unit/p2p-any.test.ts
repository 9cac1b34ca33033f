import path from 'node:path'
import { readFileSync } from 'node:fs'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * No `any` crosses the P2P stack's boundary: outside src/p2p/compat/, no value in src/p2p may be
 * typed `any`, whether written (`x: any`) or arrived from an untyped Holepunch module. The compiler
 * finds every such value; p2p-any-budget.json lists the files that still have some, and how many.
 * A file may only go down (lower its number in the same change); a file not listed must have none.
 */
const ROOT = path.resolve(import.meta.dirname, '../..')
const BUDGET: Record<string, number> = JSON.parse(readFileSync(path.join(import.meta.dirname, 'p2p-any-budget.json'), 'utf8'))

function anyValues(): Map<string, string[]> {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.node.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!
  const roots = config.fileNames.filter((f) => /\/src\/(p2p|shared|types)\//.test(f))
  const program = ts.createProgram(roots, config.options)
  const checker = program.getTypeChecker()
  const found = new Map<string, string[]>()
  for (const file of program.getSourceFiles()) {
    const rel = path.relative(ROOT, file.fileName)
    if (!rel.startsWith('src/p2p/') || rel.startsWith('src/p2p/compat/')) continue
    const hits: string[] = []
    const visit = (node: ts.Node): void => {
      if (isValue(node) && checker.getTypeAtLocation(node).flags & ts.TypeFlags.Any) {
        hits.push(`${rel}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.getText().slice(0, 60)}`)
      }
      ts.forEachChild(node, visit)
    }
    visit(file)
    if (hits.length) found.set(rel, hits)
  }
  return found
}

/** A value the code reads: a name, a property or element read, a call's result (JSON.parse's own `any` aside). */
function isValue(node: ts.Node): boolean {
  const parent = node.parent
  if (ts.isIdentifier(node)) {
    if (ts.isImportSpecifier(parent) || ts.isImportClause(parent) || ts.isNamespaceImport(parent) || ts.isQualifiedName(parent)) return false
    if (ts.isBindingElement(parent) && parent.propertyName === node) return false // `{ sig: _sig }`: a name, not a value
    if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false // counted as the property access
  } else if (ts.isCallExpression(node)) {
    if (node.expression.getText() === 'JSON.parse') return false
  } else if (!ts.isPropertyAccessExpression(node) && !ts.isElementAccessExpression(node)) return false
  return !ts.isPartOfTypeNode(node)
}

describe('the P2P stack’s boundary', () => {
  it('lets no `any` out of src/p2p/compat/ (beyond the listed files, and never more there)', () => {
    const found = anyValues()
    const over: string[] = []
    const lower: string[] = []
    for (const [file, hits] of found)
      if (hits.length > (BUDGET[file] ?? 0)) over.push(`${file}: ${hits.length} (allowed ${BUDGET[file] ?? 0})\n  ${hits.join('\n  ')}`)
    for (const [file, allowed] of Object.entries(BUDGET)) {
      const now = found.get(file)?.length ?? 0
      if (now < allowed) lower.push(`${file}: ${now} (listed ${allowed})`)
    }
    expect(over, 'values typed `any` outside compat: type them, or give the compat facade a type').toEqual([])
    expect(lower, 'fewer `any` than listed: lower these numbers in test/unit/p2p-any-budget.json').toEqual([])
  }, 120_000)
})
