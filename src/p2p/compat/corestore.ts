import CorestoreModule from 'corestore'
import type { Corestore as Store } from './types.ts'

/** Corestore 7.12 (a root store on disk), typed (compat/types.ts). */
export const Corestore = CorestoreModule as new (dir: string) => Store
export type Corestore = Store
