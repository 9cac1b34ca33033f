import { listRefusal } from '../lists/refusal.ts'
import { fail } from '../../shared/api/errors.ts'
import { writable } from './guards.ts'
import { K, type MuteState } from '../room/keys.ts'
import { muteInForce } from '../room/gates.ts'
import type { HearthNode } from '../node.ts'
import type { ImplFactory } from './context.ts'

const notFound = (messageId: string) => fail('message_not_found', { messageId })

async function ownMessage(node: HearthNode, roomId: string, messageId: string) {
  const room = await writable(node, roomId)
  const msg = await room.queries.rawMessage(messageId)
  if (!msg) throw notFound(messageId)
  if (msg.author !== room.memberId) throw fail('not_own_message')
  if (msg.deleted) throw fail('message_deleted')
  return room
}

export const messageMethods: ImplFactory<'postMessage' | 'editMessage' | 'deleteMessage' | 'getMessages' | 'getMessage'> = (node) => ({
  async postMessage({ roomId, text, contentWarning, replyTo }) {
    // queued before any await: one caller's posts keep the order they were made in, while the
    // checks (writable) run alongside and must pass before the post is written
    const queue = node.posts(roomId)
    const ready = writable(node, roomId)
    const messageId = await queue.post({ text, cw: contentWarning, replyTo }, ready)
    await ready
    // what you wrote yourself is read
    const entry = node.entry(roomId)
    const messages = await node.history(roomId).total()
    if (entry.lastRead >= messages - 1) {
      entry.lastRead = messages
      // a read marker is not worth an fsync'd rewrite of profile.json on every post: coalesce it
      node.profile.saveSoon()
    }
    return { messageId }
  },

  async editMessage({ roomId, messageId, text, contentWarning }) {
    const room = await ownMessage(node, roomId, messageId)
    const [mute, counters] = await Promise.all([room.queries.value<MuteState>(K.mute(room.memberId)), room.queries.counters()])
    const muted = muteInForce(mute, counters.messages, Date.now())
    if (muted) throw fail('muted', muted)
    const listed = await listRefusal((k) => room.queries.value(k), text, contentWarning)
    if (listed) throw fail(listed.reason, listed.data)
    const time = Date.now()
    await room.append({ type: 'edit', target: messageId, text, ...(contentWarning !== undefined ? { cw: contentWarning } : {}), time })
    if ((await room.queries.rawMessage(messageId))?.editedTime !== time) throw fail('not_applied', { action: 'edit' })
    return { ok: true as const }
  },

  async deleteMessage({ roomId, messageId }) {
    const room = await ownMessage(node, roomId, messageId)
    await room.append({ type: 'delete', target: messageId, time: Date.now() })
    if (!(await room.queries.rawMessage(messageId))?.deleted) throw fail('not_applied', { action: 'delete' })
    return { ok: true as const }
  },

  async getMessages({ roomId, limit, before }) {
    return node.history(roomId).page(limit ?? 50, before)
  },

  async getMessage({ roomId, messageId }) {
    const message = await node.history(roomId).message(messageId)
    if (!message) throw notFound(messageId)
    return { message }
  }
})
