// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App } from '../../src/renderer/src/App.tsx'
import { PreloadClient, toConnectionState, toHearthError } from '../../src/renderer/src/client/preload.ts'
import { msg } from './helpers/msg.ts'
import { ErrorCode, HearthError } from '../../src/shared/api/index.ts'
import { ROOM, fakeRoom } from './helpers/fakeClient.ts'

afterEach(() => {
  cleanup()
  localStorage.clear()
  location.hash = ''
})

function app(settings: Record<string, unknown> = { firstRunDone: true }) {
  const c = fakeRoom({ count: 3 })
  c.handlers.listRooms = () => ({
    rooms: [
      {
        roomId: ROOM,
        name: 'Quiet harbour',
        messageCount: 3,
        unread: 2,
        peers: 3,
        writable: true,
        isModerator: false,
        isOwner: false,
        state: 'ready',
        kind: 'room'
      }
    ]
  })
  c.handlers.createRoom = () => ({ roomId: ROOM, invite: 'hearth-invite-xyz', link: 'hearth://i/short' })
  c.handlers.joinRoom = () => ({ roomId: ROOM, state: 'ready' })
  c.handlers.leaveRoom = () => ({ ok: true })
  render(<App client={c} initialSettings={{ region: 'GB', ...settings }} />)
  return c
}

describe('first run and rooms', () => {
  it('shows a private support conversation as one, in the person’s words, with its end', async () => {
    const c = fakeRoom({ count: 1 })
    const base = { messageCount: 1, unread: 0, peers: 1, writable: true, isModerator: false, isOwner: false, state: 'ready' as const }
    c.handlers.listRooms = () => ({
      rooms: [
        { ...base, roomId: ROOM, name: 'Quiet harbour', kind: 'room' as const },
        { ...base, roomId: 'y'.repeat(52), name: 'Private conversation', kind: 'private' as const, isOwner: true, ended: true as const }
      ]
    })
    render(<App client={c} initialSettings={{ region: 'GB', firstRunDone: true }} />)
    const card = (await screen.findByRole('button', { name: msg('rooms.open', { name: msg('rooms.private') }) })).closest('li')!
    expect(within(card).getByText(msg('rooms.privateTag'))).toBeTruthy()
    expect(within(card).getByText(msg('rooms.ended'))).toBeTruthy()
    // the engine's owner flag says nothing to the person here: it is a conversation for two
    expect(within(card).queryByText(msg('rooms.owner'))).toBeNull()
  })

  it('explains Hearth first, then lists rooms with unread counts and connection state', async () => {
    app({ firstRunDone: false })
    expect(screen.getByRole('heading', { name: msg('firstRun.privateTitle') })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: msg('firstRun.start') }))
    await screen.findByRole('button', { name: msg('rooms.open', { name: 'Quiet harbour' }) })
    expect(screen.getByLabelText(msg('rooms.unread', { count: 2 })).textContent).toBe('2')
    expect(screen.getByText(msg('rooms.peers', { count: 3 }))).toBeTruthy()
    expect(JSON.parse(localStorage.getItem('hearth.settings.v1')!).firstRunDone).toBe(true)
  })

  it('creates a room and shows its invite', async () => {
    const c = app()
    fireEvent.click(await screen.findByRole('button', { name: msg('rooms.create') }))
    const d = await screen.findByRole('dialog', { name: msg('createRoom.title') })
    fireEvent.change(within(d).getByLabelText(msg('createRoom.name')), { target: { value: ' Night owls ' } })
    fireEvent.change(within(d).getByLabelText(msg('createRoom.displayName')), { target: { value: 'Sam' } })
    fireEvent.click(within(d).getByRole('button', { name: msg('createRoom.submit') }))
    const created = await screen.findByRole('dialog', { name: msg('createRoom.inviteTitle') })
    expect(c.callsOf('createRoom')).toEqual([{ name: 'Night owls', displayName: 'Sam' }])
    expect((within(created).getByLabelText(msg('invite.link')) as HTMLTextAreaElement).value).toBe('hearth://i/short')
    expect((within(created).getByLabelText(msg('invite.full')) as HTMLTextAreaElement).value).toBe('hearth-invite-xyz')
    fireEvent.click(within(created).getByRole('button', { name: msg('createRoom.goToRoom') }))
    await waitFor(() => expect(location.hash).toBe(`#/room/${ROOM}`))
  })

  it('joins with a pasted invite, refusing obvious non-invites without asking the engine', async () => {
    const c = app()
    fireEvent.click(await screen.findByRole('button', { name: msg('rooms.join') }))
    const d = await screen.findByRole('dialog', { name: msg('joinRoom.title') })
    fireEvent.change(within(d).getByLabelText(msg('joinRoom.invite')), { target: { value: 'not an invite' } })
    fireEvent.click(within(d).getByRole('button', { name: msg('joinRoom.submit') }))
    expect(await within(d).findByText(msg('joinRoom.invalid'))).toBeTruthy()
    expect(c.callsOf('joinRoom')).toEqual([])
    fireEvent.change(within(d).getByLabelText(msg('joinRoom.invite')), { target: { value: '  hearth://join/ybndrfg8\nejkmcpqx  ' } })
    fireEvent.click(within(d).getByRole('button', { name: msg('joinRoom.submit') }))
    await waitFor(() => expect(c.callsOf('joinRoom')).toEqual([{ invite: 'hearth://join/ybndrfg8\nejkmcpqx' }]))
    await waitFor(() => expect(location.hash).toBe(`#/room/${ROOM}`))
  })

  it('leaves a room and erases its data only after confirmation', async () => {
    const c = app()
    fireEvent.click(await screen.findByRole('button', { name: msg('rooms.leaveNamed', { name: 'Quiet harbour' }) }))
    const d = await screen.findByRole('dialog', { name: msg('leaveRoom.title', { name: 'Quiet harbour' }) })
    expect(c.callsOf('leaveRoom')).toEqual([])
    fireEvent.click(within(d).getByLabelText(msg('leaveRoom.erase')))
    fireEvent.click(within(d).getByRole('button', { name: msg('leaveRoom.confirmErase') }))
    await waitFor(() => expect(c.callsOf('leaveRoom')).toEqual([{ roomId: ROOM, erase: true }]))
  })
})

