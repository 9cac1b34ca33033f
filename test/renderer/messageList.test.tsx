// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { VirtualList } from '../../src/renderer/src/components/VirtualList.tsx'
import { MessagePager } from '../../src/renderer/src/state/messages.ts'
import { msg } from './helpers/msg.ts'
import { ME, OTHER, ROOM, fakeRoom, message, peerPosts } from './helpers/fakeClient.ts'
import type { FakeClient } from './helpers/fakeClient.ts'
import { renderWith } from './helpers/render.tsx'
import { Timeline } from './helpers/timeline.tsx'

afterEach(cleanup)
const Room = Timeline
const rows = (): number => document.querySelectorAll('.vrow').length
const log = (): HTMLElement => screen.getByRole('log', { name: msg('room.messages') })

function scrollTo(el: HTMLElement, top: number): void {
  el.scrollTop = top
  fireEvent.scroll(el)
}

describe('VirtualList', () => {
  it('keeps the DOM bounded with 100 000 items', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => ({ id: `m${i}`, text: `row ${i}` }))
    render(<VirtualList label="list" items={items} getKey={(x) => x.id} renderItem={(x) => <p>{x.text}</p>} />)
    expect(rows()).toBeGreaterThan(0)
    expect(rows()).toBeLessThanOrEqual(60)
    const el = screen.getByRole('log')
    expect(el.dataset.total).toBe('100000')
    // scroll to the middle: the rows follow, still bounded
    act(() => scrollTo(el, 80 * 50_000))
    expect(rows()).toBeLessThanOrEqual(60)
    const shown = [...document.querySelectorAll<HTMLElement>('.vrow')].map((r) => Number(r.dataset.index))
    expect(Math.min(...shown)).toBeGreaterThan(49_000)
    expect(Math.max(...shown)).toBeLessThan(51_000)
  })
})

describe('MessagePager', () => {
  it('splices the newest page in on refresh and keeps older pages', async () => {
    const c = fakeRoom({ count: 1000 })
    const pager = new MessagePager((p) => c.call('getMessages', { roomId: ROOM, ...p }), 100)
    await pager.loadLatest()
    await pager.loadOlder()
    expect(pager.items).toHaveLength(200)
    expect(pager.items[0].id).toBe(message(OTHER, 800).id)
    peerPosts(c, message(OTHER, 1000, { text: 'new' }))
    await pager.refresh()
    expect(pager.items).toHaveLength(201)
    expect(pager.items.at(-1)!.text).toBe('new')
  })
})

describe('MessageList', () => {
  it('opens a 100k-message room with one page and a bounded DOM, paging older with the before cursor', async () => {
    const c = fakeRoom({ count: 100_000 })
    renderWith(<Room />, c)
    await waitFor(() => expect(log().dataset.total).toBe('100'))
    expect(c.callsOf('getMessages')).toEqual([{ roomId: ROOM, limit: 100 }])
    expect(rows()).toBeLessThanOrEqual(60)
    // scroll to the top: the page before the oldest loaded message is fetched
    act(() => scrollTo(log(), 0))
    await waitFor(() => expect(log().dataset.total).toBe('200'))
    expect(c.callsOf('getMessages')[1]).toEqual({ roomId: ROOM, limit: 100, before: message(OTHER, 99_900).id })
    for (let page = 0; page < 20; page++) {
      const before = Number(log().dataset.total)
      act(() => scrollTo(log(), 0))
      await waitFor(() => expect(Number(log().dataset.total)).toBeGreaterThan(before))
    }
    expect(Number(log().dataset.total)).toBe(2200)
    expect(rows()).toBeLessThanOrEqual(60)
    expect(document.querySelectorAll('article.msg').length).toBeLessThanOrEqual(60)
  })

  it('shows new messages from peers and announces them politely', async () => {
    const c = fakeRoom({ count: 3 }) as FakeClient & ReturnType<typeof fakeRoom>
    renderWith(<Room />, c)
    await screen.findByText('message 2')
    act(() => peerPosts(c, message(OTHER, 3, { text: 'is anyone around tonight?' })))
    await screen.findByText('is anyone around tonight?', { selector: 'bdi' })
    const live = document.querySelector('[aria-live="polite"]')!
    await waitFor(() => expect(live.textContent).toBe(msg('room.newMessage', { name: 'River', text: 'is anyone around tonight?' })))
  })

  it('shows the beginning of a small room, and an empty room calmly', async () => {
    renderWith(<Room />, fakeRoom({ count: 0 }))
    await screen.findByText(msg('room.empty'))
  })

  it('blurs content warnings until clicked, and shows hidden and deleted posts calmly', async () => {
    const make = (i: number) =>
      [
        message(OTHER, 0, { contentWarning: 'grief', text: 'my dad died' }),
        message(OTHER, 1, { hidden: true, hiddenReason: 'spam', text: null }),
        message(OTHER, 2, { deleted: true, text: null })
      ][i]
    renderWith(<Room />, fakeRoom({ count: 3, make }))
    const show = await screen.findByRole('button', { name: msg('message.showContent') })
    expect(screen.getByText(msg('message.contentWarning', { cw: 'grief' }))).toBeTruthy()
    const blurred = document.querySelector('.blurred')!
    expect(blurred.getAttribute('aria-hidden')).toBe('true')
    fireEvent.click(show)
    expect(document.querySelector('.blurred')).toBeNull()
    expect(screen.getByText('my dad died', { selector: 'bdi' })).toBeTruthy()
    expect(screen.getByRole('button', { name: msg('message.hideContent') }).getAttribute('aria-expanded')).toBe('true')
    expect(screen.getByText(msg('message.hiddenReason', { reason: 'spam' }))).toBeTruthy()
    expect(screen.getByText(msg('message.deleted'))).toBeTruthy()
  })

  it('shows local times and reply context', async () => {
    const make = (i: number) => [message(OTHER, 0, { text: 'first' }), message(ME, 1, { text: 'answer', replyTo: `${OTHER}-0` })][i]
    renderWith(<Room />, fakeRoom({ count: 2, make }))
    await screen.findByText('answer', { selector: 'bdi' })
    const time = document.querySelector('time')!
    expect(time.getAttribute('datetime')).toBe(new Date(message(OTHER, 0).time).toISOString())
    expect(document.querySelector('.reply-ref')!.textContent).toContain(msg('message.replyingTo', { name: 'River' }))
    expect(document.querySelector('.reply-ref')!.textContent).toContain('first')
  })
})
