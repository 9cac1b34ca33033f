import type { LifeCarry } from '../../records/life-schema.ts'
import { K, type MemberRecord, type Settings } from '../keys.ts'
import { L } from '../life-keys.ts'
import type { ApplyContext } from '../apply-context.ts'

const carriedLinks = (prev: string) => `carry/links/${prev}`

/**
 * A room that continues another after a move to new keys starts with the old room's life: pins,
 * welcome, sessions, flood settings, verifications, block lists (handlers/rekey.ts carryIn calls
 * this after the rest of the carry). Verified members and link keys are carried under the
 * members' old ids; they follow each member as they continue (continueLinks).
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
  if (life.lists.publish || life.lists.subs.length) await ctx.view.put(L.lists, life.lists)
  for (const m of life.links) await ctx.view.put(carriedLinks(m.prev), m.links)
}

/** A member continuing from the old room keeps the link keys they showed there (the mover signed the carry). */
export async function continueLinks(ctx: ApplyContext, prev: string) {
  const links = await ctx.value<Record<string, string>>(carriedLinks(prev))
  const member = await ctx.value<MemberRecord>(K.member(ctx.author))
  if (!links || !member) return
  await ctx.view.put(K.member(ctx.author), { ...member, links })
  for (const [list, key] of Object.entries(links)) await ctx.view.put(L.linked(list, key), ctx.author)
}
