// Lint rules for Hearth: TypeScript's recommended rules, React hooks, no import cycles, and the
// layer rules of docs/architecture.md (who may import whom), so a stray import fails CI.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import globals from 'globals'

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'net', 'dgram', 'crypto', 'http', 'https', 'stream', 'readline', 'worker_threads', 'events']
const nodeBuiltins = NODE_BUILTINS.flatMap((m) => [m, `node:${m}`])
/** Holepunch packages that ship no types (src/types/holepunch.d.ts declares them `any`). */
const UNTYPED_HOLEPUNCH = ['autobase', 'hyperbee', 'corestore', 'hypercore', 'hyperswarm', 'hyperdht', 'protomux-wakeup']

/** A layer may not import these (a glob of paths, or package names). */
const layer = (files, patterns, paths = []) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', {
      paths: paths.map((name) => ({ name, message: 'This layer may not import it (docs/architecture.md, "Engine layers").' })),
      patterns: patterns.map((group) => ({ group: [group], message: 'This layer may not import it (docs/architecture.md, "Engine layers").' }))
    }]
  }
})

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'bench/results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] }
    },
    rules: {
      // the Holepunch stack ships no types: its values are `any` behind src/p2p/compat (issue 15);
      // src/p2p outside compat turns this on (below)
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', destructuredArrayIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
      // sanitizers of peer text match control and invisible characters on purpose
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
      'import-x/no-cycle': ['error', { ignoreExternal: true }]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // React Compiler rules: the renderer's effects load data by hand; they go with the data layer (issue 15)
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/refs': 'off'
    }
  },
  // Layers: shared is pure; the engine knows no Electron or React; the renderer knows only shared.
  layer(['src/shared/**'], ['**/p2p/**', '**/main/**', '**/preload/**', '**/renderer/**'], ['electron', 'react', ...nodeBuiltins]),
  // The untyped Holepunch modules only inside src/p2p/compat, whose facades type them for the rest of the engine.
  layer(['src/p2p/**'], ['**/main/**', '**/preload/**', '**/renderer/**'], ['electron', 'react', 'react-dom', ...UNTYPED_HOLEPUNCH]),
  layer(['src/p2p/compat/**'], ['**/main/**', '**/preload/**', '**/renderer/**'], ['electron', 'react', 'react-dom']),
  // no `any` crosses the P2P stack's boundary (test/unit/p2p-any.test.ts counts the implicit ones)
  { files: ['src/p2p/**'], ignores: ['src/p2p/compat/**'], rules: { '@typescript-eslint/no-explicit-any': 'error' } },
  layer(['src/renderer/**'], ['**/p2p/**', '**/main/**'], ['electron', ...nodeBuiltins]),
  layer(['src/preload/**'], ['**/p2p/**', '**/main/**', '**/renderer/**'], nodeBuiltins),
  layer(['src/main/**'], ['**/renderer/**', '**/p2p/!(host.ts?modulePath)'], ['react'])
)
