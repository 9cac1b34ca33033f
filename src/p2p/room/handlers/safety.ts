import type { RecordOf } from '../../records/schema.ts'
import { K, type Guidelines, type ReportState } from '../keys.ts'
import { acceptSigned } from '../authority.ts'
import { messageId } from './messages.ts'
import type { ApplyContext } from '../apply-context.ts'

/** A new version of the guidelines: every member must accept it before their next post counts. */
export async function guidelines(ctx: ApplyContext, r: RecordOf<'guidelines'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  const prev = await ctx.value<Guidelines>(K.guidelines)
  const next: Guidelines = { version: (prev?.version ?? 0) + 1, text: r.text, by: r.by, time: r.time, nonce: r.nonce }
  await ctx.view.put(K.guidelines, next)
  await ctx.log('guidelines', r.by, `v${next.version}`, null, r.time)
  return true
}

/** A member accepts the CURRENT version only: accepting an old one after a change does nothing. */
export async function acceptGuidelines(ctx: ApplyContext, r: RecordOf<'accept-guidelines'>): Promise<boolean> {
  const current = await ctx.value<Guidelines>(K.guidelines)
  if (!current || current.version !== r.version) return false
  if (!(await ctx.view.get(K.member(ctx.author)))) return false
  await ctx.view.put(K.accepted(ctx.author), r.version)
  return true
}

export async function resources(ctx: ApplyContext, r: RecordOf<'resources'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  await ctx.view.put(K.resources, { resources: r.resources, by: r.by, time: r.time, nonce: r.nonce })
  await ctx.log('resources', r.by, null, `${r.resources.length} resource(s)`, r.time)
  return true
}

export async function settings(ctx: ApplyContext, r: RecordOf<'settings'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  const { flood, lockdown } = r
  const extra = { ...(flood ? { flood } : {}), ...(lockdown ? { lockdown } : {}) }
  await ctx.view.put(K.settings, { joinMode: r.joinMode, slowModeSeconds: r.slowModeSeconds, ...extra, nonce: r.nonce })
  await ctx.log('settings', r.by, null, `join: ${r.joinMode}, slow mode: ${r.slowModeSeconds}s${settingsNote(extra)}`, r.time)
  return true
}

/** A report is sealed to the moderators' keys: the view holds only ciphertext (and who filed it). */
export async function report(ctx: ApplyContext, r: RecordOf<'report'>): Promise<boolean> {
  if (!(await ctx.view.get(K.member(ctx.author)))) return false
  const state: ReportState = { reporter: ctx.author, sealed: r.sealed, time: r.time, resolved: null }
  await ctx.view.put(K.report(messageId(ctx.author, ctx.node.length)), state)
  ctx.counters.reports++
  return true
}

export async function resolveReport(ctx: ApplyContext, r: RecordOf<'resolve-report'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  const state = await ctx.value<ReportState>(K.report(r.report))
  if (!state || state.resolved) return false
  const resolved = { by: r.by, outcome: r.outcome, time: r.time, ...(r.note ? { note: r.note } : {}) }
  await ctx.view.put(K.report(r.report), { ...state, resolved })
  await ctx.log('resolve-report', r.by, r.report, r.outcome, r.time)
  return true
}

/** The flood and lockdown part of a settings log entry. */
function settingsNote(x: {
  flood?: { posts: number; window: number; newcomerPosts: number; newcomerFor: number }
  lockdown?: { joins: number; window: number }
}) {
  const f = x.flood ? `, flood: ${x.flood.posts}/${x.flood.window} (newcomers ${x.flood.newcomerPosts} for ${x.flood.newcomerFor})` : ''
  const l = x.lockdown ? `, lockdown: ${x.lockdown.joins} joins/${x.lockdown.window}` : ''
  return f + l
}
