import type { ReactNode } from 'react'

interface Props {
  /** Id of the title, which names the section. */
  id: string
  className: string
  title: string
  children?: ReactNode
  /** The one thing to do next, beside the text. */
  action?: ReactNode
}

/** A notice under a room's header, announced when it appears: a title, a few words, one action. */
export function NoticeBar({ id, className, title, children, action }: Props) {
  return (
    <section className={className} role="status" aria-labelledby={id}>
      <div className="grow">
        <h2 id={id} className="support-bar-title">
          {title}
        </h2>
        {children}
      </div>
      {action}
    </section>
  )
}
