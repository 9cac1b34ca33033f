import { useEffect, useRef } from 'react'

/** Ctrl+F (Cmd+F on a Mac) with nothing else open: the room's own search, not the browser's find. */
export function isSearchShortcut(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && (e.key === 'f' || e.key === 'F')
}

/**
 * Open the room's search with Ctrl/Cmd+F while the room is on screen. While any dialog is open the
 * keys are left alone: the search must not replace what the person is in the middle of.
 */
export function useSearchShortcut(open: () => void): void {
  const ref = useRef(open)
  ref.current = open
  useEffect(() => {
    const on = (e: KeyboardEvent): void => {
      if (!isSearchShortcut(e) || document.querySelector('[role="dialog"]')) return
      e.preventDefault()
      ref.current()
    }
    addEventListener('keydown', on)
    return () => removeEventListener('keydown', on)
  }, [])
}
