// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, screen } from '@testing-library/react'
import { MessageList } from '../../src/renderer/src/components/MessageList.tsx'
import { useMessages } from '../../src/renderer/src/hooks/useMessages.ts'
import { MessagePager } from '../../src/renderer/src/state/messages.ts'
import { ME, OTHER, ROOM, fakeRoom, message, peerPosts } from './helpers/fakeClient.ts'
import { renderWith } from './helpers/render.tsx'

afterEach(cleanup)
const noop = () => {}
const actions = { onReply: noop, onEdit: noop, onDelete: noop, onReport: noop, onHide: noop, onUnhide: noop }

function Room() {
  const messages = useMessages(ROOM)
  return <MessageList messages={messages} me={ME} moderator={false} actions={actions} authorOf={() => ({ moderator: false, sharedName: false })} />
}

async function loaded(count: number) {
  const c = fakeRoom({ count })
  const pager = new MessagePager((p) => c.call('getMessages', { roomId: ROOM, ...p }), 100)
  await pager.loadLatest()
  return { c, pager }
}

describe('messages a room.changed carries', () => {
  it('shows a carried post without reading the page again', async () => {
    const c = fakeRoom({ count: 3 })
    renderWith(<Room />, c)
    await screen.findByText('message 2', { selector: 'bdi' })
    expect(c.callsOf('getMessages')).toHaveLength(1)
    peerPosts(c, message(OTHER, 3, { text: 'carried in' }), { carried: true })
    await screen.findByText('carried in', { selector: 'bdi' })
    expect(c.callsOf('getMessages')).toHaveLength(1)
    // an event that carries nothing still re-reads
    peerPosts(c, message(OTHER, 4, { text: 'read in' }))
    await screen.findByText('read in', { selector: 'bdi' })
    expect(c.callsOf('getMessages')).toHaveLength(2)
  })

  it('merges new posts in order and changed ones in place', async () => {
    const { pager } = await loaded(3)
    // the fake room's posts alternate: OTHER at even places, ME at odd ones
    const edited = message(ME, 1, { text: 'edited', editedTime: 1 })
    expect(pager.merge([message(OTHER, 4), edited, message(ME, 3)])).toBe(true)
    expect(pager.items.map((m) => m.text)).toEqual(['message 0', 'edited', 'message 2', 'message 3', 'message 4'])
  })

  it('refuses what does not fit, so the caller re-reads', async () => {
    const { pager } = await loaded(3)
    const before = pager.items
    expect(pager.merge([message(OTHER, 5)]), 'a gap after the newest held').toBe(false)
    expect(pager.merge([{ ...message(ME, 1), index: 2 }]), 'a held post at another place').toBe(false)
    expect(pager.merge([message(ME, 2, { id: 'someone-else-9' })]), 'a new post at a place already held').toBe(false)
    expect(pager.items).toBe(before)
    const empty = new MessagePager(() => new Promise(noop), 100)
    expect(empty.merge([message(OTHER, 0)]), 'nothing loaded yet').toBe(false)
  })
})
