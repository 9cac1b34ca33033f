// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { ModConsole } from '../../src/renderer/src/moderator/ModConsole.tsx'
import { msg } from './helpers/msg.ts'
import { ROOM, fakeRoom } from './helpers/fakeClient.ts'
import { HearthError, ErrorCode } from '../../src/shared/api/index.ts'
import { renderWith } from './helpers/render.tsx'

afterEach(cleanup)

const OTHER_ROOM = 'ybndrfg8ejkmcpqxot1uwisza345h769ybndrfg8ejkmcpqxot1a'
const KEY = 'd'.repeat(64)
const LIST_ID = 'a'.repeat(32)

function engine() {
  const c = fakeRoom({ moderator: true })
  const list = (version: number) => ({
    listId: LIST_ID,
    name: 'Spam',
    version,
    time: 0,
    by: KEY,
    entries: [
      { kind: 'phrase' as const, value: 'buy followers' },
      { kind: 'link' as const, value: 'spam.example' }
    ]
  })
  let subscribed = true
  const base = c.handlers.listRooms
  c.handlers.listRooms = (p) => {
    const { rooms } = base(p) as { rooms: Array<Record<string, unknown>> }
    return { rooms: [...rooms, { ...rooms[0], roomId: OTHER_ROOM, name: 'Home' }] }
  }
  c.handlers.getBlockLists = () => ({
    own: list(2),
    subscriptions: subscribed ? [{ ...list(3), listId: 'b'.repeat(32), name: 'Their list', source: 'Home', subscribedBy: KEY, trusted: 2 }] : []
  })
  c.handlers.publishBlockList = () => ({ listId: LIST_ID, version: 3 })
  c.handlers.subscribeBlockList = () => {
    throw new HearthError(ErrorCode.NotFound, 'no list', { reason: 'no_block_list', roomId: OTHER_ROOM })
  }
  c.handlers.unsubscribeBlockList = () => {
    subscribed = false
    return { ok: true }
  }
  return c
}

describe('block lists in the moderator console', () => {
  it('shows the own list filled in and publishes phrases and websites line by line', async () => {
    const c = engine()
    renderWith(<ModConsole roomId={ROOM} tab="lists" go={vi.fn()} />, c)
    await screen.findByText(msg('lists.ownVersion', { version: 2, phrases: 1, links: 1 }))
    const phrases = screen.getByLabelText(msg('lists.phrases')) as HTMLTextAreaElement
    await waitFor(() => expect(phrases.value).toBe('buy followers'))
    fireEvent.change(phrases, { target: { value: 'buy followers\n\n  free crypto  \n' } })
    fireEvent.click(screen.getByRole('button', { name: msg('lists.publish') }))
    await waitFor(() =>
      expect(c.callsOf('publishBlockList')).toEqual([
        {
          roomId: ROOM,
          name: 'Spam',
          entries: [
            { kind: 'phrase', value: 'buy followers' },
            { kind: 'phrase', value: 'free crypto' },
            { kind: 'link', value: 'spam.example' }
          ]
        }
      ])
    )
    await screen.findByText(msg('lists.published'))
  })

  it('lists what the room follows, stops following, and words a refusal to follow', async () => {
    const c = engine()
    renderWith(<ModConsole roomId={ROOM} tab="lists" go={vi.fn()} />, c)
    await screen.findByText(msg('lists.followedItem', { name: 'Their list', source: 'Home', version: 3, count: 2 }))
    fireEvent.click(screen.getByRole('button', { name: msg('lists.unfollow') }))
    await waitFor(() => expect(c.callsOf('unsubscribeBlockList')).toEqual([{ roomId: ROOM, listId: 'b'.repeat(32) }]))
    await screen.findByText(msg('lists.followedNone'))
    // the other room is offered by name; the engine's refusal is worded by the catalog, not shown as it came
    expect((screen.getByLabelText(msg('lists.followWhich')) as HTMLSelectElement).value).toBe(OTHER_ROOM)
    fireEvent.click(screen.getByRole('button', { name: msg('lists.follow') }))
    await screen.findByText(msg('error.no_block_list'))
    expect(screen.queryByText('no list')).toBeNull()
  })
})
