import { useErrorText } from '../i18n/errors.ts'
import { useT } from '../i18n/useT.ts'

/**
 * The one place a form or panel says what went wrong or what worked: directly above its buttons.
 * `error` is either already worded (a form's own check) or an engine error, worded here by reason.
 */
export function Status({ error, loading, ok }: { error?: unknown; loading?: boolean; ok?: string | null }) {
  const t = useT()
  const word = useErrorText()
  const text = error === null || error === undefined || error === false ? null : typeof error === 'string' ? error : word(error)
  return (
    <>
      {loading && <p className="muted">{t('common.loading')}</p>}
      {text && (
        <p role="alert" className="form-error">
          {text}
        </p>
      )}
      {ok && (
        <p role="status" className="ok">
          {ok}
        </p>
      )}
    </>
  )
}
