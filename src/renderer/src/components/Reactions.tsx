import { REACTIONS } from '../../../shared/api/life-methods.ts'
import type { Message } from '../../../shared/api/index.ts'
import { useT } from '../i18n/useT.ts'
import type { T } from '../i18n/useT.ts'

export type ReactionKind = (typeof REACTIONS)[number]

export const reactionLabel = (t: T, kind: ReactionKind): string => t(`reaction.${kind}`)

/** The supportive reactions a message has: counts only, each a toggle for the reader's own. */
export function Reactions({ m, onReact }: { m: Message; onReact?: (m: Message, kind: ReactionKind) => void }) {
  const t = useT()
  const shown = REACTIONS.filter((k) => (m.reactions?.[k] ?? 0) > 0)
  if (!shown.length) return null
  return (
    <ul className="reactions" aria-label={t('life.reactions')}>
      {shown.map((kind) => (
        <li key={kind}>
          <button type="button" className="reaction" aria-pressed={m.reacted?.includes(kind) ?? false} disabled={!onReact} onClick={() => onReact?.(m, kind)}>
            {t('reaction.count', { label: reactionLabel(t, kind), count: m.reactions![kind] })}
          </button>
        </li>
      ))}
    </ul>
  )
}
