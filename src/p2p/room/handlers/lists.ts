import b4a from 'b4a'
import type { RecordOf } from '../../records/schema.ts'
import { MAX_LISTS } from '../../records/life-schema.ts'
import { verifyLinkProof, verifyListEntry } from '../../records/list-signing.ts'
import { K, prefixRange, type Blocked, type MemberRecord, type ModAction } from '../keys.ts'
import { L, NO_LISTS, type ListEntry, type Lists } from '../life-keys.ts'
import { acceptSigned } from '../authority.ts'
import type { ApplyContext } from '../apply-context.ts'

/**
 * Shared block lists, as apply sees them (docs/records.md, "Shared block lists"). A room may
 * publish its blocks as a list (entries signed by its owner key, the list's publisher) and may
 * subscribe to other rooms' lists. Entries name people by their link key for that list, which
 * every poster of a room that shares lists must have shown (gates.ts). An entry from a
 * subscribed list blocks the member who showed that key, with the list as its source; an entry
 * lifting it, an unsubscribe, or this room's own unblock lifts it.
 */

const lists = async (ctx: ApplyContext) => (await ctx.value<Lists>(L.lists)) ?? NO_LISTS

export async function listPublish(ctx: ApplyContext, r: RecordOf<'list-publish'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  const current = await lists(ctx)
  if (current.publish === r.on) return false
  await ctx.view.put(L.lists, { ...current, publish: r.on })
  await ctx.log(r.on ? 'list-publish' : 'list-unpublish', r.by, null, null, r.time)
  return true
}

export async function listSubscribe(ctx: ApplyContext, r: RecordOf<'list-subscribe'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  const current = await lists(ctx)
  if (r.publisher === (await ctx.genesis())?.owner || current.subs.length >= MAX_LISTS || current.subs.some((s) => s.publisher === r.publisher)) return false
  await ctx.view.put(L.lists, { ...current, subs: [...current.subs, { publisher: r.publisher, name: r.name, by: r.by, time: r.time }] })
  await ctx.log('list-subscribe', r.by, r.publisher, r.name, r.time)
  return true
}

/** Unsubscribing lifts every block that came from the list and forgets its entries. */
export async function listUnsubscribe(ctx: ApplyContext, r: RecordOf<'list-unsubscribe'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  const current = await lists(ctx)
  const sub = current.subs.find((s) => s.publisher === r.publisher)
  if (!sub) return false
  await ctx.view.put(L.lists, { ...current, subs: current.subs.filter((s) => s !== sub) })
  const lifted: string[] = []
  for await (const { key, value } of ctx.view.createReadStream(prefixRange(K.blockedPrefix))) {
    if ((value as Blocked).list?.publisher === r.publisher) lifted.push(key.slice(K.blockedPrefix.length))
  }
  for (const member of lifted) await lift(ctx, member)
  const entries: string[] = []
  for await (const { key } of ctx.view.createReadStream(prefixRange(L.listEntryPrefix(r.publisher)))) entries.push(key)
  for (const key of entries) await ctx.view.del(key)
  await ctx.log('list-unsubscribe', r.by, r.publisher, `${lifted.length} block(s) lifted`, r.time)
  return true
}

/** A member shows their link key for a list this room shares; the first one counts. */
export async function linkKey(ctx: ApplyContext, r: RecordOf<'link-key'>): Promise<boolean> {
  const member = await ctx.value<MemberRecord>(K.member(ctx.author))
  if (!member || member.links?.[r.list]) return false
  const current = await lists(ctx)
  const own = current.publish && r.list === (await ctx.genesis())?.owner
  if (!own && !current.subs.some((s) => s.publisher === r.list)) return false
  if (await ctx.view.get(L.linked(r.list, r.key))) return false
  if (!verifyLinkProof(ctx.roomKey, r.list, ctx.author, r.key, r.proof)) return false
  await ctx.view.put(K.member(ctx.author), { ...member, links: { ...member.links, [r.list]: r.key } })
  await ctx.view.put(L.linked(r.list, r.key), ctx.author)
  // already on a subscribed list: blocked as they show it
  const entry = await ctx.value<ListEntry>(L.listEntry(r.list, r.key))
  if (entry?.on && !own) await blockFromList(ctx, r.list, ctx.author, entry)
  return true
}

/**
 * An entry of the room's own list (published: kept for subscribers to copy) or of a subscribed
 * list (applied). It counts only with a valid signature by the list's publisher and a sequence
 * number above the last one seen for its subject, so a copied old entry changes nothing.
 */
export async function listEntry(ctx: ApplyContext, r: RecordOf<'list-entry'>): Promise<boolean> {
  const current = await lists(ctx)
  const own = current.publish && r.list === (await ctx.genesis())?.owner
  if (!own && !current.subs.some((s) => s.publisher === r.list)) return false
  const prev = await ctx.value<ListEntry>(L.listEntry(r.list, r.subject))
  if (prev && prev.seq >= r.seq) return false
  if (!verifyListEntry(r)) return false
  const entry: ListEntry = { on: r.on, seq: r.seq, reason: r.reason, time: r.time }
  await ctx.view.put(L.listEntry(r.list, r.subject), entry)
  if (own) return true
  const member = await ctx.value<string>(L.linked(r.list, r.subject))
  if (!member) return true
  const blocked = await ctx.value<Blocked>(K.blocked(member))
  if (r.on && !blocked) await blockFromList(ctx, r.list, member, entry)
  if (!r.on && blocked?.list?.publisher === r.list) {
    await lift(ctx, member)
    await logFrom(ctx, 'list-unblock', r.list, member, null, r.time, blocked.list.name)
  }
  return true
}

async function blockFromList(ctx: ApplyContext, list: string, member: string, entry: ListEntry) {
  if ((await ctx.genesis())?.creator === member) return // the room's creator cannot be blocked
  const name = (await lists(ctx)).subs.find((s) => s.publisher === list)?.name ?? ''
  const state: Blocked = { by: list, reason: entry.reason, time: entry.time, list: { publisher: list, name } }
  await ctx.view.put(K.blocked(member), state)
  await ctx.host.removeWriter(b4a.from(member, 'hex'))
  await logFrom(ctx, 'list-block', list, member, entry.reason, entry.time, name)
}

async function lift(ctx: ApplyContext, member: string) {
  await ctx.view.del(K.blocked(member))
  await ctx.host.addWriter(b4a.from(member, 'hex'), { indexer: false })
}

/** A log entry that names the list it came from (`source`, the subscription's name). */
async function logFrom(ctx: ApplyContext, action: string, by: string, target: string, reason: string | null, time: number, source: string) {
  const entry: ModAction & { source: string } = { action, by, target, reason, time, source }
  await ctx.view.put(K.modlog(ctx.counters.modlog++), entry)
}
