import { catchUpWithPeers } from './compat/autobase.ts'
import { HearthError, ErrorCode, fail } from '../shared/api/errors.ts'
import { ticketSpent } from './room/handlers/membership.ts'
import type { RoomClock } from './room/clock.ts'
import { toHex } from './crypto.ts'
import { K, type TicketState } from './room/keys.ts'
import { isAuthorityKey } from './room/queries-authority.ts'
import type { HearthNode } from './node.ts'

/** More catch-ups before a ticket's signer is called no moderator: 5 × 5 s. */
const ISSUER_CATCH_UPS = 5

/**
 * Finishes a join: wait for the room's genesis from any peer, append the optimistic join record
 * carrying the invite's ticket, and wait until apply admits us as a writer. Returns 'joining' if
 * no peer answered within timeoutMs (the join then completes in the background, also after a
 * restart); throws if the room refuses the ticket (revoked, or not signed by an authority).
 */
export async function completeJoin(node: HearthNode, roomId: string, timeoutMs: number): Promise<'ready' | 'joining'> {
  const room = node.room(roomId)
  const entry = node.entry(roomId)
  const pending = entry.pendingJoin
  if (!pending || room.writable) return finish()

  const signal = AbortSignal.timeout(timeoutMs)
  const task = (async () => {
    await room.waitGenesis()
    if (!room.writable) {
      // right after the genesis the view may not have the moderator who signed the ticket yet:
      // whether the issuer is an authority is judged once caught up with peers (below)
      const why = await refusal(false)
      if (why) throw fail(why)
      if (room.base.local.length === 0) {
        // see the room as its peers do first, so the join orders after any move or revocation
        await catchUpWithPeers(room.base, 5000)
        const moved = await patientRefusal()
        if (moved) throw fail(moved)
        const box = toHex((await room.boxKeyPair()).publicKey)
        const join = { type: 'join', ticket: pending.ticket, ...(pending.name ? { name: pending.name } : {}), box, time: Date.now() }
        await room.append(join, { optimistic: true })
      }
      // admitted, or refused by what the view shows once it has caught up (a revocation, or a
      // move to new keys since the invite was made, that arrived after the genesis). A refusal
      // erases the room here, so one seen mid-update (a reorder or fast-forward can show a view
      // without the moderator who signed the ticket) is judged again after catching up with peers.
      for (;;) {
        await room.waitFor(async () => room.writable || (await admitted()) || (await refusal()) !== null, 2 ** 31 - 1)
        if (!(await refusal())) break
        await catchUpWithPeers(room.base, 5000)
        const refused = await patientRefusal()
        if (refused) throw fail(refused)
      }
    }
    return finish()
  })()

  const refused = async (err: unknown) => {
    if (err instanceof HearthError && err.code === ErrorCode.BadInvite) {
      await node.removeRoom(roomId, true).catch(() => {})
    } else node.emit('log', `join ${roomId}: ${(err as Error).message}`)
    throw err
  }
  const guarded = task.catch(refused)
  const timeout = new Promise<'joining'>((resolve) => signal.addEventListener('abort', () => resolve('joining'), { once: true }))
  guarded.catch(() => {}) // reported through the race below or the log
  return Promise.race([guarded, timeout])

  async function refusal(
    judgeIssuer = true
  ): Promise<'invite_revoked' | 'invite_not_authority' | 'invite_before_move' | 'invite_expired' | 'invite_used_up' | null> {
    // admitted: our own join may be what used the ticket up, a moment before Autobase says writable
    if (room.writable || (await admitted())) return null
    if (await room.queries.value(K.moved)) return 'invite_before_move'
    const ticket = pending!.ticket
    // this app keeps the expiry by the wall clock too (apply can only use times the room has seen)
    if (ticket.expires !== undefined && Date.now() > ticket.expires) return 'invite_expired'
    const state = await room.queries.value<TicketState>(K.ticket(ticket.id))
    if (state?.revoked) return 'invite_revoked'
    const spent = ticketSpent(ticket, state, await room.queries.value<RoomClock>(K.clock))
    if (spent) return spent
    if (judgeIssuer && !(await isAuthorityKey(room.base.view, pending!.ticket.issuer))) return 'invite_not_authority'
    return null
  }

  /**
   * A refusal that erases the room, judged on a view that has caught up: on a loaded machine one
   * catch-up may not yet bring the record that made the ticket's signer a moderator (seen in CI:
   * a knock's approval refused as "not a moderator"). A forged signer is refused ~25 s later.
   */
  async function patientRefusal(): ReturnType<typeof refusal> {
    let why = await refusal()
    for (let i = 0; why === 'invite_not_authority' && i < ISSUER_CATCH_UPS; i++) {
      await catchUpWithPeers(room.base, 5000)
      why = await refusal()
    }
    return why
  }

  /** apply has taken our join (Autobase reports the writer a moment later). */
  async function admitted(): Promise<boolean> {
    return (await room.queries.member(room.memberId)) !== null
  }

  async function finish(): Promise<'ready'> {
    room.keepHistoryComplete()
    if (entry.pendingJoin) {
      delete entry.pendingJoin
      await node.profile.save()
      // joining → ready changes no view: clients that re-read on room.changed must hear it too
      node.emit('room-update', roomId)
    }
    return 'ready'
  }
}
