// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App } from '../../src/renderer/src/App.tsx'
import { PreloadClient, toConnectionState, toHearthError } from '../../src/renderer/src/client/preload.ts'
import { en } from '../../src/renderer/src/strings/en.ts'
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
    rooms: [{ roomId: ROOM, name: 'Quiet harbour', messageCount: 3, unread: 2, peers: 3, writable: true, isModerator: false, isOwner: false, state: 'ready' }]
  })
  c.handlers.createRoom = () => ({ roomId: ROOM, invite: 'hearth-invite-xyz' })
  c.handlers.joinRoom = () => ({ roomId: ROOM, state: 'ready' })
  c.handlers.leaveRoom = () => ({ ok: true })
  render(<App client={c} initialSettings={{ region: 'GB', ...settings }} />)
  return c
}

describe('first run and rooms', () => {
  it('explains Hearth first, then lists rooms with unread counts and connection state', async () => {
    app({ firstRunDone: false })
    expect(screen.getByRole('heading', { name: en.firstRun.privateTitle })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: en.firstRun.start }))
    await screen.findByRole('button', { name: en.rooms.open('Quiet harbour') })
    expect(screen.getByLabelText(en.rooms.unread(2)).textContent).toBe('2')
    expect(screen.getByText(en.rooms.peers(3))).toBeTruthy()
    expect(JSON.parse(localStorage.getItem('hearth.settings.v1')!).firstRunDone).toBe(true)
  })

  it('creates a room and shows its invite', async () => {
    const c = app()
    fireEvent.click(await screen.findByRole('button', { name: en.rooms.create }))
    const d = await screen.findByRole('dialog', { name: en.createRoom.title })
    fireEvent.change(within(d).getByLabelText(en.createRoom.name), { target: { value: ' Night owls ' } })
    fireEvent.change(within(d).getByLabelText(en.createRoom.displayName), { target: { value: 'Sam' } })
    fireEvent.click(within(d).getByRole('button', { name: en.createRoom.submit }))
    const created = await screen.findByRole('dialog', { name: en.createRoom.inviteTitle })
    expect(c.callsOf('createRoom')).toEqual([{ name: 'Night owls', displayName: 'Sam' }])
    expect((within(created).getByLabelText(en.createRoom.inviteLabel) as HTMLTextAreaElement).value).toBe('hearth-invite-xyz')
    fireEvent.click(within(created).getByRole('button', { name: en.createRoom.goToRoom }))
    await waitFor(() => expect(location.hash).toBe(`#/room/${ROOM}`))
  })

  it('joins with a pasted invite, refusing obvious non-invites without asking the engine', async () => {
    const c = app()
    fireEvent.click(await screen.findByRole('button', { name: en.rooms.join }))
    const d = await screen.findByRole('dialog', { name: en.joinRoom.title })
    fireEvent.change(within(d).getByLabelText(en.joinRoom.invite), { target: { value: 'not an invite' } })
    fireEvent.click(within(d).getByRole('button', { name: en.joinRoom.submit }))
    expect(await within(d).findByText(en.joinRoom.invalid)).toBeTruthy()
    expect(c.callsOf('joinRoom')).toEqual([])
    fireEvent.change(within(d).getByLabelText(en.joinRoom.invite), { target: { value: '  hearth://join/ybndrfg8\nejkmcpqx  ' } })
    fireEvent.click(within(d).getByRole('button', { name: en.joinRoom.submit }))
    await waitFor(() => expect(c.callsOf('joinRoom')).toEqual([{ invite: 'hearth://join/ybndrfg8\nejkmcpqx' }]))
    await waitFor(() => expect(location.hash).toBe(`#/room/${ROOM}`))
  })

  it('leaves a room and erases its data only after confirmation', async () => {
    const c = app()
    fireEvent.click(await screen.findByRole('button', { name: en.rooms.leaveNamed('Quiet harbour') }))
    const d = await screen.findByRole('dialog', { name: en.leaveRoom.title('Quiet harbour') })
    expect(c.callsOf('leaveRoom')).toEqual([])
    fireEvent.click(within(d).getByLabelText(en.leaveRoom.erase))
    fireEvent.click(within(d).getByRole('button', { name: en.leaveRoom.confirmErase }))
    await waitFor(() => expect(c.callsOf('leaveRoom')).toEqual([{ roomId: ROOM, erase: true }]))
  })
})

describe('settings', () => {
  it('applies theme, text size and reduced motion to the page and keeps them', async () => {
    app()
    fireEvent.click(screen.getByRole('button', { name: en.nav.settings }))
    fireEvent.click(await screen.findByLabelText(en.settings.themes.dark))
    fireEvent.click(screen.getByLabelText(en.settings.textSizes.xlarge))
    fireEvent.click(screen.getByLabelText(en.settings.reduceMotion))
    const html = document.documentElement
    await waitFor(() => expect(html.dataset.theme).toBe('dark'))
    expect(html.dataset.textSize).toBe('xlarge')
    expect(html.dataset.motion).toBe('reduce')
    expect(JSON.parse(localStorage.getItem('hearth.settings.v1')!)).toMatchObject({ theme: 'dark', textSize: 'xlarge', reduceMotion: true })
    fireEvent.click(screen.getByLabelText(en.settings.themes.contrast))
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
    await screen.findByRole('heading', { name: en.rooms.title })
    act(() => hooks.link({ kind: 'join', invite: 'abcdefghijklmnop' }))
    const d = await screen.findByRole('dialog', { name: en.joinRoom.title })
    expect((within(d).getByLabelText(en.joinRoom.invite) as HTMLTextAreaElement).value).toBe('abcdefghijklmnop')
    expect(fake.callsOf('joinRoom')).toEqual([]) // never joined automatically
    act(() => hooks.help())
    await screen.findByRole('dialog', { name: en.help.title })
  })
})
