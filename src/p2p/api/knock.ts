import { fail } from '../../shared/api/errors.ts'
import { toHex } from '../crypto.ts'
import { K, type KnockState } from '../room/keys.ts'
import { isAuthorityKey } from '../room/queries-authority.ts'
import { requireSigningKey } from './guards.ts'
import { answerKnock, openKnock } from '../directory/answer.ts'
import type { ImplFactory } from './context.ts'

/** Knocking on listed rooms (docs/architecture.md, "Knocking"). */
export const knockApi: ImplFactory<'requestToJoin' | 'listMyJoinRequests' | 'listJoinRequests' | 'answerJoinRequest'> = (node) => ({
  async requestToJoin({ listingId, note, displayName }) {
    return { requestId: await node.directory.mine.knock(listingId, note || null, displayName ?? null) }
  },

  async listMyJoinRequests() {
    return { requests: node.directory.mine.list() }
  },

  async listJoinRequests({ roomId }) {
    const kp = requireSigningKey(node, roomId)
    const room = node.room(roomId)
    if (!(await isAuthorityKey(room.base.view, toHex(kp.publicKey)))) throw fail('not_moderator')
    let unreadable = 0
    const requests = []
    for (const { key, value } of await room.queries.entries<KnockState>(K.knockPrefix)) {
      const knock = openKnock(kp, value)
      if (!knock) {
        unreadable++
        continue
      }
      const answer = value.answer
      requests.push({
        requestId: key.slice(K.knockPrefix.length),
        note: knock.note,
        displayName: knock.displayName,
        time: value.time,
        state: !answer ? ('pending' as const) : answer.approve ? ('approved' as const) : ('declined' as const),
        answeredBy: answer?.by ?? null
      })
    }
    return { requests: requests.sort((a, b) => a.time - b.time), unreadable }
  },

  async answerJoinRequest({ roomId, requestId, approve }) {
    await answerKnock(node, roomId, requestId, approve)
    return { ok: true as const }
  }
})
