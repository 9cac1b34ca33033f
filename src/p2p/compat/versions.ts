import { createRequire } from 'node:module'

/**
 * The exact versions whose internals src/p2p/compat reads (and whose behaviour the engine's
 * workarounds were measured against: docs/architecture.md, "The P2P stack"). Upgrading any of
 * them means re-reading every file in src/p2p/compat against the new source, then changing the
 * version here. Until then the engine refuses to start, loudly, instead of misbehaving quietly.
 */
export const PINNED = {
  autobase: '7.28.1',
  corestore: '7.12.5',
  hypercore: '11.37.1',
  hyperswarm: '4.17.2',
  hyperdht: '6.34.0',
  hyperbee: '2.27.3',
  'protomux-wakeup': '2.9.0'
} as const

export function installedVersions(): Record<string, string> {
  const require = createRequire(import.meta.url)
  return Object.fromEntries(Object.keys(PINNED).map((name) => [name, (require(`${name}/package.json`) as { version: string }).version]))
}

/** Throws, naming each package, unless every pinned package is installed at its pinned version. */
export function assertPinnedVersions(installed: Record<string, string> = installedVersions()): void {
  const wrong = Object.entries(PINNED).filter(([name, version]) => installed[name] !== version)
  if (wrong.length) {
    const list = wrong.map(([name, version]) => `${name} ${installed[name] ?? 'missing'} (expected ${version})`).join(', ')
    throw new Error(
      `Hearth's engine relies on internals of exact versions of the P2P stack, and these differ: ${list}. Re-check src/p2p/compat against them, then update compat/versions.ts.`
    )
  }
}
