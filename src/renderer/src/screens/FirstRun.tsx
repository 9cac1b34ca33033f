import { useEffect, useRef } from 'react'
import { useT } from '../i18n/useT.ts'
import type { MessageId } from '../i18n/catalog.ts'

const HOW: MessageId[] = ['firstRun.how1', 'firstRun.how2', 'firstRun.how3']
const PRIVATE: MessageId[] = ['firstRun.private1', 'firstRun.private2', 'firstRun.private3', 'firstRun.private4', 'firstRun.private5']

/** What Hearth is and what stays private, in plain words, with "Continue" in view at once. No account. */
export function FirstRun({ onDone }: { onDone: () => void }) {
  const t = useT()
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [])
  return (
    <div className="first-run narrow">
      <h1 ref={ref} tabIndex={-1}>
        {t('firstRun.title')}
      </h1>
      <p className="lead">{t('firstRun.intro')}</p>
      <div className="first-run-cols">
        <section aria-labelledby="fr-how" className="card">
          <h2 id="fr-how">{t('firstRun.howTitle')}</h2>
          <ul>
            {HOW.map((k) => (
              <li key={k}>{t(k)}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="fr-private" className="card">
          <h2 id="fr-private">{t('firstRun.privateTitle')}</h2>
          <ul>
            {PRIVATE.map((k) => (
              <li key={k}>{t(k)}</li>
            ))}
          </ul>
        </section>
      </div>
      <div className="first-run-foot">
        <p className="notice">{t('firstRun.helpNote')}</p>
        <button type="button" className="button primary large" onClick={onDone}>
          {t('firstRun.start')}
        </button>
      </div>
    </div>
  )
}
