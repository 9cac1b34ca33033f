import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react'
import type { KeyboardEvent, ReactNode } from 'react'
import { createPortal } from 'react-dom'

export interface MenuItem {
  label: string
  onSelect: () => void
  /** Red: only for what destroys (delete, leave and erase). */
  danger?: boolean
}

interface Props {
  label: string
  items: MenuItem[]
  /** What the button shows (default "⋯"; the label is always its accessible name). */
  children?: ReactNode
  className?: string
  tabIndex?: number
}

/**
 * A menu button: Enter, Space or ArrowDown opens it on the first item, arrows move, Escape or Tab
 * closes it and focus returns to the button. The list is fixed-positioned in a portal so a
 * scrolling message list never clips it; its inline end lines up with the button's in LTR and RTL.
 */
export function Menu({ label, items, children, className, tabIndex }: Props) {
  const id = useId()
  const button = useRef<HTMLButtonElement>(null)
  const list = useRef<HTMLDivElement>(null)
  const [open, setOpen] = useState(false)
  const [pos, setPos] = useState<React.CSSProperties>({})

  useLayoutEffect(() => {
    if (!open || !button.current) return
    const r = button.current.getBoundingClientRect()
    const rtl = getComputedStyle(button.current).direction === 'rtl'
    const below = r.bottom < innerHeight * 0.6
    setPos({
      ...(below ? { top: r.bottom + 4 } : { bottom: innerHeight - r.top + 4 }),
      ...(rtl ? { left: Math.max(4, r.left) } : { right: Math.max(4, innerWidth - r.right) })
    })
    list.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
  }, [open])

  useEffect(() => {
    if (!open) return
    const close = (e: Event): void => {
      if (list.current?.contains(e.target as Node) || button.current?.contains(e.target as Node)) return
      setOpen(false)
    }
    const onScroll = (e: Event): void => {
      if (!list.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', close)
    document.addEventListener('scroll', onScroll, true)
    return () => {
      document.removeEventListener('mousedown', close)
      document.removeEventListener('scroll', onScroll, true)
    }
  }, [open])

  const closeAndReturn = (): void => {
    setOpen(false)
    button.current?.focus()
  }

  function onListKey(e: KeyboardEvent): void {
    const all = [...(list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
    const i = all.indexOf(document.activeElement as HTMLElement)
    const to = (n: number): void => {
      e.preventDefault()
      all[(n + all.length) % all.length]?.focus()
    }
    if (e.key === 'ArrowDown') to(i + 1)
    else if (e.key === 'ArrowUp') to(i - 1)
    else if (e.key === 'Home') to(0)
    else if (e.key === 'End') to(all.length - 1)
    else if (e.key === 'Escape') {
      e.preventDefault()
      e.stopPropagation()
      closeAndReturn()
    } else if (e.key === 'Tab') {
      e.preventDefault()
      closeAndReturn()
    }
  }

  return (
    <>
      <button
        ref={button}
        type="button"
        className={className ?? 'ghost icon'}
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        tabIndex={tabIndex}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault()
            setOpen(true)
          }
        }}
      >
        {children ?? <span aria-hidden="true">⋯</span>}
      </button>
      {open &&
        createPortal(
          <div ref={list} id={id} role="menu" aria-label={label} className="menu" style={pos} onKeyDown={onListKey}>
            {items.map((item) => (
              <button
                key={item.label}
                type="button"
                role="menuitem"
                tabIndex={-1}
                className={item.danger ? 'menu-item danger-text' : 'menu-item'}
                onClick={() => {
                  // focus goes back to the button first, so a dialog the item opens returns it there
                  closeAndReturn()
                  item.onSelect()
                }}
              >
                {item.label}
              </button>
            ))}
          </div>,
          document.body
        )}
    </>
  )
}
