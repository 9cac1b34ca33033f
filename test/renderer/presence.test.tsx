// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { RoomScreen } from '../../src/renderer/src/screens/RoomScreen.tsx'
import { ModConsole } from '../../src/renderer/src/moderator/ModConsole.tsx'
import { Composer } from '../../src/renderer/src/components/Composer.tsx'
import { PresenceBar, ANNOUNCE_AFTER_MS } from '../../src/renderer/src/components/PresenceBar.tsx'
import { TYPING_SEND_MS } from '../../src/renderer/src/hooks/usePresence.ts'
import { msg } from './helpers/msg.ts'
import { ErrorCode, HearthError } from '../../src/shared/api/index.ts'
import { I18nProvider } from '../../src/renderer/src/i18n/I18nProvider.tsx'
import { ROOM, fakeRoom, peerPresence } from './helpers/fakeClient.ts'
import { renderWith } from './helpers/render.tsx'

afterEach(() => {
  cleanup()
  localStorage.clear()
  vi.useRealTimers()
})
const noop = () => {}
const open = { writable: true, muted: false, blocked: false, awaitingApproval: false, slowModeSeconds: 0, mustAcceptGuidelines: false }
const announcer = () => screen.getByTestId('presence-announcer')

describe('presence in the room screen', () => {
  it('shows who is online, how many are typing (a count) and a calm moderator indicator', async () => {
    const c = fakeRoom({ count: 2 })
    c.presence.online = 3
    renderWith(<RoomScreen roomId={ROOM} go={noop} onHelp={noop} />, c)
    expect(await screen.findByText(msg('room.online', { count: 3 }))).toBeTruthy()
    expect(screen.queryByText(msg('presence.moderatorHere'))).toBeNull()

    // the event updates the shared cache; the screen follows on the cache's next notification
    act(() => peerPresence(c, { typing: 2, moderatorsOnDuty: 1 }))
    expect(await screen.findByText(msg('presence.typing', { count: 2 }))).toBeTruthy()
    expect(screen.getByText(msg('presence.moderatorHere'))).toBeTruthy()
    act(() => peerPresence(c, { typing: 0, moderatorsOnDuty: 0, online: 1 }))
    expect(await screen.findByText(msg('room.online', { count: 1 }))).toBeTruthy()
    expect(screen.queryByText(msg('presence.typing', { count: 2 }))).toBeNull()
    expect(screen.queryByText(msg('presence.moderatorHere'))).toBeNull()
    // events for other rooms are not ours
    act(() => c.emit('room.presence', { roomId: 'x'.repeat(52), online: 9, typing: 9, moderatorsOnDuty: 9, onDuty: false }))
    await new Promise((resolve) => setTimeout(resolve, 20)) // past the cache's notification
    expect(screen.getByText(msg('room.online', { count: 1 }))).toBeTruthy()
  })
})

describe('presence announcements', () => {
  it('are polite, wait for the wording to settle, and are not repeated or spoken for silence', () => {
    vi.useFakeTimers()
    const c = fakeRoom()
    const p = { online: 2, typing: 0, moderatorsOnDuty: 0, onDuty: false }
    const { rerender } = renderWith(<PresenceBar presence={p} />, c)
    expect(announcer().getAttribute('aria-live')).toBe('polite')
    const bar = (typing: number, moderatorsOnDuty = 0) =>
      rerender(
        <I18nProvider locale="en">
          <PresenceBar presence={{ ...p, typing, moderatorsOnDuty }} />
        </I18nProvider>
      )

    // a flurry of changes is not read out one by one
    bar(1)
    act(() => {
      vi.advanceTimersByTime(300)
    })
    bar(2)
    act(() => {
      vi.advanceTimersByTime(300)
    })
    bar(1)
    act(() => {
      vi.advanceTimersByTime(300)
    })
    expect(announcer().textContent).toBe('')
    act(() => {
      vi.advanceTimersByTime(ANNOUNCE_AFTER_MS)
    })
    expect(announcer().textContent).toBe(msg('presence.typing', { count: 1 }))
    // visible at once
    expect(document.querySelector('.presence-typing')?.textContent).toBe(msg('presence.typing', { count: 1 }))

    // typing stopping is not announced (the region just empties)
    bar(0)
    act(() => {
      vi.advanceTimersByTime(ANNOUNCE_AFTER_MS)
    })
    expect(announcer().textContent).toBe('')
    bar(0, 1)
    act(() => {
      vi.advanceTimersByTime(ANNOUNCE_AFTER_MS)
    })
    expect(announcer().textContent).toBe(msg('presence.moderatorHere'))
  })
})

