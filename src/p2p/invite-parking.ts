import { parkInvite, fetchParkedInvite } from './short-link.ts'
import { K, type TicketState } from './room/keys.ts'
import { fail } from '../shared/api/errors.ts'
import type { HearthNode } from './node.ts'

/** DHT records live 48 hours: park again well before. */
const REPARK_MS = 6 * 60 * 60_000
const LOOKUP_EVERY_MS = 1000

/**
 * Keeps this device's usable invites findable by their short links (short-link.ts) while it runs,
 * and looks up the invite behind a short link someone pasted.
 */
export class InviteParking {
  #timer: NodeJS.Timeout | null = null

  constructor(private node: HearthNode) {}

  /** Parks one invite; a failure only costs the short link (the full invite still works). */
  park(invite: string) {
    const dht = this.node.net.dht
    if (!dht) return
    parkInvite(dht, invite).catch((err: unknown) => this.node.emit('log', `short link not parked: ${(err as Error).message}`))
  }

  /** Parks every invite still usable now, then again every few hours. */
  start() {
    const parkAll = () => void this.#parkAll().catch((err: unknown) => this.node.emit('log', `short links not parked: ${(err as Error).message}`))
    parkAll()
    this.#timer ??= setInterval(parkAll, REPARK_MS)
    this.#timer.unref()
  }

  stop() {
    if (this.#timer) clearInterval(this.#timer)
    this.#timer = null
  }

  async #parkAll() {
    const now = Date.now()
    for (const [roomId, room] of this.node.rooms) {
      for (const inv of this.node.entry(roomId).invites) {
        if (!inv.invite || (inv.expires !== undefined && inv.expires <= now)) continue
        const state = await room.queries.value<TicketState>(K.ticket(inv.id)).catch(() => null)
        if (state?.revoked || (inv.maxUses !== undefined && (state?.uses ?? 0) >= inv.maxUses)) continue
        this.park(this.node.vault.open(inv.invite).toString())
      }
    }
  }

  /** The full invite behind a short link, looked up on the DHT for up to `timeoutMs`. */
  async lookUp(token: Uint8Array, timeoutMs: number): Promise<string> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const dht = this.node.net.dht
      const invite = dht ? await fetchParkedInvite(dht, token).catch(() => null) : null
      if (invite) return invite
      if (Date.now() + LOOKUP_EVERY_MS > deadline) throw fail('invite_link_not_found')
      await new Promise((r) => setTimeout(r, LOOKUP_EVERY_MS))
    }
  }
}
