import type { LifeCarry } from '../../records/life-schema.ts'
import { K, type Settings } from '../keys.ts'
import { L } from '../life-keys.ts'
import type { ApplyContext } from '../apply-context.ts'

/**
 * A room that continues another after a move to new keys starts with the old room's life: pins,
 * welcome, sessions, flood settings, verifications (handlers/rekey.ts carryIn calls this after
 * the rest of the carry). Verified members are carried under their old ids (life-queries.ts
 * finds them through each continuing member's `prev`).
 */
export async function carryLifeIn(ctx: ApplyContext, life: LifeCarry | undefined) {
  if (!life) return
  if (life.pins.length) await ctx.view.put(L.pins, life.pins)
  if (life.welcome) await ctx.view.put(L.welcome, life.welcome)
  if (life.sessions.length) await ctx.view.put(L.sessions, life.sessions)
  const settings = await ctx.value<Settings>(K.settings)
  if (settings) await ctx.view.put(K.settings, { ...settings, ...life.settings })
  for (const v of life.verified) {
    const state = { title: v.title, by: v.by, time: v.time }
    if (v.member) await ctx.view.put(L.verifiedPrev(v.member), state)
    else if (v.resource) await ctx.view.put(L.verifiedResource(v.resource), state)
  }
}
