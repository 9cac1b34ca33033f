import { K, type MemberRecord } from '../keys.ts'
import type { ApplyContext } from '../apply-context.ts'

/** The block's author becomes a member of the room. */
export async function addMember(ctx: ApplyContext, fields: Partial<MemberRecord> & Pick<MemberRecord, 'name' | 'joinedBy'>) {
  const member: MemberRecord = { posts: 0, approved: true, ...fields }
  await ctx.view.put(K.member(ctx.author), member)
  ctx.counters.members++
}

/** The block's writer becomes a (non-indexer) writer of the room. */
export async function admit(ctx: ApplyContext) {
  await ctx.host.addWriter(ctx.node.from.key, { indexer: false })
  await ctx.host.ackWriter(ctx.node.from.key)
}
