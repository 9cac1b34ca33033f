import { fail } from '../../shared/api/errors.ts'
import { resourcesForRegion } from '../../shared/safety/crisis-directory.ts'
import { K, DEFAULT_SETTINGS, type Guidelines, type ReportState, type Settings } from '../room/keys.ts'
import { isAuthorityKey } from '../room/queries-authority.ts'
import { L } from '../room/life-keys.ts'
import { toHex } from '../crypto.ts'
import { exportModeratorKey, importModeratorKey } from '../moderator-keys.ts'
import { moderate, made } from './moderate.ts'
import type { Room } from '../room/room.ts'
import { publishBoxKey, writable } from './guards.ts'
import { resourcesFor } from './resource-regions.ts'
import { ReportBody, noteForReporter, openJson, reportRecipients, sealJson } from './reports.ts'
import { signingKeyPair } from './summary.ts'
import type { ImplFactory } from './context.ts'
import type { Resource } from '../../shared/api/common.ts'

const OK = { ok: true as const }

export const safetyMethods: ImplFactory<
  | 'setGuidelines'
  | 'getGuidelines'
  | 'acceptGuidelines'
  | 'setResources'
  | 'getHelp'
  | 'setRoomSettings'
  | 'getRoomSettings'
  | 'reportMessage'
  | 'listReports'
  | 'resolveReport'
  | 'exportModeratorKey'
  | 'importModeratorKey'
