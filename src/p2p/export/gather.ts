import { K, type Settings, DEFAULT_SETTINGS } from '../room/keys.ts'
import { signingKeyPair } from '../api/summary.ts'
import { toHex } from '../crypto.ts'
import type { Message } from '../../shared/api/common.ts'
import type { HearthNode } from '../node.ts'

export type ExportedMessage = {
  id: string
  time: number
  editedTime: number | null
  text: string | null
  contentWarning: string | null
  deleted: boolean
  hidden: boolean
  hiddenReason: string | null
}
export type ExportedAction = { action: string; target: string | null; reason: string | null; time: number }
export type ExportedRoom = {
  roomId: string
  name: string
  displayName: string | null
  role: 'owner' | 'moderator' | 'member'
  joinedAt: number
  settings: { joinMode: string; slowModeSeconds: number; flood: Settings['flood'] | null; lockdown: Settings['lockdown'] | null }
  messages: ExportedMessage[]
  moderationActions: ExportedAction[]
}
export type Archive = { format: 'hearth-export/1'; exportedAt: number; appSettings: Record<string, unknown>; rooms: ExportedRoom[] }

const PAGE = 200

/**
 * Your part of every room on this device: your messages (across the room's moves to new keys),
 * the moderation actions your key signed, your name and role there, and the room's settings.
 * Nobody else's messages and no keys: an export may be read, shared or lost.
 */
export async function gatherArchive(node: HearthNode, appSettings: Record<string, unknown>, now: number): Promise<Archive> {
  const rooms: ExportedRoom[] = []
  for (const roomId of node.rooms.keys()) rooms.push(await gatherRoom(node, roomId))
  return { format: 'hearth-export/1', exportedAt: now, appSettings, rooms }
}

async function gatherRoom(node: HearthNode, roomId: string): Promise<ExportedRoom> {
  const epochs = node.epochs(roomId)
  const room = epochs[0]
  const mine = new Set(epochs.map((r) => r.memberId))
  const kp = signingKeyPair(node, roomId)
  const myKey = kp ? toHex(kp.publicKey) : null
  const [genesis, me, settings] = await Promise.all([room.queries.genesis(), room.queries.member(room.memberId), room.queries.value<Settings>(K.settings)])
  const isModerator = !!myKey && (await room.queries.value(K.mod(myKey))) !== null
  const s = settings ?? DEFAULT_SETTINGS
  return {
    roomId,
    name: genesis?.name ?? '',
    displayName: me?.name ?? null,
    role: genesis && genesis.owner === myKey ? 'owner' : isModerator ? 'moderator' : 'member',
    joinedAt: node.entry(roomId).joinedAt,
    settings: { joinMode: s.joinMode, slowModeSeconds: s.slowModeSeconds, flood: s.flood ?? null, lockdown: s.lockdown ?? null },
    messages: await myMessages(node, roomId, mine),
    moderationActions: myKey ? await myActions(node, roomId, myKey) : []
  }
}

async function myMessages(node: HearthNode, roomId: string, mine: Set<string>): Promise<ExportedMessage[]> {
  const history = node.history(roomId)
  const out: Message[] = []
  let before: string | undefined
  for (;;) {
    const page = await history.page(PAGE, before)
    out.unshift(...page.messages.filter((m) => mine.has(m.author)))
    if (!page.hasMore || !page.messages.length) break
    before = page.messages[0].id
  }
  return Promise.all(out.map(async (m) => ({ ...m, ...(m.hidden && !m.deleted ? await ownWords(node, roomId, m.id) : {}) }))).then((all) =>
    all.map((m) => ({
      id: m.id,
      time: m.time,
      editedTime: m.editedTime,
      text: m.text,
      contentWarning: m.contentWarning,
      deleted: m.deleted,
      hidden: m.hidden,
      hiddenReason: m.hiddenReason
    }))
  )
}

/** Your own words, where a moderator hid them from others: the view still holds them, and they are yours. */
async function ownWords(node: HearthNode, roomId: string, id: string) {
  for (const room of node.epochs(roomId)) {
    const raw = await room.queries.rawMessage(id)
    if (raw) return { text: raw.text, contentWarning: raw.cw }
  }
  return {}
}

async function myActions(node: HearthNode, roomId: string, myKey: string): Promise<ExportedAction[]> {
  const out: ExportedAction[] = []
  for (const room of [...node.epochs(roomId)].reverse()) {
    for (const { value } of await room.queries.entries<ExportedAction & { by: string }>(K.modlogPrefix)) {
      if (value.by === myKey) out.push({ action: value.action, target: value.target, reason: value.reason, time: value.time })
    }
  }
  return out
}
