// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { useState } from 'react'
import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import { ModConsole } from '../../src/renderer/src/moderator/ModConsole.tsx'
import { SECTIONS } from '../../src/renderer/src/moderator/sections.ts'
import type { SectionId, Tab } from '../../src/renderer/src/moderator/sections.ts'
import type { Route } from '../../src/renderer/src/hooks/useRoute.ts'
import { msg } from './helpers/msg.ts'
import { ROOM, fakeRoom } from './helpers/fakeClient.ts'
import { CONV, withConversation } from './helpers/supportFake.ts'
import { renderWith } from './helpers/render.tsx'

afterEach(cleanup)

/** Every tool the console had before it was grouped: none may be lost. */
const ALL_TABS: Tab[] = [
  'members',
  'reports',
  'support',
  'knocks',
  'listing',
  'invites',
  'guidelines',
  'welcome',
  'sessions',
  'resources',
  'verified',
  'settings',
  'lists',
  'log',
  'moderators',
  'keys'
]

/** The console as the app routes it: choosing a tab changes the route, the route chooses the tab. */
function Routed({ roomId }: { roomId: string }) {
  const [tab, setTab] = useState<string | undefined>(undefined)
  const go = (r: Route): void => {
    if (r.name === 'moderate') setTab(r.tab)
  }
  return <ModConsole roomId={roomId} tab={tab} go={go} />
}
function open(roomId = ROOM) {
  const c = fakeRoom({ moderator: true })
  withConversation(c)
  renderWith(<Routed roomId={roomId} />, c)
}
const sections = () => screen.getByRole('tablist', { name: msg('mod.sections') })
const section = (id: SectionId) => within(sections()).getByRole('tab', { name: msg(`mod.section.${id}`) })
const tools = (id: SectionId) => screen.getByRole('tablist', { name: msg(`mod.section.${id}`) })
const tabName = (tab: Tab) => msg(`mod.tab.${tab}`)
const focused = () => document.activeElement?.textContent

describe('the moderator console in sections', () => {
  it('holds every tool in exactly one section', () => {
    const grouped = SECTIONS.flatMap((s) => [...s.tabs])
    expect([...grouped].sort()).toEqual([...ALL_TABS].sort())
    expect(SECTIONS.length).toBeLessThanOrEqual(5)
  })

  it('reaches every tool through its section, by click', async () => {
    open()
    await screen.findByRole('tabpanel', { name: tabName('members') })
    for (const s of SECTIONS) {
      fireEvent.click(section(s.id))
      expect(section(s.id).getAttribute('aria-selected')).toBe('true')
      // the section's panel holds its tools, and only its tools
      const panel = screen.getByRole('tabpanel', { name: msg(`mod.section.${s.id}`) })
      expect(
        within(tools(s.id))
          .getAllByRole('tab')
          .map((t) => t.textContent)
      ).toEqual(s.tabs.map(tabName))
      for (const tab of s.tabs) {
        fireEvent.click(within(tools(s.id)).getByRole('tab', { name: tabName(tab) }))
        const shown = await within(panel).findByRole('tabpanel', { name: tabName(tab) })
        expect(within(shown).getByRole('heading', { level: 2 }).textContent).toBe(tabName(tab))
        expect(
          within(tools(s.id))
            .getByRole('tab', { name: tabName(tab) })
            .getAttribute('aria-selected')
        ).toBe('true')
      }
    }
  })

  it('moves by keyboard: sections with Left/Right, tools with Up/Down, Home and End, each one Tab stop', async () => {
    open()
    await screen.findByRole('tabpanel', { name: tabName('members') })
    const stops = (list: HTMLElement) =>
      within(list)
        .getAllByRole('tab')
        .filter((t) => t.tabIndex === 0)
    expect(stops(sections())).toHaveLength(1)
    expect(stops(tools('people'))).toHaveLength(1)

    section('people').focus()
    fireEvent.keyDown(section('people'), { key: 'ArrowRight' })
    expect(focused()).toBe(msg('mod.section.safety'))
    await screen.findByRole('tabpanel', { name: tabName('reports') })
    fireEvent.keyDown(section('safety'), { key: 'End' })
    expect(focused()).toBe(msg('mod.section.team'))
    fireEvent.keyDown(section('team'), { key: 'ArrowRight' })
    expect(focused()).toBe(msg('mod.section.people'))
    fireEvent.keyDown(section('people'), { key: 'ArrowLeft' })
    expect(focused()).toBe(msg('mod.section.team'))
    await screen.findByRole('tabpanel', { name: tabName('moderators') })

    // within a section: Down, wrapping round inside it, and Home
    const first = within(tools('team')).getByRole('tab', { name: tabName('moderators') })
    first.focus()
    fireEvent.keyDown(first, { key: 'ArrowDown' })
    expect(focused()).toBe(tabName('keys'))
    fireEvent.keyDown(document.activeElement!, { key: 'End' })
    expect(focused()).toBe(tabName('log'))
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' })
    expect(focused()).toBe(tabName('moderators'))
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' })
    expect(focused()).toBe(tabName('log'))
    await screen.findByRole('tabpanel', { name: tabName('log') })

    // a section opens again on the tool last used in it
    fireEvent.click(section('people'))
    await screen.findByRole('tabpanel', { name: tabName('members') })
    fireEvent.click(section('team'))
    expect(await screen.findByRole('tabpanel', { name: tabName('log') })).toBeTruthy()
  })

  it('opens on the tool a link names, inside its section', async () => {
    const c = fakeRoom({ moderator: true })
    renderWith(<ModConsole roomId={ROOM} tab="welcome" go={() => {}} />, c)
    expect(await screen.findByRole('tabpanel', { name: tabName('welcome') })).toBeTruthy()
    expect(section('room').getAttribute('aria-selected')).toBe('true')
  })

  it('a private conversation offers no invites, knocking or listing', async () => {
    open(CONV)
    await screen.findByRole('tabpanel', { name: tabName('members') })
    // the summary arrives: then the tools it cannot use go
    await expect.poll(() => within(tools('people')).queryByRole('tab', { name: tabName('invites') })).toBeNull()
    expect(within(tools('people')).queryByRole('tab', { name: tabName('knocks') })).toBeNull()
    fireEvent.click(section('room'))
    expect(within(tools('room')).queryByRole('tab', { name: tabName('listing') })).toBeNull()
    expect(within(tools('room')).getByRole('tab', { name: tabName('settings') })).toBeTruthy()
  })
})
