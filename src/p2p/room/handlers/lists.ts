import type { RecordOf } from '../../records/schema.ts'
import { MAX_SUBSCRIPTIONS, type ListCarry, type ListEnvelope } from '../../records/list-schema.ts'
import { verifyList } from '../../records/list-signing.ts'
import { LK, type OwnList, type Subscription } from '../../lists/keys.ts'
import { normaliseEntry, type ActiveEntry } from '../../lists/match.ts'
import { acceptSigned, isAuthority } from '../authority.ts'
import { prefixRange } from '../keys.ts'
import type { ApplyContext } from '../apply-context.ts'

/**
 * Shared block lists in apply. A list's versions only go up, so a saved older envelope replayed
 * later does nothing; a subscription names the keys it trusts, so a list can only be changed by
 * its home room's authority keys of the time; unsubscribing lifts its entries at once.
 */

/** A new version of this room's own list, signed by one of this room's authority keys now. */
export async function publish(ctx: ApplyContext, r: RecordOf<'list-publish'>): Promise<boolean> {
  if (!verifyList(r.list) || !(await isAuthority(ctx, r.list.by))) return false
  const own = await ctx.value<OwnList>(LK.own)
  if (own && (own.list.listId !== r.list.listId || own.list.version >= r.list.version)) return false
  await ctx.view.put(LK.own, { list: r.list })
  await recompile(ctx)
  await ctx.log('list-publish', r.list.by, r.list.listId, about({ name: r.list.name, version: r.list.version }), r.time)
  return true
}

export async function subscribe(ctx: ApplyContext, r: RecordOf<'list-subscribe'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  if (!verifyList(r.list) || !r.trusted.includes(r.list.by)) return false
  const [own, existing, subs] = await Promise.all([ctx.value<OwnList>(LK.own), ctx.value<Subscription>(LK.sub(r.list.listId)), subscriptions(ctx)])
  // a room does not subscribe to itself, and re-subscribing is an update of what it trusts
  if (own?.list.listId === r.list.listId) return false
  if (!existing && subs.length >= MAX_SUBSCRIPTIONS) return false
  const list = existing && existing.list.version > r.list.version ? existing.list : r.list
  await ctx.view.put(LK.sub(r.list.listId), { list, trusted: r.trusted, source: r.source, by: r.by, time: r.time, nonce: r.nonce } satisfies Subscription)
  await recompile(ctx)
  await ctx.log('list-subscribe', r.by, r.list.listId, about({ source: r.source, name: list.name, version: list.version }), r.time)
  return true
}

/** Any writer may carry a newer version in: what counts is the envelope's signer, among the trusted. */
export async function update(ctx: ApplyContext, r: RecordOf<'list-update'>): Promise<boolean> {
  const sub = await ctx.value<Subscription>(LK.sub(r.list.listId))
  if (!sub || !sub.trusted.includes(r.list.by) || sub.list.version >= r.list.version || !verifyList(r.list)) return false
  await ctx.view.put(LK.sub(r.list.listId), { ...sub, list: r.list })
  await recompile(ctx)
  await ctx.log('list-update', r.list.by, r.list.listId, about({ source: sub.source, name: r.list.name, version: r.list.version }), r.time)
  return true
}

export async function unsubscribe(ctx: ApplyContext, r: RecordOf<'list-unsubscribe'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  const sub = await ctx.value<Subscription>(LK.sub(r.listId))
  if (!sub) return false
  await ctx.view.del(LK.sub(r.listId))
  await recompile(ctx)
  await ctx.log('list-unsubscribe', r.by, r.listId, about({ source: sub.source, name: sub.list.name }), r.time)
  return true
}

/** A room that continues another after a move keeps its block lists (handlers/rekey.ts). */
export async function carryListsIn(ctx: ApplyContext, lists: ListCarry | undefined) {
  if (!lists) return
  if (lists.own) await ctx.view.put(LK.own, { list: lists.own } satisfies OwnList)
  for (const s of lists.subs) await ctx.view.put(LK.sub(s.list.listId), s satisfies Subscription)
  await recompile(ctx)
}

/** Rebuilds the entries in force from the own list and every subscription (rare: only on list changes). */
export async function recompile(ctx: ApplyContext) {
  const [own, subs] = await Promise.all([ctx.value<OwnList>(LK.own), subscriptions(ctx)])
  const lists: ListEnvelope[] = [...(own ? [own.list] : []), ...subs.map((s) => s.list)]
  const active: ActiveEntry[] = []
  for (const list of lists) {
    for (const e of list.entries) {
      const n = normaliseEntry(e)
      if (n) active.push({ ...n, listId: list.listId })
    }
  }
  if (active.length) await ctx.view.put(LK.active, active)
  else await ctx.view.del(LK.active)
}

async function subscriptions(ctx: ApplyContext): Promise<Subscription[]> {
  const out: Subscription[] = []
  for await (const entry of ctx.view.createReadStream(prefixRange(LK.subPrefix))) out.push((entry as { value: Subscription }).value)
  return out
}

/** The log's reason field for list actions: data the UI words (the list's and home room's names are moderators' words). */
const about = (d: { source?: string; name: string; version?: number }) => JSON.stringify(d)
