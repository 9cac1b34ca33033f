import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { ReactNode, UIEvent } from 'react'

export interface VirtualListProps<T> {
  items: T[]
  getKey: (item: T) => string
  renderItem: (item: T, index: number) => ReactNode
  /** Height (px) assumed for rows not measured yet. */
  estimate?: number
  /** Extra px rendered above and below the viewport. */
  overscan?: number
  /** Hard cap on rows in the DOM, whatever the measurements say. */
  maxRows?: number
  /** Called when the person scrolls near the top (load older). */
  onReachTop?: () => void
  /** Called with the index range currently rendered. */
  onRangeChange?: (from: number, to: number) => void
  /** Reports whether the view is scrolled to the newest rows. */
  onAtBottomChange?: (atBottom: boolean) => void
  header?: ReactNode
  className?: string
  label: string
  /** How to move around the list, for screen readers. */
  description?: string
  /** Changing this number scrolls to the bottom. */
  scrollToBottomSignal?: number
}

const AT_BOTTOM_PX = 48

/**
 * A list that renders only the rows near the viewport (plus spacers), so the DOM stays small
 * however many items there are. Rows may have any height: each is measured once rendered.
 * Sticks to the bottom while the person is there; keeps their place when older rows are prepended.
 */
export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, getKey, renderItem, estimate = 80, overscan = 600, maxRows = 60 } = props
  const ref = useRef<HTMLDivElement>(null)
  const heights = useRef(new Map<string, number>())
  const [scrollTop, setScrollTop] = useState(0)
  const [viewport, setViewport] = useState(600)
  const [measured, setMeasured] = useState(0)
  const atBottom = useRef(true)
  const prevFirstKey = useRef<string | null>(null)
  const rowEls = useRef(new Map<string, HTMLElement>())
  const descId = useId()

  const offsets = useMemo(() => {
    const out = new Float64Array(items.length + 1)
    for (let i = 0; i < items.length; i++) out[i + 1] = out[i] + (heights.current.get(getKey(items[i])) ?? estimate)
    return out
    // height changes are signalled through `measured`
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items, estimate, getKey, measured])

  const total = offsets[items.length]
  // first row whose bottom is below the top of the rendered window (binary search)
  const top = Math.max(0, scrollTop - overscan)
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (offsets[mid + 1] <= top) lo = mid + 1
    else hi = mid
  }
  const start = lo
  let end = start
  const bottom = scrollTop + viewport + overscan
  while (end < items.length && offsets[end] < bottom && end - start < maxRows) end++

  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const update = (): void => {
      if (el.clientHeight > 0) setViewport(el.clientHeight)
    }
    update()
    if (typeof ResizeObserver === 'undefined') return
    const ro = new ResizeObserver(update)
    ro.observe(el)
    return () => ro.disconnect()
  }, [])

  // measure rendered rows; correct the scroll position for rows above the viewport
  // measures after every render on purpose: row heights change with content, fonts and width
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const el = ref.current
    let changed = false
    let shift = 0
    for (let i = start; i < end; i++) {
      const key = getKey(items[i])
      const row = rowEls.current.get(key)
      const h = row?.getBoundingClientRect().height ?? 0
      if (h <= 0) continue
      const old = heights.current.get(key) ?? estimate
      if (Math.abs(old - h) > 0.5) {
        heights.current.set(key, h)
        changed = true
        if (offsets[i] + old <= (el?.scrollTop ?? 0)) shift += h - old
      }
    }
    if (changed) {
      if (el && atBottom.current) el.scrollTop = el.scrollHeight
      else if (el && shift !== 0) el.scrollTop += shift
      setMeasured((m) => m + 1)
    }
  })

  // keep place on prepend; stick to the bottom on append
  useLayoutEffect(() => {
    const el = ref.current
    const firstKey = items.length > 0 ? getKey(items[0]) : null
    if (el && prevFirstKey.current && firstKey && firstKey !== prevFirstKey.current && !atBottom.current) {
      const limit = Math.min(items.length, 5000)
      for (let k = 1; k < limit; k++) {
        if (getKey(items[k]) === prevFirstKey.current) {
          el.scrollTop += offsets[k]
          break
        }
      }
    }
    prevFirstKey.current = firstKey
    if (el && atBottom.current) el.scrollTop = el.scrollHeight
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items])

  useEffect(() => {
    if (props.scrollToBottomSignal === undefined) return
    const el = ref.current
    if (el) {
      el.scrollTop = el.scrollHeight
      atBottom.current = true
      props.onAtBottomChange?.(true)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.scrollToBottomSignal])

  const { onRangeChange, onReachTop } = props
  useEffect(() => {
    onRangeChange?.(start, Math.max(start, end - 1))
  }, [start, end, onRangeChange])

  const onScroll = useCallback(
    (e: UIEvent<HTMLDivElement>) => {
      const el = e.currentTarget
      setScrollTop(el.scrollTop)
      const nowAtBottom = el.scrollHeight - el.scrollTop - el.clientHeight < AT_BOTTOM_PX
      if (nowAtBottom !== atBottom.current) {
        atBottom.current = nowAtBottom
        props.onAtBottomChange?.(nowAtBottom)
      }
      if (el.scrollTop < overscan / 2) onReachTop?.()
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the callback reads props at call time
    [onReachTop, overscan]
  )

  const rows: ReactNode[] = []
  for (let i = start; i < end; i++) {
    const item = items[i]
    const key = getKey(item)
    rows.push(
      <div
        key={key}
        className="vrow"
        data-index={i}
        ref={(el) => {
          if (el) rowEls.current.set(key, el)
          else rowEls.current.delete(key)
        }}
      >
        {renderItem(item, i)}
      </div>
    )
  }

  return (
    <div
      ref={ref}
      className={props.className}
      onScroll={onScroll}
      // the rows hold the Tab stop; an empty list is focusable itself, so it can still be scrolled by keyboard
      tabIndex={items.length === 0 ? 0 : -1}
      role="log"
      aria-label={props.label}
      aria-describedby={props.description ? descId : undefined}
      aria-live="off"
      data-total={items.length}
      data-rendered={end - start}
    >
      {props.description && (
        <span id={descId} hidden>
          {props.description}
        </span>
      )}
      {props.header}
      <div style={{ height: offsets[start] }} aria-hidden="true" />
      {rows}
      <div style={{ height: Math.max(0, total - offsets[end]) }} aria-hidden="true" />
    </div>
  )
}