describe('the composer tells peers it is typing', () => {
  it('throttled while typing; stopped on empty, send and blur', async () => {
    const c = fakeRoom()
    renderWith(
      <Composer
        roomId={ROOM}
        posting={open}
        replyTo={null}
        onCancelReply={noop}
        editing={null}
        onCancelEdit={noop}
        onOpenHelp={noop}
        onReviewGuidelines={noop}
        checkDelay={0}
      />,
      c
    )
    const box = screen.getByLabelText(msg('composer.label'), { selector: 'textarea' }) as HTMLTextAreaElement
    const typing = () => c.callsOf('setPresence').map((p) => p.typing)
    const now = vi.spyOn(Date, 'now')
    let t = 1_000_000
    now.mockImplementation(() => t)

    for (const text of ['h', 'he', 'hel', 'hell']) {
      fireEvent.change(box, { target: { value: text } })
      t += 500
    }
    expect(typing()).toEqual([true])
    t += TYPING_SEND_MS
    fireEvent.change(box, { target: { value: 'hello' } })
    expect(typing()).toEqual([true, true])
    fireEvent.change(box, { target: { value: '' } })
    expect(typing()).toEqual([true, true, false])
    fireEvent.change(box, { target: { value: '' } })
    expect(typing()).toEqual([true, true, false]) // nothing to stop twice

    fireEvent.change(box, { target: { value: 'hi all' } })
    fireEvent.keyDown(box, { key: 'Enter' })
    await waitFor(() => expect(c.callsOf('postMessage')).toHaveLength(1))
    expect(typing()).toEqual([true, true, false, true, false])

    fireEvent.change(box, { target: { value: 'draft' } })
    fireEvent.blur(box)
    expect(typing()).toEqual([true, true, false, true, false, true, false])
    now.mockRestore()
  })
})

describe('on duty in the moderator console', () => {
  it('a moderator turns it on and off; the state follows the engine', async () => {
    const c = fakeRoom({ moderator: true })
    renderWith(<ModConsole roomId={ROOM} tab="members" go={noop} />, c)
    const box = (await screen.findByRole('checkbox', { name: msg('presence.onDuty') })) as HTMLInputElement
    await waitFor(() => expect(box.disabled).toBe(false))
    expect(box.checked).toBe(false)
    fireEvent.click(box)
    await waitFor(() => expect(c.callsOf('setPresence')).toEqual([{ roomId: ROOM, onDuty: true }]))
    await waitFor(() => expect(box.checked).toBe(true))
    fireEvent.click(box)
    await waitFor(() =>
      expect(c.callsOf('setPresence')).toEqual([
        { roomId: ROOM, onDuty: true },
        { roomId: ROOM, onDuty: false }
      ])
    )
    await waitFor(() => expect(box.checked).toBe(false))
    // the engine ends it by itself (e.g. the key stopped being a moderator): the box follows
    fireEvent.click(box)
    await waitFor(() => expect(c.callsOf('setPresence')).toHaveLength(3))
    await waitFor(() => expect(c.callsOf('getPresence').length).toBeGreaterThanOrEqual(4)) // re-read after each change
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20))
    })
    expect(box.checked).toBe(true)
    act(() => peerPresence(c, { onDuty: false }))
    await waitFor(() => expect(box.checked).toBe(false))
  })

  it('a refusal is explained and the box stays off', async () => {
    const c = fakeRoom({ moderator: true })
    c.handlers.setPresence = () => {
      throw new HearthError(ErrorCode.NotAllowed, 'Your moderator key is not (or no longer) a moderator of this room.', { reason: 'on_duty_not_moderator' })
    }
    renderWith(<ModConsole roomId={ROOM} tab="members" go={noop} />, c)
    const box = (await screen.findByRole('checkbox', { name: msg('presence.onDuty') })) as HTMLInputElement
    await waitFor(() => expect(box.disabled).toBe(false))
    fireEvent.click(box)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain(msg('presence.onDutyFailed'))
    // worded by its reason, never with the engine's English
    expect(alert.textContent).toContain(msg('error.on_duty_not_moderator'))
    expect(alert.textContent).not.toContain('no longer')
    expect(box.checked).toBe(false)
  })
})
