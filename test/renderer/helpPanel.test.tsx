// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { App } from '../../src/renderer/src/App.tsx'
import { HelpEntryView } from '../../src/renderer/src/components/HelpEntry.tsx'
import { I18nProvider } from '../../src/renderer/src/i18n/I18nProvider.tsx'
import { msg } from './helpers/msg.ts'
import { smsHref, telHref, httpsHref } from '../../src/renderer/src/safety/links.ts'
import { ROOM, fakeRoom } from './helpers/fakeClient.ts'
import { resourcesForRegion } from '../../src/shared/safety/crisis-directory.ts'

afterEach(() => {
  cleanup()
  localStorage.clear()
  location.hash = ''
})

function app(settings: Record<string, unknown> = {}) {
  const c = fakeRoom({ count: 2 })
  // as the engine answers: the room's own resources, then the shipped directory for the region
  c.handlers.getHelp = (p) => {
    const dir = resourcesForRegion(p.region as string | undefined)
    return {
      room: p.roomId ? [{ name: 'Our peer line', phone: '+44 20 7946 0000', url: 'javascript:alert(1)', match: 'everywhere' as const }] : [],
      directory: dir.entries,
      region: dir.region,
      emergency: dir.emergency,
      note: dir.note
    }
  }
  render(<App client={c} initialSettings={{ firstRunDone: true, region: 'GB', ...settings }} />)
  return c
}
const openByClick = () => fireEvent.click(screen.getByRole('button', { name: msg('nav.getHelp') }))
const dialog = () => screen.findByRole('dialog', { name: msg('help.title') })

describe('Get help now', () => {
  it('opens with one click from the rooms screen and lists support lines', async () => {
    app()
    openByClick()
    const d = await dialog()
    // the directory shipped with Hearth, for the region in settings (GB)
    expect(within(d).getByRole('heading', { name: 'Samaritans' })).toBeTruthy()
    const call = within(d).getAllByRole('link', { name: msg('help.call', { number: '116 123' }) })[0]
    expect(call.getAttribute('href')).toBe('tel:116123')
    // the emergency number is stated, as a link, but focus starts on the region's crisis line
    expect(within(d).getByRole('link', { name: '999' }).getAttribute('href')).toBe('tel:999')
    expect(document.activeElement).toBe(call)
    fireEvent.keyDown(d, { key: 'Escape' })
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('opens with F1 and with Ctrl+Shift+H, from the first-run screen too', async () => {
    app({ firstRunDone: false })
    expect(screen.getByRole('heading', { name: msg('firstRun.title') })).toBeTruthy()
    fireEvent.keyDown(window, { key: 'F1' })
    await dialog()
    fireEvent.click(screen.getByRole('button', { name: msg('common.close') }))
    fireEvent.keyDown(document.body, { key: 'H', ctrlKey: true, shiftKey: true })
    await dialog()
  })

  it('from settings and from inside a room it adds the room resources after the region lines', async () => {
    app()
    fireEvent.click(screen.getByRole('button', { name: msg('nav.settings') }))
    await screen.findByRole('heading', { name: msg('settings.title') })
    openByClick()
    await dialog()
    fireEvent.click(screen.getByRole('button', { name: msg('common.close') }))
    location.hash = `#/room/${ROOM}`
    fireEvent(window, new HashChangeEvent('hashchange'))
    await screen.findByText('message 1', { selector: 'bdi' })
    openByClick()
    const d = await dialog()
    await within(d).findByText('Our peer line')
    const headings = within(d)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent)
    expect(headings).toEqual([msg('help.directory', { region: 'United Kingdom' }), msg('help.roomResources')])
    // a javascript: url from a moderator never becomes a link
    expect(
      within(d)
        .queryAllByRole('link')
        .some((a) => a.getAttribute('href')?.startsWith('javascript'))
    ).toBe(false)
    expect(within(d).getByText(msg('help.unsafeLink'))).toBeTruthy()
  })

  it("labels the room's lines for other regions with their region, after the person's own", async () => {
    const c = app()
    c.handlers.getHelp = () => ({
      room: [
        { name: 'Samaritans (room)', phone: '116 123', region: 'GB', match: 'region' as const },
        { name: '988 Lifeline (room)', phone: '988', region: 'US', match: 'other' as const },
        { name: 'Some old line', match: 'other' as const }
      ],
      directory: [],
      region: null,
      emergency: null,
      note: ''
    })
    location.hash = `#/room/${ROOM}`
    fireEvent(window, new HashChangeEvent('hashchange'))
    await screen.findByText('message 1', { selector: 'bdi' })
    openByClick()
    const d = await dialog()
    const entry = (name: string) => within(d).getByText(name).closest('li')!
    await within(d).findByText('988 Lifeline (room)')
    expect(within(entry('988 Lifeline (room)')).getByText(msg('help.forRegion', { region: 'United States' }))).toBeTruthy()
    expect(within(entry('Some old line')).getByText(msg('help.forElsewhere'))).toBeTruthy()
    // the person's own region needs no label
    expect(within(entry('Samaritans (room)')).queryByText(/^For /)).toBeNull()
  })

  it('opens even when a dialog is already open', async () => {
    app()
    fireEvent.click(await screen.findByRole('button', { name: msg('rooms.create') }))
    await screen.findByRole('dialog', { name: msg('createRoom.title') })
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'F1' })
    await dialog()
  })
})

describe('support-line links', () => {
  it('only tel:, sms: and https: become links', () => {
    expect(telHref('116 123')).toBe('tel:116123')
    expect(telHref('call me')).toBeNull()
    expect(smsHref('Text SHOUT to 85258')).toBe('sms:85258?body=SHOUT')
    expect(smsHref('Text 988')).toBe('sms:988')
    expect(smsHref('Message us on the app')).toBeNull()
    expect(httpsHref('https://example.org/x')).toBe('https://example.org/x')
    expect(httpsHref('http://example.org')).toBeNull()
    expect(httpsHref('javascript:alert(1)')).toBeNull()
    expect(httpsHref('https://user:pw@example.org')).toBeNull()
  })

  it('renders an entry with its source', () => {
    render(
      <I18nProvider locale="en">
        <ul>
          <HelpEntryView entry={{ name: 'Samaritans', phone: '116 123', source: 'https://www.samaritans.org/x', checked: '2026-11-24' }} />
        </ul>
      </I18nProvider>
    )
    expect(screen.getByRole('link', { name: 'www.samaritans.org' }).getAttribute('href')).toBe('https://www.samaritans.org/x')
  })
})
