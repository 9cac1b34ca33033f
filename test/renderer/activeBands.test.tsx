// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, screen } from '@testing-library/react'
import { ActiveBands } from '../../src/renderer/src/components/ActiveBands.tsx'
import { MIN_PEOPLE, WINDOW_MS, activeBands } from '../../src/renderer/src/state/activeBands.ts'
import { msg } from './helpers/msg.ts'
import { fakeRoom, message } from './helpers/fakeClient.ts'
import { renderWith } from './helpers/render.tsx'

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})
const NOW = Date.UTC(2026, 11, 8, 12, 0)
const utcHour = (t: number) => new Date(t).getUTCHours()
const author = (n: number) => n.toString(16).padStart(64, '0')
/** A post by person n, `days` ago at `hour` UTC. */
const post = (n: number, days: number, hour: number, over = {}) =>
  message(author(n), days * 24 + hour, { time: Date.UTC(2026, 11, 8 - days, hour, 0), ...over })

describe('active bands', () => {
  it('count each person once, in the part of the day most of their posts fall in', () => {
    const posts = [
      // three evening people (one also posted once in the morning)
      post(1, 1, 20),
      post(1, 2, 21),
      post(1, 3, 9),
      post(2, 1, 19),
      post(3, 4, 23),
      // two morning people: fewer than MIN_PEOPLE, so not shown
      post(4, 1, 8),
      post(5, 2, 7)
    ]
    expect(MIN_PEOPLE).toBe(3)
    expect(activeBands(posts, NOW, utcHour)).toEqual([{ part: 'evening', people: 3 }])
    expect(activeBands([...posts, post(6, 1, 10)], NOW, utcHour)).toEqual([
      { part: 'morning', people: 3 },
      { part: 'evening', people: 3 }
    ])
  })

  it('leave out old posts, claims far in the future, unpublished, deleted and hidden posts', () => {
    const evening = [post(1, 1, 20), post(2, 1, 20), post(3, 1, 20)]
    expect(activeBands(evening, NOW, utcHour)).toHaveLength(1)
    const old = { time: NOW - WINDOW_MS - 1 }
    for (const over of [old, { time: NOW + 3_600_000 }, { index: -1 }, { deleted: true }, { hidden: true }]) {
      expect(activeBands([...evening.slice(0, 2), post(3, 1, 20, over)], NOW, utcHour), JSON.stringify(over)).toEqual([])
    }
  })

  it('show in the member panel in the reader’s time, as counts with no names', () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] })
    // 20:00 local on the reader's clock, whatever zone the test machine is in
    const local = (days: number) => new Date(2026, 11, 8 - days, 20, 0).getTime()
    const posts = [1, 2, 3].map((n) => message(author(n), n, { time: local(n), authorName: `Person ${n}` }))
    renderWith(<ActiveBands messages={posts} />, fakeRoom())
    expect(screen.getByRole('region', { name: msg('panel.activeTitle') }).textContent).toContain(msg('panel.active.evening', { count: 3 }))
    expect(screen.queryByText(/Person/)).toBeNull()
    cleanup()
    renderWith(<ActiveBands messages={posts.slice(0, 2)} />, fakeRoom())
    expect(screen.queryByRole('region', { name: msg('panel.activeTitle') })).toBeNull()
  })
})
