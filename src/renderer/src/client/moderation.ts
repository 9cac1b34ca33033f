import { ErrorCode, HearthError, methods } from '../../../shared/api/index.ts'
import type { MethodName, Params, Resource, Result } from '../../../shared/api/index.ts'
import type { StatusClient } from './status.ts'

/**
 * The moderation and safety methods of issue 3, as the UI uses them. `supported()` says whether
 * this build's contract lists a method, so the UI can explain a missing tool instead of failing;
 * the results are normalised here so the screens stay simple.
 */
export type ModMethod =
  | 'setGuidelines'
  | 'getGuidelines'
  | 'acceptGuidelines'
  | 'blockMember'
  | 'unblockMember'
  | 'hideMessage'
  | 'unhideMessage'
  | 'muteMember'
  | 'unmuteMember'
  | 'approveMember'
  | 'addModerator'
  | 'removeModerator'
  | 'listModerators'
  | 'createModeratorKey'
  | 'exportModeratorKey'
  | 'importModeratorKey'
  | 'setResources'
  | 'getHelp'
  | 'setRoomSettings'
  | 'getRoomSettings'
  | 'reportMessage'
  | 'listReports'
  | 'resolveReport'
  | 'getModerationLog'

let assumed: ReadonlySet<string> = new Set()
/** For component tests against a fake engine: treat these methods as present in the contract. */
export function assumeSupported(names: readonly ModMethod[]): void {
  assumed = new Set(names)
}

export const supported = (name: ModMethod): boolean => Object.prototype.hasOwnProperty.call(methods, name) || assumed.has(name)

export const notSupported = (name: string): HearthError => new HearthError(ErrorCode.MethodNotFound, `This version of the Hearth engine has no ${name} yet.`)

/** A typed call of a method the contract may not list in every build. */
async function call<M extends MethodName>(c: StatusClient, name: M & ModMethod, params: Params<M>): Promise<Result<M>> {
  if (!supported(name)) throw notSupported(name)
  return (await c.callRaw(name, params)) as Result<M>
}

export interface Guidelines {
  version: number
  text: string
  accepted: boolean | null
}
export async function getGuidelines(c: StatusClient, roomId: string): Promise<Guidelines | null> {
  if (!supported('getGuidelines')) return null
  const r = await call(c, 'getGuidelines', { roomId })
  return { version: r.version, text: r.text ?? '', accepted: typeof r.accepted === 'boolean' ? r.accepted : null }
}
export const setGuidelines = (c: StatusClient, roomId: string, text: string) => call(c, 'setGuidelines', { roomId, text })
export const acceptGuidelines = (c: StatusClient, roomId: string, version: number) => call(c, 'acceptGuidelines', { roomId, version })

export const blockMember = (c: StatusClient, roomId: string, memberId: string, reason: string) => call(c, 'blockMember', { roomId, memberId, reason })
export const unblockMember = (c: StatusClient, roomId: string, memberId: string) => call(c, 'unblockMember', { roomId, memberId })
export const hideMessage = (c: StatusClient, roomId: string, messageId: string, reason: string) => call(c, 'hideMessage', { roomId, messageId, reason })
export const unhideMessage = (c: StatusClient, roomId: string, messageId: string) => call(c, 'unhideMessage', { roomId, messageId })
export const muteMember = (c: StatusClient, roomId: string, memberId: string, reason: string, forMessages?: number) =>
  call(c, 'muteMember', { roomId, memberId, reason, ...(forMessages ? { forMessages } : {}) })
export const unmuteMember = (c: StatusClient, roomId: string, memberId: string) => call(c, 'unmuteMember', { roomId, memberId })
export const approveMember = (c: StatusClient, roomId: string, memberId: string) => call(c, 'approveMember', { roomId, memberId })

export const addModerator = (c: StatusClient, roomId: string, moderatorKey: string) => call(c, 'addModerator', { roomId, moderatorKey })
export const removeModerator = (c: StatusClient, roomId: string, moderatorKey: string) => call(c, 'removeModerator', { roomId, moderatorKey })
export interface ModeratorInfo {
  moderatorKey: string
  owner: boolean
}
/** The owner first, then the moderators the owner added. */
export async function listModerators(c: StatusClient, roomId: string): Promise<ModeratorInfo[]> {
  const r = await call(c, 'listModerators', { roomId })
  const out: ModeratorInfo[] = r.owner ? [{ moderatorKey: r.owner, owner: true }] : []
  for (const m of r.moderators) if (m.moderatorKey !== r.owner) out.push({ moderatorKey: m.moderatorKey, owner: false })
  return out
}
export const createModeratorKey = async (c: StatusClient, roomId: string): Promise<string> => (await call(c, 'createModeratorKey', { roomId })).moderatorKey
export const exportModeratorKey = async (c: StatusClient, roomId: string, passphrase: string): Promise<string> =>
  (await call(c, 'exportModeratorKey', { roomId, passphrase })).exported
export const importModeratorKey = (c: StatusClient, roomId: string, exported: string, passphrase: string) =>
  call(c, 'importModeratorKey', { roomId, exported, passphrase })

/** A support line: the room's own resources and the shipped directory share this shape. */
export interface HelpEntry extends Resource {
  source?: string
  checked?: string
  country?: string
}
export interface Help {
  room: HelpEntry[]
  directory: HelpEntry[]
  note: string
}
export async function getHelp(c: StatusClient, roomId: string | undefined, region: string | undefined): Promise<Help> {
  const r = await call(c, 'getHelp', { ...(roomId ? { roomId } : {}), ...(region && /^[A-Z]{2}$/.test(region) ? { region } : {}) })
  return { room: r.room, directory: r.directory, note: r.note }
}
export const setResources = (c: StatusClient, roomId: string, resources: Resource[]) => call(c, 'setResources', { roomId, resources })

export interface RoomSettings {
  approvalRequired: boolean
  slowModeSeconds: number
}
export const setRoomSettings = (c: StatusClient, roomId: string, s: RoomSettings) =>
  call(c, 'setRoomSettings', { roomId, joinMode: s.approvalRequired ? 'approval' : 'open', slowModeSeconds: s.slowModeSeconds })
export async function getRoomSettings(c: StatusClient, roomId: string): Promise<RoomSettings> {
  if (!supported('getRoomSettings')) return { approvalRequired: false, slowModeSeconds: 0 }
  const r = await call(c, 'getRoomSettings', { roomId })
  return { approvalRequired: r.joinMode === 'approval', slowModeSeconds: r.slowModeSeconds }
}

export const reportMessage = (c: StatusClient, roomId: string, messageId: string, reason: string) => call(c, 'reportMessage', { roomId, messageId, reason })
export interface Report {
  reportId: string
  messageId: string
  reason: string
  time: number
  resolved: 'dismissed' | 'actioned' | null
}
export async function listReports(c: StatusClient, roomId: string): Promise<Report[]> {
  return (await call(c, 'listReports', { roomId, includeResolved: true })).reports
}
export const resolveReport = (c: StatusClient, roomId: string, reportId: string, outcome: 'dismissed' | 'actioned') =>
  call(c, 'resolveReport', { roomId, reportId, outcome })

export interface LogEntry {
  moderator: string
  action: string
  target: string
  reason: string
  time: number | null
}
export async function getModerationLog(c: StatusClient, roomId: string): Promise<LogEntry[]> {
  return (await call(c, 'getModerationLog', { roomId })).entries.map((e) => ({
    moderator: e.by,
    action: e.action,
    target: e.target ?? '',
    reason: e.reason ?? '',
    time: e.time
  }))
}
