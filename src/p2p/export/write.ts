import fs from 'node:fs/promises'
import path from 'node:path'
import { fail } from '../../shared/api/errors.ts'
import { gatherArchive } from './gather.ts'
import { archiveHtml } from './html.ts'
import type { HearthNode } from '../node.ts'

/** exportMyData: the archive as hearth-export.json and hearth-export.html in a fresh dated folder. */
export async function exportMyData(node: HearthNode, dir: string | undefined, appSettings: Record<string, unknown>) {
  const now = Date.now()
  const archive = await gatherArchive(node, appSettings, now)
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-')
  const out = path.join(path.resolve(dir ?? path.join(node.storage, 'exports')), `hearth-export-${stamp}`)
  const json = path.join(out, 'hearth-export.json')
  const html = path.join(out, 'hearth-export.html')
  try {
    await fs.mkdir(out, { recursive: true, mode: 0o700 })
    await fs.writeFile(json, JSON.stringify(archive, null, 2), { mode: 0o600 })
    await fs.writeFile(html, archiveHtml(archive), { mode: 0o600 })
  } catch (err) {
    throw fail('export_failed', { dir: out, detail: String((err as NodeJS.ErrnoException).code ?? (err as Error).message) })
  }
  const count = (f: (r: (typeof archive.rooms)[number]) => number) => archive.rooms.reduce((n, r) => n + f(r), 0)
  return { dir: out, json, html, rooms: archive.rooms.length, messages: count((r) => r.messages.length), actions: count((r) => r.moderationActions.length) }
}