> = (node) => ({
  async setGuidelines({ roomId, text }) {
    const room = await moderate(node, roomId, { type: 'guidelines', text }, made(K.guidelines))
    const g = (await room.queries.value<Guidelines>(K.guidelines))!
    // the moderator who wrote them accepts them too, so their own posts keep counting
    await room.append({ type: 'accept-guidelines', version: g.version, time: Date.now() })
    return { version: g.version }
  },
  async getGuidelines({ roomId }) {
    const room = node.room(roomId)
    const g = await room.queries.value<Guidelines>(K.guidelines)
    const accepted = await room.queries.value<number>(K.accepted(room.memberId))
    return { version: g?.version ?? 0, text: g?.text ?? null, by: g?.by ?? null, time: g?.time ?? null, accepted: !g || accepted === g.version }
  },
  async acceptGuidelines({ roomId, version }) {
    const room = await writable(node, roomId)
    const g = await room.queries.value<Guidelines>(K.guidelines)
    if (!g || g.version !== version) throw fail('guidelines_version', { current: g?.version ?? 0 })
    await room.append({ type: 'accept-guidelines', version, time: Date.now() })
    if ((await room.queries.value<number>(K.accepted(room.memberId))) !== version) throw fail('not_applied', { action: 'accept-guidelines' })
    return OK
  },
  async setResources({ roomId, resources }) {
    await moderate(node, roomId, { type: 'resources', resources: resources.map(clean) }, made(K.resources))
    return OK
  },
  async getHelp({ roomId, region }) {
    const own = roomId ? await verifiedResources(node.room(roomId)) : []
    const dir = resourcesForRegion(region)
    return { room: resourcesFor(own, region), directory: dir.entries, region: dir.region, emergency: dir.emergency, note: dir.note }
  },
  async setRoomSettings({ roomId, joinMode, slowModeSeconds, flood, lockdown }) {
    const current = (await node.room(roomId).queries.value<Settings>(K.settings)) ?? DEFAULT_SETTINGS
    // undefined keeps what is in force, null turns it off; off is left out of the record
    const f = flood === undefined ? current.flood : flood
    const l = lockdown === undefined ? current.lockdown : lockdown
    const record = {
      type: 'settings',
      joinMode: joinMode ?? current.joinMode,
      slowModeSeconds: slowModeSeconds ?? current.slowModeSeconds,
      ...(f ? { flood: f } : {}),
      ...(l ? { lockdown: l } : {})
    }
    await moderate(node, roomId, record, made(K.settings))
    return OK
  },
  async getRoomSettings({ roomId }) {
    const s = (await node.room(roomId).queries.value<Settings>(K.settings)) ?? DEFAULT_SETTINGS
    return { joinMode: s.joinMode, slowModeSeconds: s.slowModeSeconds, flood: s.flood ?? null, lockdown: s.lockdown ?? null, lockedDown: !!s.lockedDown }
  },
  async reportMessage({ roomId, messageId, reason }) {
    const room = await writable(node, roomId)
    const message = await room.queries.rawMessage(messageId)
    if (!message) throw fail('message_not_found', { messageId })
    // the reporter keeps a copy, sealed to their own box key, to follow the report
    await publishBoxKey(room)
    const sealed = (await reportRecipients(room, message.author)).map((to) => ({ to, box: sealJson(to, { messageId, reason }) }))
    const reportId = await room.append({ type: 'report', sealed, time: Date.now() })
    if (!(await room.queries.value(K.report(reportId)))) throw fail('not_applied', { action: 'report' })
    return { reportId }
  },
  async listReports({ roomId, includeResolved }) {
    const room = node.room(roomId)
    const kp = signingKeyPair(node, roomId)
    if (!kp || !(await isAuthorityKey(room.base.view, toHex(kp.publicKey)))) {
      throw fail('reports_moderators_only')
    }
    const me = toHex(kp.publicKey)
    const reports = []
    let unreadable = 0
    for (const { key, value } of await room.queries.entries<ReportState>(K.reportPrefix)) {
      if (value.resolved && !includeResolved) continue
      const copy = value.sealed.find((s) => s.to === me)
      if (!copy) continue // sealed before this key became a moderator
      // a report is a stranger's ciphertext: one that does not open, or opens to nonsense, is
      // skipped and counted, never allowed to hide every other report
      const body = openJson(kp, copy.box, ReportBody)
      if (!body) {
        unreadable++
        continue
      }
      const { messageId, reason } = body
      reports.push({
        reportId: key.slice(K.reportPrefix.length),
        reporter: value.reporter,
        messageId,
        reason,
        time: value.time,
        resolved: value.resolved?.outcome ?? null
      })
    }
    return { reports, unreadable }
  },
  async resolveReport({ roomId, reportId, outcome, note }) {
    const room = node.room(roomId)
    const state = await room.queries.value<ReportState>(K.report(reportId))
    if (!state) throw fail('report_not_found', { reportId })
    if (state.resolved) throw fail('report_resolved')
    const resolved = async (room: Room) => !!(await room.queries.value<ReportState>(K.report(reportId)))?.resolved
    const sealedNote = await noteForReporter(room, state, note)
    await moderate(node, roomId, { type: 'resolve-report', report: reportId, outcome, ...(sealedNote ? { note: sealedNote } : {}) }, resolved)
    return OK
  },
  async exportModeratorKey({ roomId, passphrase }) {
    const entry = node.entry(roomId)
    if (!entry.signingKey) throw fail('no_moderator_key')
    return { exported: exportModeratorKey(roomId, node.vault.open(entry.signingKey), passphrase) }
  },
  async importModeratorKey({ roomId, exported, passphrase }) {
    const entry = node.entry(roomId)
    const secret = importModeratorKey(roomId, exported, passphrase)
    entry.signingKey = node.vault.seal(secret)
    await node.profile.save()
    return { moderatorKey: toHex(secret.subarray(32)) }
  }
})

/** Drops empty optional fields so records stay small and canonical. */
function clean(r: Resource): Resource {
  return Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined && v !== '')) as Resource
}

/** The room's resources, each with the title moderators gave when they verified it. */
async function verifiedResources(room: Room): Promise<Array<Resource & { verified?: string }>> {
  const own = (await room.queries.value<{ resources: Resource[] }>(K.resources))?.resources ?? []
  return Promise.all(
    own.map(async (r) => {
      const v = await room.queries.value<{ title: string }>(L.verifiedResource(r.name))
      return v ? { ...r, verified: v.title } : r
    })
  )
}
