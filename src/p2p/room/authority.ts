import { verifyRecord } from '../records/signing.ts'
import { K } from './keys.ts'
import type { ApplyContext } from './apply-context.ts'

type Signed = { by: string; nonce: string; sig: string } & Record<string, unknown>

/** The owner key named in genesis, or a moderator key currently in the view. */
export async function isAuthority(ctx: ApplyContext, key: string): Promise<boolean> {
  const genesis = await ctx.genesis()
  if (!genesis) return false
  if (genesis.owner === key) return true
  return (await ctx.view.get(K.mod(key))) !== null
}

/**
 * A signed record is judged once. If its signature is valid for THIS room, its nonce is spent
 * here, whatever comes next: refused for its signer or for the state it meets, it can never be
 * replayed later to take effect then (a saved unblock re-appended after a new block does nothing).
 * Returns whether the signature and nonce are good; the caller still checks authority and state.
 */
export async function spendOnce(ctx: ApplyContext, record: Signed): Promise<boolean> {
  if (!verifyRecord(ctx.roomKey, record)) return false
  if (await ctx.view.get(K.nonce(record.nonce))) return false
  await ctx.view.put(K.nonce(record.nonce), 1)
  return true
}

/** A record signed by an authority at this point of the log, seen for the first time. */
export async function acceptSigned(ctx: ApplyContext, record: Signed): Promise<boolean> {
  if (!(await spendOnce(ctx, record))) return false
  return isAuthority(ctx, record.by)
}

/** Owner-only records (moderator changes). */
export async function acceptOwnerSigned(ctx: ApplyContext, record: Signed): Promise<boolean> {
  if (!(await spendOnce(ctx, record))) return false
  return record.by === (await ctx.genesis())?.owner
}

/** Whether a record parsed as signed is signed by an authority, without spending anything (apply's carrier check). */
export async function signedByAuthority(ctx: ApplyContext, record: unknown): Promise<boolean> {
  const r = record as Partial<Signed>
  if (typeof r?.by !== 'string' || typeof r.sig !== 'string' || typeof r.nonce !== 'string') return false
  return (await isAuthority(ctx, r.by)) && verifyRecord(ctx.roomKey, r as Signed)
}
