import { K, prefixRange, type StoredMessage } from '../keys.ts'
import type { ApplyContext } from '../apply-context.ts'
import { saveMessage } from './messages.ts'

/** Gives each held post of a newly approved member its place at the end of the timeline. */
export async function publishPending(ctx: ApplyContext, member: string) {
  const held: Array<{ key: string; id: string }> = []
  for await (const { key, value } of ctx.view.createReadStream<string>(prefixRange(K.pendingPrefix(member)))) held.push({ key, id: value })
  for (const { key, id } of held) {
    const msg = await ctx.value<StoredMessage>(K.msg(id))
    await ctx.view.del(key)
    if (!msg) continue
    const index = ctx.counters.messages++
    await saveMessage(ctx, id, { ...msg, index })
  }
}
