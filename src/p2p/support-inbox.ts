import { oneAtATime } from './one-at-a-time.ts'
import { z } from 'zod'
import { K, type SupportOfferState } from './room/keys.ts'
import { openSealed } from './crypto.ts'
import { decodeInvite } from './invite.ts'
import { completeJoin } from './join.ts'
import type { HearthNode } from './node.ts'
import type { Room } from './room/room.ts'

/** What a `support-offer` seals to the member: the private conversation's invite. */
const SealedOffer = z.object({ invite: z.string().max(1000) }).strict()

/**
 * Opens, on this device, the private conversations moderators offer it (api/support.ts). On every
 * update of a room it reads the offers addressed to this member, opens each with the member's box
 * key, and joins the conversation with the invite inside. Each offer is acted on once: a person
 * who leaves a conversation does not find it back.
 */
export class SupportInbox {
  /** One check per room at a time; one asked for meanwhile runs after it (the offer may have arrived after it read). */
  #run = oneAtATime(async (roomId: string) => {
    const room = this.node.rooms.get(roomId)
    const entry = this.node.profile.get(roomId)
    if (!room || !entry || entry.privateOf || this.node.closing) return
    await this.#check(roomId, room).catch((err: unknown) =>
      this.node.emit('log', `room ${roomId}: opening a private conversation failed: ${(err as Error).message}`)
    )
  })

  constructor(private node: HearthNode) {}

  check(roomId: string) {
    this.#run(roomId)
  }

  async #check(roomId: string, room: Room) {
    if (room.base.closing) return
    const prefix = K.offerPrefix(room.memberId)
    for (const { key, value } of await room.queries.entries<SupportOfferState>(prefix)) {
      const entry = this.node.profile.get(roomId)
      const nonce = key.slice(prefix.length)
      if (!entry || entry.offersTaken?.includes(nonce)) continue
      await this.#open(roomId, room, value)
      entry.offersTaken = [...(entry.offersTaken ?? []), nonce]
      await this.node.profile.save()
    }
  }

  async #open(roomId: string, room: Room, offer: SupportOfferState) {
    const opened = openSealed(await room.boxKeyPair(), Buffer.from(offer.box, 'base64'))
    const sealed = opened && SealedOffer.safeParse(safeJson(opened.toString()))
    if (!sealed?.success) return this.node.emit('log', `room ${roomId}: a private conversation offer does not open on this device`)
    const invite = decodeInvite(sealed.data.invite)
    if ([...this.node.rooms.values()].some((r) => r.key.equals(invite.roomKey))) return
    const me = await room.queries.member(room.memberId)
    const privateOf = { roomId, ...(offer.request ? { request: offer.request } : {}) }
    const pendingJoin = { ticket: invite.ticket, name: me?.name ?? null }
    const conversation = await this.node.addRoom(invite.roomKey, invite.encryptionKey, { pendingJoin, privateOf }, undefined, invite.systemKey)
    // completes in the background (and after a restart: pendingJoin) once the moderator's device answers
    void completeJoin(this.node, conversation.id, 60_000).catch((err: unknown) => this.node.emit('log', `private conversation: ${(err as Error).message}`))
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
