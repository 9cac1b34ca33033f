// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { RoomScreen } from '../../src/renderer/src/screens/RoomScreen.tsx'
import { msg } from './helpers/msg.ts'
import { ROOM, fakeRoom } from './helpers/fakeClient.ts'
import { renderWith } from './helpers/render.tsx'

afterEach(() => {
  cleanup()
  localStorage.clear()
})
const noop = () => {}

function setup(accepted = false) {
  const c = fakeRoom({
    count: 2,
    guidelines: { version: 2, text: 'Be kind.\nNo advice about methods.', accepted }
  })
  renderWith(<RoomScreen roomId={ROOM} go={noop} onHelp={noop} />, c)
  return c
}
const send = () => screen.getByRole('button', { name: msg('composer.send') }) as HTMLButtonElement
const box = () => screen.getByLabelText(msg('composer.label'), { selector: 'textarea' })

describe('guidelines gate', () => {
  it('is shown on joining and blocks posting until accepted', async () => {
    const c = setup()
    const gate = await screen.findByRole('dialog', { name: msg('guidelines.gateTitle') })
    expect(gate.textContent).toContain('No advice about methods.')
    expect(gate.textContent).toContain(msg('guidelines.version', { version: 2 }))
    fireEvent.click(screen.getByRole('button', { name: msg('guidelines.accept') }))
    await waitFor(() => expect(c.callsOf('acceptGuidelines')).toEqual([{ roomId: ROOM, version: 2 }]))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    fireEvent.change(box(), { target: { value: 'hello' } })
    expect(send().disabled).toBe(false)
  })

  it('can be read later, but posting waits for acceptance', async () => {
    const c = setup()
    await screen.findByRole('dialog', { name: msg('guidelines.gateTitle') })
    fireEvent.click(screen.getByRole('button', { name: msg('guidelines.later') }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    fireEvent.change(box(), { target: { value: 'hello' } })
    fireEvent.click(send())
    expect((await screen.findByRole('alert')).textContent).toBe(msg('guidelines.mustAccept'))
    expect(c.callsOf('postMessage')).toEqual([])
    fireEvent.click(screen.getByRole('button', { name: msg('guidelines.review') }))
    await screen.findByRole('dialog', { name: msg('guidelines.gateTitle') })
  })

  it('comes back when moderators publish a new version', async () => {
    const c = setup(true)
    await screen.findByText('message 1', { selector: 'bdi' })
    expect(screen.queryByRole('dialog')).toBeNull()
    c.handlers.getGuidelines = () => ({ version: 3, text: 'Be kind. Version three.', by: 'd'.repeat(64), time: 0, accepted: false })
    act(() => c.emit('room.changed', { roomId: ROOM, messageCount: 2, unread: 0 }))
    const gate = await screen.findByRole('dialog', { name: msg('guidelines.gateTitle') }, { timeout: 3000 })
    expect(gate.textContent).toContain('Version three.')
  })
})
