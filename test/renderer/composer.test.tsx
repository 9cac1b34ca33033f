// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { Composer } from '../../src/renderer/src/components/Composer.tsx'
import type { PostingState } from '../../src/renderer/src/components/Composer.tsx'
import { msg } from './helpers/msg.ts'
import { ErrorCode, HearthError } from '../../src/shared/api/index.ts'
import { ROOM, fakeRoom, message, OTHER } from './helpers/fakeClient.ts'
import { renderWith } from './helpers/render.tsx'

afterEach(cleanup)

const open: PostingState = { writable: true, muted: false, blocked: false, awaitingApproval: false, slowModeSeconds: 0, mustAcceptGuidelines: false }

function setup(posting: Partial<PostingState> = {}, extra: Partial<Parameters<typeof Composer>[0]> = {}) {
  const client = fakeRoom()
  const props = {
    roomId: ROOM,
    posting: { ...open, ...posting },
    replyTo: null,
    onCancelReply: vi.fn(),
    editing: null,
    onCancelEdit: vi.fn(),
    onOpenHelp: vi.fn(),
    onReviewGuidelines: vi.fn(),
    checkDelay: 0,
    ...extra
  }
  renderWith(<Composer {...props} />, client)
  const box = screen.getByLabelText(msg('composer.label'), { selector: 'textarea' }) as HTMLTextAreaElement
  return { client, props, box }
}

