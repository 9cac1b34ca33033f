import { HearthError, ErrorCode } from '../../shared/api/errors.ts'
import { resourcesForRegion } from '../../shared/safety/crisis-directory.ts'
import { K, DEFAULT_SETTINGS, type Guidelines, type ReportState, type Settings } from '../room/keys.ts'
import { isAuthorityKey } from '../room/queries-authority.ts'
import { openSealed, sealTo, toHex, fromHex } from '../crypto.ts'
import { exportModeratorKey, importModeratorKey } from '../moderator-keys.ts'
import { moderate } from './moderation.ts'
import { writable } from './guards.ts'
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
    const room = await moderate(node, roomId, { type: 'guidelines', text })
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
    if (!g || g.version !== version)
      throw new HearthError(ErrorCode.Conflict, `The current guidelines are version ${g?.version ?? 0}: read and accept that one.`)
    await room.append({ type: 'accept-guidelines', version, time: Date.now() })
    return OK
  },
  async setResources({ roomId, resources }) {
    await moderate(node, roomId, { type: 'resources', resources: resources.map(clean) })
    return OK
  },
  async getHelp({ roomId, region }) {
    const own = roomId ? ((await node.room(roomId).queries.value<{ resources: Resource[] }>(K.resources))?.resources ?? []) : []
    const dir = resourcesForRegion(region)
    return { room: own, directory: dir.entries, region: dir.region, emergency: dir.emergency, note: dir.note }
  },
  async setRoomSettings({ roomId, joinMode, slowModeSeconds }) {
    const current = (await node.room(roomId).queries.value<Settings>(K.settings)) ?? DEFAULT_SETTINGS
    await moderate(node, roomId, { type: 'settings', joinMode: joinMode ?? current.joinMode, slowModeSeconds: slowModeSeconds ?? current.slowModeSeconds })
    return OK
  },
  async getRoomSettings({ roomId }) {
    return (await node.room(roomId).queries.value<Settings>(K.settings)) ?? DEFAULT_SETTINGS
  },
  async reportMessage({ roomId, messageId, reason }) {
    const room = await writable(node, roomId)
    if (!(await room.queries.rawMessage(messageId))) throw new HearthError(ErrorCode.NotFound, `No message ${messageId} in this room.`)
    const { moderators, owner } = await moderatorKeys(room)
    const payload = Buffer.from(JSON.stringify({ messageId, reason }))
    const sealed = [owner, ...moderators].map((to) => ({ to, box: sealTo(fromHex(to), payload).toString('base64') }))
    const reportId = await room.append({ type: 'report', sealed, time: Date.now() })
    return { reportId }
  },
  async listReports({ roomId, includeResolved }) {
    const room = node.room(roomId)
    const kp = signingKeyPair(node, roomId)
    if (!kp || !(await isAuthorityKey(room.base.view, toHex(kp.publicKey)))) {
      throw new HearthError(ErrorCode.NotAllowed, 'Only moderators can read reports: they are sealed to moderator keys.')
    }
    const me = toHex(kp.publicKey)
    const reports = []
    for (const { key, value } of await room.queries.entries<ReportState>(K.reportPrefix)) {
      if (value.resolved && !includeResolved) continue
      const copy = value.sealed.find((s) => s.to === me)
      const opened = copy && openSealed(kp, Buffer.from(copy.box, 'base64'))
      if (!opened) continue // sealed before this key became a moderator
      const { messageId, reason } = JSON.parse(opened.toString())
      reports.push({
        reportId: key.slice(K.reportPrefix.length),
        reporter: value.reporter,
        messageId,
        reason,
        time: value.time,
        resolved: value.resolved?.outcome ?? null
      })
    }
    return { reports }
  },
  async resolveReport({ roomId, reportId, outcome }) {
    const state = await node.room(roomId).queries.value<ReportState>(K.report(reportId))
    if (!state) throw new HearthError(ErrorCode.NotFound, `No report ${reportId}.`)
    if (state.resolved) throw new HearthError(ErrorCode.Conflict, 'That report is already resolved.')
    await moderate(node, roomId, { type: 'resolve-report', report: reportId, outcome })
    return OK
  },
  async exportModeratorKey({ roomId, passphrase }) {
    const entry = node.entry(roomId)
    if (!entry.signingKey) throw new HearthError(ErrorCode.NotAllowed, 'This device holds no moderator key for this room.')
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

async function moderatorKeys(room: import('../room/room.ts').Room) {
  const owner = (await room.queries.genesis())!.owner
  const moderators = (await room.queries.entries(K.modPrefix)).map(({ key }) => key.slice(K.modPrefix.length))
  return { owner, moderators }
}

/** Drops empty optional fields so records stay small and canonical. */
function clean(r: Resource): Resource {
  return Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined && v !== '')) as Resource
}
