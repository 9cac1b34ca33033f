import { useMemo, useState } from 'react'
import type { Message } from '../../../shared/api/index.ts'
import { useT } from '../i18n/useT.ts'
import { activeBands } from '../state/activeBands.ts'

/** In the member panel: when people usually post, in the reader's own time (counts only). */
export function ActiveBands({ messages }: { messages: Message[] }) {
  const t = useT()
  // when the room opened is "now" enough for a two-week window
  const [now] = useState(Date.now)
  const bands = useMemo(() => activeBands(messages, now), [messages, now])
  if (bands.length === 0) return null
  return (
    <section aria-labelledby="mp-active">
      <h3 id="mp-active">{t('panel.activeTitle')}</h3>
      <ul className="member-list">
        {bands.map((b) => (
          <li key={b.part} className="small">
            {t(`panel.active.${b.part}`, { count: b.people })}
          </li>
        ))}
      </ul>
      <p className="hint">{t('panel.activeHint')}</p>
    </section>
  )
}
