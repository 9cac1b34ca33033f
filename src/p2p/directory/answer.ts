import { z } from 'zod'
import { fail } from '../../shared/api/errors.ts'
import { fromHex, toHex } from '../crypto.ts'
import { K, type KnockState } from '../room/keys.ts'
import { isAuthorityKey } from '../room/queries-authority.ts'
import { openJson, sealJson } from '../api/reports.ts'
import { requireSigningKey } from '../api/guards.ts'
import { moderate, made } from '../api/moderate.ts'
import { issueInvite } from '../api/invites.ts'
import { replyKeys, type Answer } from './knock-wire.ts'
import type { HearthNode } from '../node.ts'
import type { KeyPair } from '../crypto.ts'

/** What a knock record seals to each moderator key. */
export const SealedKnock = z
  .object({
    note: z.string().max(500).nullable(),
    displayName: z.string().max(64).nullable(),
    box: z.string().regex(/^[0-9a-f]{64}$/),
    seed: z.string().regex(/^[0-9a-f]{64}$/)
  })
  .strict()
export type SealedKnock = z.infer<typeof SealedKnock>

/** An approval's invite: one use, and it lapses if the knocker's device never comes back for it. */
const INVITE_DAYS = 7

/** The knock as sealed to this key, or null when it is not sealed to it or does not open. */
export function openKnock(kp: KeyPair, state: KnockState): SealedKnock | null {
  const copy = state.sealed.find((s) => s.to === toHex(kp.publicKey))
  return copy ? openJson(kp, copy.box, SealedKnock) : null
}

/**
 * A moderator's answer to a knock: on approval a one-use invite, sealed (with the decision) to the
 * knocker's box key, recorded in the room as a signed `knock-answer` (apply takes one answer per
 * knock) and delivered on the DHT under the knock's reply key. Any device that can open the knock
 * (the owner's) delivers it again later (knock-host.ts): DHT records expire.
 */
export async function answerKnock(node: HearthNode, roomId: string, requestId: string, approve: boolean) {
  const kp = requireSigningKey(node, roomId)
  const room = node.room(roomId)
  if (!(await isAuthorityKey(room.base.view, toHex(kp.publicKey)))) throw fail('not_moderator')
  const state = await room.queries.value<KnockState>(K.knock(requestId))
  if (!state) throw fail('join_request_not_found', { requestId })
  if (state.answer) throw fail('join_request_answered')
  const knock = openKnock(kp, state)
  if (!knock) throw fail('join_request_not_sealed_to_you')
  const issued = approve ? await issueInvite(node, roomId, { maxUses: 1, expiresInDays: INVITE_DAYS, label: label(knock.displayName) }) : null
  const answer: Answer = { v: 1, request: requestId, approve, ...(issued ? { invite: issued.invite } : {}) }
  const box = sealJson(knock.box, answer)
  try {
    await moderate(node, roomId, { type: 'knock-answer', request: requestId, approve, box }, async (r, signed) => {
      return (await r.queries.value<KnockState>(K.knock(requestId)))?.answer?.nonce === signed.nonce
    })
  } catch (err) {
    // another moderator answered first: this invite was never delivered, and never will be
    if (issued) await moderate(node, roomId, { type: 'revoke-ticket', ticket: issued.inviteId }, async () => true).catch(() => {})
    if ((await room.queries.value<KnockState>(K.knock(requestId)))?.answer) throw fail('join_request_answered')
    throw err
  }
  await deliverAnswer(node, knock, box).catch((err: unknown) => node.emit('log', `knock answer not delivered yet: ${(err as Error).message}`))
}

/** Puts an answer where the knocker's device looks for it. */
export async function deliverAnswer(node: HearthNode, knock: SealedKnock, box: string) {
  const dht = node.net.dht
  if (!dht) return
  await dht.mutablePut(replyKeys(fromHex(knock.seed)).keyPair, Buffer.from(box, 'base64'), { seq: 0 })
}

const label = (name: string | null) => `Knock: ${name ?? 'someone'}`.slice(0, 60)

/** Records a knock in the room, sealed to the owner and every moderator key (owner only: apply checks it). */
export async function recordKnock(node: HearthNode, roomId: string, requestId: string, sealed: Array<{ to: string; box: string }>) {
  await moderate(node, roomId, { type: 'knock', request: requestId, sealed }, made(K.knock(requestId)), { ownerOnly: true })
}
