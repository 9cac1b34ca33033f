import type { z } from 'zod'
import type { HearthNode } from '../node.ts'
import type { Methods, MethodName, Result } from '../../shared/api/methods.ts'

/** The typed shape every method implementation has: parsed params in, contract result out. */
export type Impl<M extends MethodName> = (params: z.infer<Methods[M]['params']>) => Promise<Result<M>>
export type Implementations = { [M in MethodName]: Impl<M> }
export type ImplFactory<Ms extends MethodName> = (node: HearthNode, options: ApiOptions) => { [M in Ms]: Impl<M> }

export type ApiOptions = {
  /** How long joinRoom waits for a peer of the room before answering state: 'joining'. */
  joinTimeoutMs?: number
}
