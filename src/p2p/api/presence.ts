import { fail } from '../../shared/api/errors.ts'
import { isAuthorityKey } from '../room/queries-authority.ts'
import { toHex } from '../crypto.ts'
import { requireSigningKey } from './guards.ts'
import type { ImplFactory } from './context.ts'

const OK = { ok: true as const }

/** Ephemeral presence (src/p2p/presence.ts): nothing here is appended to a room or written to disk. */
export const presenceMethods: ImplFactory<'setPresence' | 'getPresence'> = (node) => ({
  async setPresence({ roomId, typing, onDuty }) {
    const room = node.room(roomId)
    if (onDuty === true) {
      const kp = requireSigningKey(node, roomId)
      if (!(await isAuthorityKey(room.base.view, toHex(kp.publicKey)))) {
        throw fail('on_duty_not_moderator')
      }
      node.presence.setOnDuty(roomId, kp)
    } else if (onDuty === false) {
      node.presence.setOnDuty(roomId, null)
    }
    if (typing !== undefined) node.presence.setTyping(roomId, typing)
    return OK
  },
  async getPresence({ roomId }) {
    node.room(roomId)
    return node.presence.state(roomId)
  }
})
