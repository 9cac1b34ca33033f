import { z } from 'zod'
import { fail, HearthError } from '../../shared/api/errors.ts'
import { newSigningKeyPair, randomBytes, sealTo, fromHex, toHex } from '../crypto.ts'
import { moderatorKeys, openJson } from './reports.ts'
import { signRecord } from '../records/signing.ts'
import { K, type Ended, type SupportRequestState } from '../room/keys.ts'
import { isAuthorityKey } from '../room/queries-authority.ts'
import { publishBoxKey, requireSigningKey, writable, writableHistory } from './guards.ts'
import { moderate } from './moderate.ts'
import { signingKeyPair } from './summary.ts'
import { issueInvite } from './invites.ts'
import type { ImplFactory } from './context.ts'
import type { HearthNode } from '../node.ts'
import type { Resource } from '../../shared/api/common.ts'

/** The private room's name in its genesis; the app shows its own words for a private conversation. */
const PRIVATE_NAME = 'Private conversation'
/** A private conversation's one invite: one use, and it lapses if the member's device never comes. */
const OFFER_DAYS = 7

export const supportApi: ImplFactory<'requestSupport' | 'listSupportRequests' | 'acceptSupportRequest' | 'openPrivateConversation' | 'endConversation'> = (
  node
) => ({
  async requestSupport({ roomId, note }) {
    const room = await writable(node, roomId)
    await publishBoxKey(room)
    const { owner, moderators } = await moderatorKeys(room)
    const payload = Buffer.from(JSON.stringify({ note: note || null }))
    const sealed = [...new Set([owner, ...moderators])].map((to) => ({ to, box: sealTo(fromHex(to), payload).toString('base64') }))
    const requestId = await room.append({ type: 'support-request', sealed, time: Date.now() })
    if (!(await room.queries.value(K.support(requestId)))) throw fail('not_applied', { action: 'support request' })
    return { requestId }
  },

  async listSupportRequests({ roomId }) {
    const room = node.room(roomId)
    const kp = signingKeyPair(node, roomId)
    const moderator = !!kp && (await isAuthorityKey(room.base.view, toHex(kp.publicKey)))
    let unreadable = 0
    const requests = []
    for (const { key, value } of await room.queries.entries<SupportRequestState>(K.supportPrefix)) {
      if (!moderator && value.requester !== room.memberId) continue
      const requestId = key.slice(K.supportPrefix.length)
      let note: string | null = null
      const copy = moderator ? value.sealed.find((s) => s.to === toHex(kp!.publicKey)) : undefined
      if (copy) {
        const opened = openJson(kp!, copy.box, SealedNote)
        if (opened) note = opened.note
        else unreadable++
      }
      const member = await room.queries.member(value.requester)
      requests.push({
        requestId,
        requester: value.requester,
        requesterName: member?.name ?? null,
        note,
        time: value.time,
        acceptedBy: value.accepted?.by ?? null,
        conversationRoomId: conversationOf(node, roomId, requestId)
      })
    }
    return { requests: requests.sort((a, b) => a.time - b.time), unreadable }
  },

  async acceptSupportRequest({ roomId, requestId }) {
    const request = await node.room(roomId).queries.value<SupportRequestState>(K.support(requestId))
    if (!request) throw fail('support_request_not_found', { requestId })
    if (request.accepted) throw fail('support_request_taken')
    return openConversation(node, roomId, request.requester, requestId)
  },

  async openPrivateConversation({ roomId, memberId }) {
    return openConversation(node, roomId, memberId)
  },

  async endConversation({ roomId }) {
    if (!node.entry(roomId).privateOf) throw fail('not_private_conversation')
    const room = await writable(node, roomId)
    if (await room.queries.value<Ended>(K.ended)) throw fail('conversation_ended')
    await room.append({ type: 'end-conversation', time: Date.now() })
    if (!(await room.queries.value<Ended>(K.ended))) throw fail('not_applied', { action: 'end' })
    return { ok: true as const }
  }
})

/**
 * Makes a new room for two (its own keys, its own Autobase, a fresh owner key held here), copies
 * the room's crisis resources into it, and offers it to the member: its one-use invite sealed to
 * their box key in a signed `support-offer`. Their device opens it by itself (support-inbox.ts).
 */
async function openConversation(node: HearthNode, roomId: string, memberId: string, requestId?: string) {
  const kp = requireSigningKey(node, roomId)
  const room = await writableHistory(node, roomId)
  if (!(await isAuthorityKey(room.base.view, toHex(kp.publicKey)))) throw fail('not_moderator')
  const member = await room.queries.member(memberId)
  if (!member) throw fail('member_not_found', { memberId })
  if (!member.box) throw fail('support_member_not_ready')
  const [me, resources] = await Promise.all([room.queries.member(room.memberId), room.queries.value<{ resources: Resource[] }>(K.resources)])
  const owner = newSigningKeyPair()
  const extra = { signingKey: node.vault.seal(owner.secretKey), privateOf: { roomId, ...(requestId ? { request: requestId } : {}) } }
  const conversation = await node.addRoom(null, randomBytes(32), extra, async (p) => {
    const time = Date.now()
    await p.append(signRecord(p.key, owner, { type: 'genesis', name: PRIVATE_NAME, owner: toHex(owner.publicKey), time }))
    if (me?.name) await p.append({ type: 'profile', name: me.name, time })
    // crisis lines work there as in the room
    if (resources?.resources.length) await p.append(signRecord(p.key, owner, { type: 'resources', resources: resources.resources, time }))
  })
  try {
    const { invite } = await issueInvite(node, conversation.id, { expiresInDays: OFFER_DAYS, maxUses: 1 })
    const box = sealTo(fromHex(member.box), Buffer.from(JSON.stringify({ invite }))).toString('base64')
    const offer = { type: 'support-offer', member: memberId, ...(requestId ? { request: requestId } : {}), box }
    await moderate(node, roomId, offer, async (r, signed) => (await r.queries.value(K.offer(memberId, signed.nonce))) !== null)
  } catch (err) {
    await node.removeRoom(conversation.id, true).catch(() => {})
    // two moderators accepted at once: the room took the other's offer
    if (requestId && err instanceof HearthError && (await room.queries.value<SupportRequestState>(K.support(requestId)))?.accepted) {
      throw fail('support_request_taken')
    }
    throw err
  }
  return { roomId: conversation.id }
}

/** The private conversation on this device that answers a request, if any. */
function conversationOf(node: HearthNode, roomId: string, requestId: string): string | null {
  for (const entry of node.profile.rooms.values()) {
    if (entry.privateOf?.roomId === roomId && entry.privateOf.request === requestId) return entry.roomId
  }
  return null
}

const SealedNote = z.object({ note: z.string().max(500).nullable() }).strict()
