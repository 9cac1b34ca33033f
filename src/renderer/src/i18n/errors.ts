import { useCallback } from 'react'
import { HearthError } from '../../../shared/api/index.ts'
import type { Reason } from '../../../shared/api/error-reasons.ts'
import type { errors } from './en/errors.ts'
import { en } from './catalog.ts'
import type { MessageId } from './catalog.ts'
import { useT } from './useT.ts'
import type { T, Values } from './useT.ts'

// the compiler checks that the catalog words every reason the engine has
type Worded = `error.${Reason}` extends keyof typeof errors ? true : never
const _everyReasonWorded: Worded = true

/** The reason and its params from an error, if it carries them (`data: { reason, ...params }`). */
export function reasonOf(err: unknown): { reason: string; params: Record<string, unknown> } | null {
  const data = err instanceof HearthError ? err.data : null
  if (!data || typeof data !== 'object' || typeof (data as { reason?: unknown }).reason !== 'string') return null
  const { reason, ...params } = data as { reason: string } & Record<string, unknown>
  return { reason, params }
}

const known = (id: string): id is MessageId => Object.prototype.hasOwnProperty.call(en, id)

/**
 * Word an error for people, in their language: the reason's own message with its params, else the
 * message for its JSON-RPC code, else a generic one. `err.message` (English, from the engine) is
 * never shown.
 */
export function wordError(t: T, err: unknown): string {
  const r = reasonOf(err)
  if (r && known(`error.${r.reason}`)) return t(`error.${r.reason}` as MessageId, primitives(r.params))
  const code = err instanceof HearthError ? `errorCode.${err.code}` : ''
  return known(code) ? t(code) : t('errorCode.other')
}

function primitives(params: Record<string, unknown>): Values {
  const out: Values = {}
  for (const [k, v] of Object.entries(params)) if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) out[k] = v as Values[string]
  return out
}

/** `errorText(err)` in the person's language. */
export function useErrorText(): (err: unknown) => string {
  const t = useT()
  return useCallback((err: unknown) => wordError(t, err), [t])
}