describe('settings', () => {
  it('applies theme, text size and reduced motion to the page and keeps them', async () => {
    app()
    fireEvent.click(screen.getByRole('button', { name: msg('nav.settings') }))
    fireEvent.click(await screen.findByLabelText(msg('settings.theme.dark')))
    fireEvent.click(screen.getByLabelText(msg('settings.textSize.xlarge')))
    fireEvent.click(screen.getByLabelText(msg('settings.reduceMotion')))
    const html = document.documentElement
    await waitFor(() => expect(html.dataset.theme).toBe('dark'))
    expect(html.dataset.textSize).toBe('xlarge')
    expect(html.dataset.motion).toBe('reduce')
    expect(JSON.parse(localStorage.getItem('hearth.settings.v1')!)).toMatchObject({ theme: 'dark', textSize: 'xlarge', reduceMotion: true })
    fireEvent.click(screen.getByLabelText(msg('settings.theme.contrast')))
    await waitFor(() => expect(html.dataset.theme).toBe('contrast'))
  })
})

describe('inside the desktop app (preload client)', () => {
  it('rebuilds HearthErrors from contextBridge rejections and maps engine states', () => {
    const e = toHearthError({ name: 'HearthError', code: ErrorCode.NotFound, message: 'No such room.' })
    expect(e).toBeInstanceOf(HearthError)
    expect((e as HearthError).code).toBe(ErrorCode.NotFound)
    expect(toConnectionState({ state: 'down', reason: 'crashed', retryInMs: 2000 })).toEqual({ status: 'reconnecting', retryIn: 2000 })
    expect(toConnectionState({ state: 'up' })).toEqual({ status: 'open' })
    expect(toConnectionState({ state: 'locked', reason: 'x' })).toEqual({ status: 'closed' })
  })

  it('hearth:// links open the join flow; the menu opens "Get help now"', async () => {
    const fake = fakeRoom({ count: 1 })
    const hooks: Record<string, (x?: unknown) => void> = {}
    const bridge = {
      call: (m: string, p: unknown) => fake.callRaw(m, p),
      on: (e: never, fn: never) => fake.on(e, fn),
      onEngineState: (fn: (s: unknown) => void) => {
        fn({ state: 'up' })
        return () => {}
      },
      onDeepLink: (fn: (l: unknown) => void) => {
        hooks.link = fn
        return () => {}
      },
      onGetHelp: (fn: () => void) => {
        hooks.help = fn
        return () => {}
      },
      onOpenRoom: (fn: (r: unknown) => void) => {
        hooks.room = fn
        return () => {}
      },
      openExternal: async () => ({ opened: true }),
      submitPassphrase: async () => ({ ok: false })
    }
    render(<App client={new PreloadClient(bridge as never)} initialSettings={{ firstRunDone: true, region: 'GB' }} />)
    await screen.findByRole('heading', { name: msg('rooms.title') })
    act(() => hooks.link({ kind: 'join', invite: 'abcdefghijklmnop' }))
    const d = await screen.findByRole('dialog', { name: msg('joinRoom.title') })
    expect((within(d).getByLabelText(msg('joinRoom.invite')) as HTMLTextAreaElement).value).toBe('abcdefghijklmnop')
    expect(fake.callsOf('joinRoom')).toEqual([]) // never joined automatically
    act(() => hooks.help())
    await screen.findByRole('dialog', { name: msg('help.title') })
  })
})
