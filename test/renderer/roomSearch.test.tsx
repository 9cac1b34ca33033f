// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { RoomScreen } from '../../src/renderer/src/screens/RoomScreen.tsx'
import { around, highlight, queryWords } from '../../src/renderer/src/components/highlight.ts'
import { msg } from './helpers/msg.ts'
import { ME, OTHER, ROOM, TROLL, fakeRoom, message } from './helpers/fakeClient.ts'
import type { FakeRoomClient } from './helpers/fakeClient.ts'
import { renderWith } from './helpers/render.tsx'

afterEach(() => {
  cleanup()
  localStorage.clear()
})

// oldest first, as the room holds them
const POSTS = [
  message(OTHER, 0, { text: 'Tristéza again today, the evenings are the worst' }),
  message(ME, 1, { text: 'Walking helped me a little this morning' }),
  message(TROLL, 2, { text: 'tristeza is just a word', hidden: true, hiddenReason: 'unkind' }),
  message(OTHER, 3, { text: 'Thank you all, the tristeza feels lighter when I write it down', verified: 'Counsellor' }),
  message(ME, 4, { text: 'about the nights', contentWarning: 'TRISTEZA and self-harm' })
]

function show(): FakeRoomClient {
  const c = fakeRoom({ count: POSTS.length, make: (i) => POSTS[i] })
  renderWith(<RoomScreen roomId={ROOM} go={() => {}} onHelp={() => {}} />, c)
  return c
}
const dialog = () => screen.findByRole('dialog', { name: msg('search.title') })
const results = (d: HTMLElement) => [...d.querySelectorAll<HTMLElement>('.search-result')]

async function searchFor(d: HTMLElement, words: string): Promise<void> {
  fireEvent.change(within(d).getByRole('searchbox', { name: msg('search.label') }), { target: { value: words } })
  fireEvent.click(within(d).getByRole('button', { name: msg('search.button') }))
  await waitFor(() => expect(within(d).queryByText(msg('search.searching'))).toBeNull())
}

