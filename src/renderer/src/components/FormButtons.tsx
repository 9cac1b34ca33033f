import { useT } from '../i18n/useT.ts'

/** A dialog form's buttons: Cancel, then the one that submits (red only for what destroys). */
export function FormButtons({ onCancel, submit, busy, danger = false }: { onCancel: () => void; submit: string; busy: boolean; danger?: boolean }) {
  const t = useT()
  return (
    <div className="row end">
      <button type="button" className="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button type="submit" className={danger ? 'button danger' : 'button primary'} disabled={busy}>
        {submit}
      </button>
    </div>
  )
}
