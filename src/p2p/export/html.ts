import type { Archive, ExportedRoom } from './gather.ts'

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
const when = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + ' UTC'

/**
 * The archive as one page a person can open and read in any browser: no script, no outside
 * resources, every word escaped. English labels: the JSON beside it is the exact record.
 */
export function archiveHtml(a: Archive): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Your Hearth data</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-inline-size: 46rem; margin-inline: auto; padding: 1rem; color: #222; }
h2 { margin-block-start: 2rem; border-block-end: 1px solid #ccc; }
.msg { margin-block: 0.75rem; padding-inline-start: 0.75rem; border-inline-start: 3px solid #ddd; }
.meta { color: #555; font-size: 0.875rem; }
</style>
</head>
<body>
<h1>Your Hearth data</h1>
<p class="meta">Exported ${esc(when(a.exportedAt))}. ${a.rooms.length} room(s). Only your own messages and actions are here; no keys.</p>
${settingsPart(a.appSettings)}
${a.rooms.map(roomPart).join('\n')}
</body>
</html>
`
}

function settingsPart(s: Record<string, unknown>): string {
  const rows = Object.entries(s)
  if (!rows.length) return ''
  return `<h2>App settings</h2>\n<ul>${rows.map(([k, v]) => `<li>${esc(k)}: ${esc(String(v))}</li>`).join('')}</ul>`
}

function roomPart(r: ExportedRoom): string {
  const flood = r.settings.flood ? `, at most ${r.settings.flood.posts} of the last ${r.settings.flood.window} messages per member` : ''
  return `<section>
<h2>${esc(r.name)}</h2>
<p class="meta">You were ${esc(r.displayName ?? 'unnamed')} (${r.role}). Joining: ${esc(r.settings.joinMode)}${esc(flood)}.</p>
<h3>Your messages (${r.messages.length})</h3>
${r.messages.map(messagePart).join('\n') || '<p>None.</p>'}
<h3>Your moderation actions (${r.moderationActions.length})</h3>
${r.moderationActions.length ? `<ul>${r.moderationActions.map((x) => `<li>${esc(when(x.time))}: ${esc(x.action)}${x.reason ? ` (${esc(x.reason)})` : ''}</li>`).join('')}</ul>` : '<p>None.</p>'}
</section>`
}

function messagePart(m: ExportedRoom['messages'][number]): string {
  const notes = [
    m.editedTime ? 'edited' : '',
    m.deleted ? 'deleted' : '',
    m.hidden ? `hidden by a moderator${m.hiddenReason ? `: ${m.hiddenReason}` : ''}` : ''
  ]
    .filter(Boolean)
    .join(', ')
  const cw = m.contentWarning ? `<p><strong>Content warning:</strong> ${esc(m.contentWarning)}</p>` : ''
  return `<div class="msg"><p class="meta">${esc(when(m.time))}${notes ? ` · ${esc(notes)}` : ''}</p>${cw}<p>${m.text === null ? '<em>(no text)</em>' : esc(m.text)}</p></div>`
}