describe('Composer', () => {
  it('sends on Enter and clears the draft once the engine confirms', async () => {
    const { client, box } = setup()
    fireEvent.change(box, { target: { value: 'hello there' } })
    fireEvent.keyDown(box, { key: 'Enter' })
    await waitFor(() => expect(client.callsOf('postMessage')).toEqual([{ roomId: ROOM, text: 'hello there' }]))
    await waitFor(() => expect(box.value).toBe(''))
  })

  it('Shift+Enter does not send', () => {
    const { client, box } = setup()
    fireEvent.change(box, { target: { value: 'line one' } })
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true })
    expect(client.callsOf('postMessage')).toEqual([])
  })

  it('adds a content warning when the toggle is on', async () => {
    const { client, box } = setup()
    fireEvent.click(screen.getByLabelText(msg('composer.cwToggle')))
    fireEvent.change(screen.getByLabelText(msg('composer.cwLabel')), { target: { value: 'self-harm' } })
    fireEvent.change(box, { target: { value: 'a hard week' } })
    fireEvent.click(screen.getByRole('button', { name: msg('composer.send') }))
    await waitFor(() => expect(client.callsOf('postMessage')[0]).toEqual({ roomId: ROOM, text: 'a hard week', contentWarning: 'self-harm' }))
  })

  it('replies carry replyTo', async () => {
    const target = message(OTHER, 3)
    const { client, box } = setup({}, { replyTo: target })
    expect(screen.getByText(msg('composer.replyingTo', { name: 'River' }))).toBeTruthy()
    fireEvent.change(box, { target: { value: 'me too' } })
    fireEvent.keyDown(box, { key: 'Enter' })
    await waitFor(() => expect(client.callsOf('postMessage')[0]).toMatchObject({ replyTo: target.id }))
  })

  it('keeps the draft and says so when the engine refuses', async () => {
    const { client, box } = setup()
    client.handlers.postMessage = () => {
      throw new HearthError(ErrorCode.RateLimited, 'engine English: slow mode', { reason: 'slow_mode', waitSeconds: 12 })
    }
    fireEvent.change(box, { target: { value: 'precious words' } })
    fireEvent.keyDown(box, { key: 'Enter' })
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain(msg('composer.failedKept'))
    // worded by the app from the reason and its params; the engine's English is never shown
    expect(alert.textContent).toContain(msg('error.slow_mode', { waitSeconds: 12 }))
    expect(alert.textContent).not.toContain('engine English')
    expect(box.value).toBe('precious words')
  })

  it('the distress check shows a gentle help card, never blocks and sends nothing', async () => {
    const check = vi.fn((t: string) => ({ level: /end it/.test(t) ? ('urgent' as const) : ('none' as const), categories: [] }))
    const { client, box, props } = setup({}, { checkDistress: check })
    fireEvent.change(box, { target: { value: 'I want to end it all' } })
    const card = await screen.findByRole('region', { name: msg('helpCard.title') })
    expect(card.textContent).toContain(msg('helpCard.urgent'))
    // nothing of the draft left the device: the only call is the typing signal, a bare boolean
    expect(client.calls).toEqual([{ method: 'setPresence', params: { roomId: ROOM, typing: true } }])
    fireEvent.click(screen.getByRole('button', { name: msg('helpCard.open') }))
    expect(props.onOpenHelp).toHaveBeenCalledOnce()
    // sending is still possible
    expect((screen.getByRole('button', { name: msg('composer.send') }) as HTMLButtonElement).disabled).toBe(false)
    fireEvent.click(screen.getByRole('button', { name: msg('helpCard.dismiss') }))
    expect(screen.queryByRole('region', { name: msg('helpCard.title') })).toBeNull()
    fireEvent.keyDown(box, { key: 'Enter' })
    await waitFor(() => expect(client.callsOf('postMessage')).toHaveLength(1))
  })

  it('a refused post while muted keeps the draft and hands the refusal to the room (which words the mute)', async () => {
    const onRefused = vi.fn()
    const { client, box } = setup({ muted: true }, { onRefused })
    const refusal = new HearthError(ErrorCode.NotAllowed, 'muted (English, for logs)', { reason: 'muted', note: 'cool off', until: null, remaining: 3 })
    client.handlers.postMessage = () => {
      throw refusal
    }
    fireEvent.change(box, { target: { value: 'let me talk' } })
    fireEvent.keyDown(box, { key: 'Enter' })
    await waitFor(() => expect(onRefused).toHaveBeenCalledWith(refusal))
    expect(box.value).toBe('let me talk')
    expect(screen.queryByText(/English, for logs/)).toBeNull()
  })

  it('shows slow mode and counts down after sending', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    try {
      const { client, box } = setup({ slowModeSeconds: 30 })
      expect(screen.getByText(msg('composer.slowMode', { seconds: 30 }))).toBeTruthy()
      fireEvent.change(box, { target: { value: 'one' } })
      fireEvent.keyDown(box, { key: 'Enter' })
      await waitFor(() => expect(client.callsOf('postMessage')).toHaveLength(1))
      await screen.findByText(msg('composer.slowWait', { seconds: 30 }))
      fireEvent.change(box, { target: { value: 'two' } })
      fireEvent.keyDown(box, { key: 'Enter' })
      expect(client.callsOf('postMessage')).toHaveLength(1)
      await act(async () => {
        vi.advanceTimersByTime(31_000)
      })
      fireEvent.keyDown(box, { key: 'Enter' })
      await waitFor(() => expect(client.callsOf('postMessage')).toHaveLength(2))
    } finally {
      vi.useRealTimers()
    }
  })

  it('asks for the guidelines before posting, and says so when Send is pressed', async () => {
    const { client, props, box } = setup({ mustAcceptGuidelines: true })
    fireEvent.change(box, { target: { value: 'hi' } })
    fireEvent.click(screen.getByRole('button', { name: msg('composer.send') }))
    expect((await screen.findByRole('alert')).textContent).toBe(msg('guidelines.mustAccept'))
    expect(client.callsOf('postMessage')).toEqual([])
    fireEvent.click(screen.getByRole('button', { name: msg('guidelines.review') }))
    expect(props.onReviewGuidelines).toHaveBeenCalledOnce()
  })

  it('refuses over-long drafts with a clear count, sending nothing', async () => {
    const { client, box } = setup()
    fireEvent.change(box, { target: { value: 'x'.repeat(4001) } })
    expect(screen.getByText(msg('composer.tooLong', { count: 4001, max: 4000 }))).toBeTruthy()
    fireEvent.keyDown(box, { key: 'Enter' })
    expect((await screen.findByRole('alert')).textContent).toBe(msg('composer.tooLong', { count: 4001, max: 4000 }))
    expect(client.callsOf('postMessage')).toEqual([])
  })
})
