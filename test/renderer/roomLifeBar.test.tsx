// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { RoomLifeBar } from '../../src/renderer/src/components/RoomLifeBar.tsx'
import { fail } from '../../src/shared/api/errors.ts'
import { msg } from './helpers/msg.ts'
import { MOD_KEY, OTHER, ROOM, fakeRoom, message } from './helpers/fakeClient.ts'
import { renderWith } from './helpers/render.tsx'

afterEach(() => {
  cleanup()
  localStorage.clear()
})

function engine() {
  const c = fakeRoom({ moderator: true })
  const pinned = message(OTHER, 3, { text: 'Breathe in for four, out for six.' })
  const pins = [{ messageId: pinned.id, by: MOD_KEY, time: 0, note: null }]
  c.handlers.getRoomLife = () => ({ welcome: null, sessions: [], pins, verified: { members: [], resources: [] } })
  c.handlers.getMessage = () => ({ message: pinned })
  return c
}

describe('the pinned messages above a room', () => {
  it('unpins for a moderator, and says in words why an unpin failed instead of doing nothing', async () => {
    const c = engine()
    c.handlers.unpinMessage = () => {
      throw fail('no_moderator_key')
    }
    renderWith(<RoomLifeBar roomId={ROOM} moderator />, c)
    expect(await screen.findByText('Breathe in for four, out for six.')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: msg('life.unpin') }))
    expect((await screen.findByRole('alert')).textContent).toBe(msg('error.no_moderator_key'))
    // the pin stays, and a retry that works clears the error and the pin
    const life = c.handlers.getRoomLife
    let unpinned = false
    c.handlers.unpinMessage = () => {
      unpinned = true
      return { ok: true }
    }
    c.handlers.getRoomLife = (p) => (unpinned ? { welcome: null, sessions: [], pins: [], verified: { members: [], resources: [] } } : life!(p))
    fireEvent.click(screen.getByRole('button', { name: msg('life.unpin') }))
    await waitFor(() => expect(screen.queryByText('Breathe in for four, out for six.')).toBeNull())
    expect(screen.queryByRole('alert')).toBeNull()
    expect(c.callsOf('unpinMessage')).toEqual([
      { roomId: ROOM, messageId: message(OTHER, 3).id },
      { roomId: ROOM, messageId: message(OTHER, 3).id }
    ])
  })
})