describe('search in a room', () => {
  it('finds messages on this device, newest first, with author, time and the words marked', async () => {
    const c = show()
    await screen.findByText('Walking helped me a little this morning')
    fireEvent.click(screen.getByRole('button', { name: msg('search.open') }))
    const d = await dialog()
    // it says where the search happens, and starts with a kind word rather than an empty box
    expect(within(d).getByText(msg('search.local'))).toBeTruthy()
    expect(within(d).getByText(msg('search.empty'))).toBeTruthy()
    expect(document.activeElement).toBe(within(d).getByRole('searchbox'))
    expect(c.callsOf('searchMessages')).toEqual([])

    await searchFor(d, '  tristeza ')
    expect(c.callsOf('searchMessages')).toEqual([{ roomId: ROOM, query: 'tristeza' }])
    await within(d).findByText(msg('search.found', { count: 3 }))
    // newest first; the withheld post is not found, the walk has no match
    expect(results(d).map((r) => r.dataset.messageId)).toEqual([POSTS[4].id, POSTS[3].id, POSTS[0].id])
    const [cw, thanks, first] = results(d)
    expect(within(thanks).getByText('River')).toBeTruthy()
    expect(thanks.querySelector('.badge-verified')!.textContent).toContain(msg('verified.badge', { title: 'Counsellor' }))
    expect(first.querySelector('.badge-verified')).toBeNull()
    expect(thanks.querySelector('time')!.getAttribute('dateTime')).toBe(new Date(POSTS[3].time).toISOString())
    // the match is marked, accents and case aside, in the person's own spelling
    expect([...first.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Tristéza'])
    expect([...thanks.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['tristeza'])
    // behind a content warning only the warning shows, until the person asks for the whole message
    expect(cw.textContent).not.toContain('about the nights')
    expect([...cw.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['TRISTEZA'])
    fireEvent.click(within(cw).getByRole('button', { name: msg('search.showAll') }))
    expect(within(cw).getByRole('button', { name: msg('message.showContent') })).toBeTruthy()
    expect(within(d).getByText(msg('search.scanned', { count: 5 }))).toBeTruthy()
  })

  it('says kindly when nothing matches, and Reply from a result answers it in the room', async () => {
    show()
    await screen.findByText('Walking helped me a little this morning')
    fireEvent.click(screen.getByRole('button', { name: msg('search.open') }))
    const d = await dialog()
    await searchFor(d, 'holiday')
    expect(await within(d).findByText(msg('search.none', { query: 'holiday' }))).toBeTruthy()
    expect(results(d)).toHaveLength(0)

    await searchFor(d, 'walking morning')
    await within(d).findByText(msg('search.found', { count: 1 }))
    fireEvent.click(within(results(d)[0]).getByRole('button', { name: msg('search.reply') }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(screen.getByText(msg('composer.replyingTo', { name: 'Me' }))).toBeTruthy()
  })

  it('says when only the newest matches are shown', async () => {
    const c = fakeRoom({ count: 60, make: (i) => message(OTHER, i, { text: `still here, day ${i}` }) })
    renderWith(<RoomScreen roomId={ROOM} go={() => {}} onHelp={() => {}} />, c)
    fireEvent.click(await screen.findByRole('button', { name: msg('search.open') }))
    const d = await dialog()
    await searchFor(d, 'still')
    await within(d).findByText(msg('search.more', { count: 50 }))
    expect(results(d)).toHaveLength(50)
    expect(results(d)[0].dataset.messageId).toBe(message(OTHER, 59).id)
  })

  it('opens with Ctrl+F (Cmd+F) in the room, but not over another dialog', async () => {
    show()
    await screen.findByText('Walking helped me a little this morning')
    const ctrlF = fireEvent.keyDown(window, { key: 'f', ctrlKey: true })
    expect(ctrlF).toBe(false) // the browser's own find is not opened as well
    fireEvent.keyDown(await dialog(), { key: 'Escape' })
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    fireEvent.keyDown(window, { key: 'F', metaKey: true })
    fireEvent.keyDown(await dialog(), { key: 'Escape' })
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())

    // with the members dialog open, Ctrl+F leaves it be
    fireEvent.click(screen.getByRole('button', { name: msg('room.options') }))
    fireEvent.click(await screen.findByRole('menuitem', { name: msg('room.members') }))
    await screen.findByRole('dialog', { name: msg('panel.title') })
    expect(fireEvent.keyDown(window, { key: 'f', ctrlKey: true })).toBe(true)
    expect(screen.queryByRole('dialog', { name: msg('search.title') })).toBeNull()
    expect(screen.getByRole('dialog', { name: msg('panel.title') })).toBeTruthy()
  })
})

describe('highlight', () => {
  const marked = (text: string, query: string) =>
    highlight(text, queryWords(query))
      .filter((p) => p.match)
      .map((p) => p.text)

  it('marks every word of the query, ignoring case and accents, in the original text', () => {
    expect(marked('Ánimo, ANIMO y ánimo', 'animo')).toEqual(['Ánimo', 'ANIMO', 'ánimo'])
    expect(marked('sleep came late, then sleepless again', 'late sleep')).toEqual(['sleep', 'late', 'sleep'])
    // a decomposed accent stays with its letter
    expect(marked('cafe\u0301 talk', 'café')).toEqual(['cafe\u0301'])
    expect(marked('nothing here', 'else')).toEqual([])
  })

  it('shows a window around the first match of a long text, without splitting an emoji', () => {
    const text = `${'🌧'.repeat(200)} the word ${'x'.repeat(300)}`
    const pieces = around(highlight(text, ['word']))
    expect(pieces[0].text).toBe('…')
    expect(pieces.at(-1)!.text).toBe('…')
    expect(pieces.filter((p) => p.match).map((p) => p.text)).toEqual(['word'])
    expect(pieces.map((p) => p.text).join('')).not.toContain('\uFFFD')
    expect(Array.from(pieces[1].text).every((ch) => ch === '🌧' || ch === ' ' || /[a-z]/.test(ch))).toBe(true)
  })
})
