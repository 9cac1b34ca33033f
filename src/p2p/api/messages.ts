import { HearthError, ErrorCode } from '../../shared/api/errors.ts'
import { writable } from './guards.ts'
import type { HearthNode } from '../node.ts'
import type { ImplFactory } from './context.ts'

const notFound = (id: string) => new HearthError(ErrorCode.NotFound, `No message ${id} in this room (it may not have synced yet).`)

async function ownMessage(node: HearthNode, roomId: string, messageId: string) {
  const room = await writable(node, roomId)
  const msg = await room.queries.rawMessage(messageId)
  if (!msg) throw notFound(messageId)
  if (msg.author !== room.memberId) throw new HearthError(ErrorCode.NotAllowed, 'You can only edit or delete your own messages.')
  if (msg.deleted) throw new HearthError(ErrorCode.Conflict, 'That message is already deleted.')
  return room
}

export const messageMethods: ImplFactory<'postMessage' | 'editMessage' | 'deleteMessage' | 'getMessages' | 'getMessage'> = (node) => ({
  async postMessage({ roomId, text, contentWarning, replyTo }) {
    const room = await writable(node, roomId)
    const messageId = await node.posts(roomId).post({ text, cw: contentWarning, replyTo })
    // what you wrote yourself is read
    const entry = node.entry(roomId)
    const { messages } = await room.queries.counters()
    if (entry.lastRead >= messages - 1) {
      entry.lastRead = messages
      // a read marker is not worth an fsync'd rewrite of profile.json on every post: coalesce it
      node.profile.saveSoon()
    }
    return { messageId }
  },

  async editMessage({ roomId, messageId, text, contentWarning }) {
    const room = await ownMessage(node, roomId, messageId)
    await room.append({ type: 'edit', target: messageId, text, ...(contentWarning !== undefined ? { cw: contentWarning } : {}), time: Date.now() })
    return { ok: true as const }
  },

  async deleteMessage({ roomId, messageId }) {
    const room = await ownMessage(node, roomId, messageId)
    await room.append({ type: 'delete', target: messageId, time: Date.now() })
    return { ok: true as const }
  },

  async getMessages({ roomId, limit, before }) {
    return node.room(roomId).queries.page(limit ?? 50, before)
  },

  async getMessage({ roomId, messageId }) {
    const message = await node.room(roomId).queries.message(messageId)
    if (!message) throw notFound(messageId)
    return { message }
  }
})
