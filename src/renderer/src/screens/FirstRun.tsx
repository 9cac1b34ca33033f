import { useEffect, useRef } from 'react'
import { en } from '../strings/en.ts'

/** What Hearth is and what stays private, in plain words. No account. */
export function FirstRun({ onDone }: { onDone: () => void }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [])
  return (
    <div className="first-run narrow">
      <h1 ref={ref} tabIndex={-1}>
        {en.firstRun.title}
      </h1>
      <p className="lead">{en.firstRun.intro}</p>
      <section aria-labelledby="fr-how" className="card">
        <h2 id="fr-how">{en.firstRun.howTitle}</h2>
        <ul>
          {en.firstRun.how.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="fr-private" className="card">
        <h2 id="fr-private">{en.firstRun.privateTitle}</h2>
        <ul>
          {en.firstRun.private.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      </section>
      <p className="notice">{en.firstRun.helpNote}</p>
      <div className="row end">
        <button type="button" className="button primary large" onClick={onDone}>
          {en.firstRun.start}
        </button>
      </div>
    </div>
  )
}
