import { useEffect, useRef } from 'react'
import type { KeyboardEvent, ReactNode } from 'react'
import { useT } from '../i18n/useT.ts'
import { moveByKey } from './sections.ts'
import type { SectionId, Tab } from './sections.ts'

interface Props {
  sections: { id: SectionId; tabs: Tab[] }[]
  current: Tab
  onSelect: (tab: Tab) => void
  /** The current tool's tabpanel. */
  children: ReactNode
}

const rtl = (el: Element): boolean => getComputedStyle(el).direction === 'rtl'

/**
 * Two levels of tabs: the sections in a row, then the current section's tools beside its panel.
 * Each level is one Tab stop; arrow keys, Home and End move within it and open what they reach.
 * A section opens on the tool last used in it (its first tool until then).
 */
export function ConsoleNav({ sections, current, onSelect, children }: Props) {
  const t = useT()
  const section = sections.find((s) => s.tabs.includes(current)) ?? sections[0]
  const lastIn = useRef(new Map<SectionId, Tab>())
  useEffect(() => {
    lastIn.current.set(section.id, current)
  }, [section.id, current])
  const sectionRefs = useRef(new Map<SectionId, HTMLButtonElement>())
  const tabRefs = useRef(new Map<Tab, HTMLButtonElement>())

  const openSection = (id: SectionId): void => {
    const s = sections.find((x) => x.id === id)
    const tab = lastIn.current.get(id) ?? s?.tabs[0]
    if (tab) onSelect(tab)
    sectionRefs.current.get(id)?.focus()
  }
  const openTab = (tab: Tab): void => {
    onSelect(tab)
    tabRefs.current.get(tab)?.focus()
  }
  function onSectionKey(e: KeyboardEvent<HTMLElement>): void {
    const next = moveByKey(
      sections.map((s) => s.id),
      section.id,
      e.key,
      rtl(e.currentTarget)
    )
    if (!next) return
    e.preventDefault()
    openSection(next)
  }
  function onTabKey(e: KeyboardEvent<HTMLElement>): void {
    const next = moveByKey(section.tabs, current, e.key, rtl(e.currentTarget))
    if (!next) return
    e.preventDefault()
    openTab(next)
  }

  return (
    <>
      <div role="tablist" aria-label={t('mod.sections')} aria-orientation="horizontal" className="mod-sections" onKeyDown={onSectionKey}>
        {sections.map((s) => (
          <button
            key={s.id}
            type="button"
            role="tab"
            id={`section-${s.id}`}
            aria-selected={s.id === section.id}
            aria-controls={`section-panel-${s.id}`}
            tabIndex={s.id === section.id ? 0 : -1}
            ref={(el) => {
              if (el) sectionRefs.current.set(s.id, el)
            }}
            onClick={() => openSection(s.id)}
          >
            {t(`mod.section.${s.id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`section-panel-${section.id}`} aria-labelledby={`section-${section.id}`} className="mod-layout">
        <div role="tablist" aria-label={t(`mod.section.${section.id}`)} aria-orientation="vertical" className="tabs" onKeyDown={onTabKey}>
          {section.tabs.map((tab) => (
            <button
              key={tab}
              type="button"
              role="tab"
              id={`tab-${tab}`}
              aria-selected={tab === current}
              aria-controls={`panel-${tab}`}
              tabIndex={tab === current ? 0 : -1}
              ref={(el) => {
                if (el) tabRefs.current.set(tab, el)
              }}
              onClick={() => openTab(tab)}
            >
              {t(`mod.tab.${tab}`)}
            </button>
          ))}
        </div>
        {children}
      </div>
    </>
  )
}
