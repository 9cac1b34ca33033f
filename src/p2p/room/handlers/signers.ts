import type { RecordOf } from '../../records/schema.ts'
import { K } from '../keys.ts'
import { acceptSigned } from '../authority.ts'
import type { ApplyContext } from '../apply-context.ts'

/**
 * Which moderator keys stand behind a writer, so a report about that writer's posts is not sealed
 * to them (api/safety.ts). A writer is bound to a key when it appends any record the key signed
 * that apply accepts (a moderator acting from the device they post from), and when the key's own
 * `bind-writer` names it (an honest moderator's device publishes one, support-inbox.ts).
 * A member who carries a blocked moderator's record (carry.ts) is bound too: reports about them
 * then go around that moderator as well, an error on the side of caution.
 */
export async function bindSigner(ctx: ApplyContext, key: string) {
  const at = K.signer(ctx.author, key)
  if (!(await ctx.view.get(at))) await ctx.view.put(at, 1)
}

export async function bindWriter(ctx: ApplyContext, r: RecordOf<'bind-writer'>): Promise<boolean> {
  if (!(await acceptSigned(ctx, r))) return false
  return r.writer === ctx.author
}
