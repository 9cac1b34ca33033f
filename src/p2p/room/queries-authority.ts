import { K, type Genesis } from './keys.ts'
import type { ViewReader } from '../compat/types.ts'

/** Outside apply: is this key the owner or a current moderator in the view as it stands? */
export async function isAuthorityKey(view: ViewReader, key: string): Promise<boolean> {
  const genesis = (await view.get<Genesis>(K.genesis))?.value
  if (!genesis) return false
  if (genesis.owner === key) return true
  return (await view.get(K.mod(key))) !== null
}
