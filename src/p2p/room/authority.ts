import { verifyRecord } from '../records/signing.ts'
import { K } from './keys.ts'
import type { ApplyContext } from './apply-context.ts'

export const modKey = K.mod

/** The owner key named in genesis, or a moderator key currently in the view. */
export async function isAuthority(ctx: ApplyContext, key: string): Promise<boolean> {
  const genesis = await ctx.genesis()
  if (!genesis) return false
  if (genesis.owner === key) return true
  return (await ctx.view.get(modKey(key))) !== null
}

/**
 * A signed record counts once: signature valid for THIS room, signer an authority at this point of
 * the log, nonce never seen before (so a copied record replays nothing).
 */
export async function acceptSigned(ctx: ApplyContext, record: { by: string; nonce: string; sig: string } & Record<string, unknown>): Promise<boolean> {
  if (!verifyRecord(ctx.roomKey, record)) return false
  if (!(await isAuthority(ctx, record.by))) return false
  return useNonce(ctx, record)
}

/** Owner-only records (moderator changes). */
export async function acceptOwnerSigned(ctx: ApplyContext, record: { by: string; nonce: string; sig: string } & Record<string, unknown>): Promise<boolean> {
  const genesis = await ctx.genesis()
  if (!genesis || record.by !== genesis.owner) return false
  if (!verifyRecord(ctx.roomKey, record)) return false
  return useNonce(ctx, record)
}

async function useNonce(ctx: ApplyContext, record: { nonce: string }): Promise<boolean> {
  if (await ctx.view.get(K.nonce(record.nonce))) return false
  await ctx.view.put(K.nonce(record.nonce), 1)
  return true
}
