import type { RecordOf } from '../../records/schema.ts'
import { K, type HiddenState, type MemberRecord, type MuteState, type StoredMessage, type TimelineEntry } from '../keys.ts'
import { muteInForce, postRefusal } from '../gates.ts'
import { effectiveTime, type RoomClock } from '../clock.ts'
import type { ApplyContext } from '../apply-context.ts'
import { afterPost } from '../flood.ts'
import { listBlocks } from '../../lists/refusal.ts'

/** A message id is its author's writer key and the block's length in the author's log: stable across reorders. */
export const messageId = (author: string, length: number) => `${author}-${length}`

export async function post(ctx: ApplyContext, r: RecordOf<'post'>): Promise<boolean> {
  const [genesis, member] = await Promise.all([ctx.genesis(), ctx.value<MemberRecord>(K.member(ctx.author))])
  if (!genesis) return false
  if (!member || (await postRefusal((k) => ctx.value(k), ctx.author, member, r.time, ctx.counters.messages))) return false
  if (await listBlocks((k) => ctx.value(k), r.text, r.cw)) return false
  const clock = await ctx.value<RoomClock>(K.clock)
  const id = messageId(ctx.author, ctx.node.length)
  // approval-required rooms hold a newcomer's posts until a moderator approves them
  const held = member.approved === false
  const index = held ? -1 : ctx.counters.messages++
  const msg: StoredMessage = {
    author: ctx.author,
    text: r.text,
    cw: r.cw ?? null,
    replyTo: r.replyTo ?? null,
    time: r.time,
    editedTime: null,
    deleted: false,
    index
  }
  if (held) await ctx.view.put(K.pending(ctx.author, ctx.node.length), id)
  await saveMessage(ctx, id, msg, null)
  // the record also carries the replay guard's mark for this node: no separate applied/ write
  const next = afterPost(member, index, effectiveTime(clock, ctx.author, r.time))
  await ctx.view.put(K.member(ctx.author), { ...next, applied: ctx.node.length })
  return true
}

/** Writes a message and, once it has its place in the timeline, the timeline's copy. */
export async function saveMessage(ctx: ApplyContext, id: string, msg: StoredMessage, hidden?: HiddenState | null) {
  await ctx.view.put(K.msg(id), msg)
  await putTimeline(ctx, id, msg, hidden)
}

/**
 * The timeline's copy of a published message (what pages read, in one range scan). `hidden` is
 * the moderator hide in force; read from the view when not given.
 */
export async function putTimeline(ctx: ApplyContext, id: string, msg: StoredMessage, hidden?: HiddenState | null) {
  if (msg.index < 0) return
  const h = hidden !== undefined ? hidden : await ctx.value<HiddenState>(K.hidden(id))
  const entry: TimelineEntry = { id, ...msg, hidden: h ? { reason: h.reason } : null }
  await ctx.view.put(K.idx(msg.index), entry)
}

async function ownMessage(ctx: ApplyContext, target: string): Promise<StoredMessage | null> {
  const msg = await ctx.value<StoredMessage>(K.msg(target))
  if (!msg || msg.author !== ctx.author || msg.deleted) return null
  return msg
}

/** A muted member cannot edit either: an edit would let them say new things while muted. */
export async function edit(ctx: ApplyContext, r: RecordOf<'edit'>): Promise<boolean> {
  const msg = await ownMessage(ctx, r.target)
  if (!msg) return false
  const [muted, clock] = await Promise.all([ctx.value<MuteState>(K.mute(ctx.author)), ctx.value<RoomClock>(K.clock)])
  if (muteInForce(muted, ctx.counters.messages, effectiveTime(clock, ctx.author, r.time))) return false
  // an edit cannot slip in what a block list refuses in a post
  if (await listBlocks((k) => ctx.value(k), r.text, r.cw)) return false
  const cw = r.cw === undefined ? msg.cw : r.cw
  await saveMessage(ctx, r.target, { ...msg, text: r.text, cw, editedTime: r.time })
  return true
}

/** Tombstone: the text and content warning leave the view; the slot stays so replies still resolve. */
export async function remove(ctx: ApplyContext, r: RecordOf<'delete'>): Promise<boolean> {
  const msg = await ownMessage(ctx, r.target)
  if (!msg) return false
  await saveMessage(ctx, r.target, { ...msg, text: null, cw: null, deleted: true, editedTime: r.time })
  return true
}
