import { useEffect, useId, useRef } from 'react'
import type { ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { useT } from '../i18n/useT.ts'

/** Open dialogs, innermost last: Escape closes only the innermost, wherever focus is. */
const stack: Array<{ current: () => void }> = []

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

interface Props {
  title: string
  onClose: () => void
  children: ReactNode
  className?: string
  /** Describes the dialog for assistive tech (id of an element inside). */
  describedBy?: string
}

/**
 * A modal dialog: focus moves in and is trapped, Escape closes, focus returns where it was.
 * Rendered in a portal so it sits above everything, including other dialogs.
 */
export function Dialog({ title, onClose, children, className, describedBy }: Props) {
  const t = useT()
  const id = useId()
  const ref = useRef<HTMLDivElement>(null)
  const closeRef = useRef(onClose)
  closeRef.current = onClose

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null
    const el = ref.current
    // a field marked data-autofocus, else the dialog itself (so its title is read first)
    const first = el?.querySelector<HTMLElement>('[data-autofocus]')
    ;(first ?? el)?.focus()
    const entry = { current: () => closeRef.current() }
    stack.push(entry)
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape' || stack[stack.length - 1] !== entry || e.defaultPrevented) return
      e.preventDefault()
      entry.current()
    }
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('keydown', onKey)
      stack.splice(stack.indexOf(entry), 1)
      if (before && document.contains(before)) before.focus()
    }
  }, [])

  const onKeyDown = (e: React.KeyboardEvent): void => {
    if (e.key !== 'Tab' || !ref.current) return
    const all = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((x) => x.offsetParent !== null || x === document.activeElement)
    const list = all.length > 0 ? all : [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)]
    if (list.length === 0) {
      e.preventDefault()
      return
    }
    const first = list[0]
    const last = list[list.length - 1]
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault()
      last.focus()
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault()
      first.focus()
    }
  }

  return createPortal(
    <div
      className="overlay"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) closeRef.current()
      }}
    >
      <div
        ref={ref}
        className={`dialog ${className ?? ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={id}
        aria-describedby={describedBy}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <div className="dialog-head">
          <h2 id={id}>{title}</h2>
          <button type="button" className="ghost icon" onClick={() => closeRef.current()} aria-label={t('common.close')}>
            ✕
          </button>
        </div>
        <div className="dialog-body">{children}</div>
      </div>
    </div>,
    document.body
  )
}
