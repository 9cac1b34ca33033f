// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { ModConsole } from '../../src/renderer/src/moderator/ModConsole.tsx'
import { fail } from '../../src/shared/api/errors.ts'
import { msg } from './helpers/msg.ts'
import { MOD_KEY, OTHER, ROOM, fakeRoom } from './helpers/fakeClient.ts'
import type { FakeRoomClient } from './helpers/fakeClient.ts'
import { renderWith } from './helpers/render.tsx'

afterEach(() => {
  cleanup()
  localStorage.clear()
})
const noop = () => {}
const SESSION = 'a1'.repeat(16)
// Tuesday 8 December 2026, 19:00 in New York (EST, UTC-5) is 00:00 UTC on the 9th
const TUESDAY_7PM_NY = Date.UTC(2026, 11, 9, 0, 0)

function engine(): FakeRoomClient {
  const c = fakeRoom({ moderator: true, members: [{ memberId: OTHER, displayName: 'River', posts: 5, blocked: false, muted: false, approved: true }] })
  const life = {
    welcome: { version: 2, text: 'Take your time here.', by: MOD_KEY, time: 0 },
    sessions: [
      { sessionId: SESSION, title: 'Tuesday check-in', start: TUESDAY_7PM_NY, minutes: 60, repeat: 'weekly', zone: 'America/New_York', note: null, by: MOD_KEY }
    ],
    pins: [],
    verified: { members: [], resources: [{ name: 'Night line', title: 'Crisis counsellor', by: MOD_KEY, time: 0 }] }
  }
  c.handlers.getRoomLife = () => life
  c.handlers.setWelcome = () => ({ version: 3 })
  c.handlers.scheduleSession = (p) => ({ sessionId: (p.sessionId as string) ?? 'b2'.repeat(16) })
  c.handlers.cancelSession = () => ({ ok: true })
  c.handlers.verifyProfessional = () => ({ ok: true })
  c.handlers.unverifyProfessional = () => ({ ok: true })
  c.handlers.getHelp = () => ({
    room: [{ name: 'Night line', phone: '0800 000', match: 'everywhere' }],
    directory: [],
    region: null,
    emergency: null,
    note: ''
  })
  c.handlers.getRoomSettings = () => ({ joinMode: 'approval', slowModeSeconds: 0, flood: null, lockdown: { joins: 5, window: 30 }, lockedDown: true })
  c.handlers.setRoomSettings = () => ({ ok: true })
  return c
}
const consoleAt = (tab: string, c = engine()) => {
  renderWith(<ModConsole roomId={ROOM} tab={tab} go={noop} />, c)
  return c
}
const change = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })

describe('moderator console: the welcome', () => {
  it('opens with the current welcome, saves the edit, and says what the engine refused in words', async () => {
    const c = consoleAt('welcome')
    const text = (await screen.findByLabelText(msg('mod.welcomeText'))) as HTMLTextAreaElement
    await waitFor(() => expect(text.value).toBe('Take your time here.'))
    expect(screen.getByText(msg('mod.welcomeVersion', { version: 2 }))).toBeTruthy()
    fireEvent.change(text, { target: { value: 'Welcome. Be gentle.' } })
    fireEvent.click(screen.getByRole('button', { name: msg('common.save') }))
    await waitFor(() => expect(c.callsOf('setWelcome')).toEqual([{ roomId: ROOM, text: 'Welcome. Be gentle.' }]))
    expect(await screen.findByText(msg('mod.welcomeSaved'))).toBeTruthy()
    c.handlers.setWelcome = () => {
      throw fail('not_moderator')
    }
    fireEvent.click(screen.getByRole('button', { name: msg('common.save') }))
    expect((await screen.findByRole('alert')).textContent).toBe(msg('error.not_moderator'))
  })
})

describe('moderator console: sessions', () => {
  it('lists a session at its next time here and in its zone; schedules a new one from a wall-clock time in a chosen zone', async () => {
    const c = consoleAt('sessions')
    expect(await screen.findByText('Tuesday check-in')).toBeTruthy()
    expect(screen.getByText(/in America\/New_York\)/)).toBeTruthy()
    change(msg('mod.sessionTitle'), 'Sunday art hour')
    change(msg('mod.sessionDate'), '2026-12-13')
    change(msg('mod.sessionTime'), '15:30')
    change(msg('mod.sessionZone'), 'Europe/Madrid')
    change(msg('mod.sessionMinutes'), '90')
    change(msg('mod.sessionRepeat'), 'fortnightly')
    fireEvent.click(screen.getByRole('button', { name: msg('mod.sessionSchedule') }))
    // 15:30 in Madrid in December (CET, UTC+1) is 14:30 UTC
    await waitFor(() =>
      expect(c.callsOf('scheduleSession')).toEqual([
        { roomId: ROOM, title: 'Sunday art hour', start: Date.UTC(2026, 11, 13, 14, 30), minutes: 90, repeat: 'fortnightly', zone: 'Europe/Madrid' }
      ])
    )
    expect(await screen.findByText(msg('mod.sessionScheduled'))).toBeTruthy()
  })

  it('edits a session in its own zone’s wall time, keeping its id; refuses a form without a time before asking the engine', async () => {
    const c = consoleAt('sessions')
    fireEvent.click(await screen.findByRole('button', { name: msg('mod.sessionEditButton', { title: 'Tuesday check-in' }) }))
    expect((screen.getByLabelText(msg('mod.sessionTime')) as HTMLInputElement).value).toBe('19:00')
    expect((screen.getByLabelText(msg('mod.sessionDate')) as HTMLInputElement).value).toBe('2026-12-08')
    expect((screen.getByLabelText(msg('mod.sessionZone')) as HTMLSelectElement).value).toBe('America/New_York')
    change(msg('mod.sessionTime'), '')
    fireEvent.click(screen.getByRole('button', { name: msg('common.save') }))
    expect((await screen.findByRole('alert')).textContent).toBe(msg('mod.sessionNeedsTime'))
    expect(c.callsOf('scheduleSession')).toEqual([])
    change(msg('mod.sessionTime'), '18:00')
    fireEvent.click(screen.getByRole('button', { name: msg('common.save') }))
    await waitFor(() => expect(c.callsOf('scheduleSession')).toEqual([expect.objectContaining({ sessionId: SESSION, start: TUESDAY_7PM_NY - 3_600_000 })]))
  })

  it('cancels a session after asking, and words a refusal from the engine', async () => {
    const c = consoleAt('sessions')
    c.handlers.cancelSession = () => {
      throw fail('session_not_found', { sessionId: SESSION })
    }
    fireEvent.click(await screen.findByRole('button', { name: msg('mod.sessionCancelButton', { title: 'Tuesday check-in' }) }))
    const dialog = await screen.findByRole('dialog', { name: msg('mod.sessionCancelTitle') })
    fireEvent.click(within(dialog).getByRole('button', { name: msg('mod.sessionCancelConfirm') }))
    expect((await within(dialog).findByRole('alert')).textContent).toContain(msg('error.session_not_found'))
    c.handlers.cancelSession = () => ({ ok: true })
    fireEvent.click(within(dialog).getByRole('button', { name: msg('mod.sessionCancelConfirm') }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(c.callsOf('cancelSession')).toEqual([
      { roomId: ROOM, sessionId: SESSION },
      { roomId: ROOM, sessionId: SESSION }
    ])
    expect(await screen.findByText(msg('mod.sessionCancelled'))).toBeTruthy()
  })
})

describe('moderator console: flood limits and lockdown', () => {
  it('says a wave locked the room down; turns flood limits on with their numbers, sending only what changed', async () => {
    const c = consoleAt('settings')
    expect(await screen.findByText(msg('mod.lockedDown'))).toBeTruthy()
    expect((screen.getByLabelText(msg('mod.lockdownJoins')) as HTMLInputElement).value).toBe('5')
    fireEvent.click(screen.getByLabelText(msg('mod.floodOn')))
    change(msg('mod.floodPosts'), '4')
    change(msg('mod.floodWindow'), '12')
    change(msg('mod.floodNewcomerPosts'), '1')
    change(msg('mod.floodNewcomerFor'), '30')
    fireEvent.click(screen.getByRole('button', { name: msg('common.save') }))
    await waitFor(() =>
      expect(c.callsOf('setRoomSettings')).toEqual([
        { roomId: ROOM, joinMode: 'approval', slowModeSeconds: 0, flood: { posts: 4, window: 12, newcomerPosts: 1, newcomerFor: 30 } }
      ])
    )
  })

  it('refuses limits that cannot hold, in words, before asking the engine; turning lockdown off sends null', async () => {
    const c = consoleAt('settings')
    await screen.findByText(msg('mod.lockedDown'))
    fireEvent.click(screen.getByLabelText(msg('mod.floodOn')))
    change(msg('mod.floodPosts'), '30')
    change(msg('mod.floodWindow'), '10')
    fireEvent.click(screen.getByRole('button', { name: msg('common.save') }))
    expect((await screen.findByRole('alert')).textContent).toBe(msg('mod.floodInvalid'))
    expect(c.callsOf('setRoomSettings')).toEqual([])
    fireEvent.click(screen.getByLabelText(msg('mod.floodOn')))
    fireEvent.click(screen.getByLabelText(msg('mod.lockdownOn')))
    fireEvent.click(screen.getByRole('button', { name: msg('common.save') }))
    await waitFor(() => expect(c.callsOf('setRoomSettings')).toEqual([{ roomId: ROOM, joinMode: 'approval', slowModeSeconds: 0, lockdown: null }]))
  })
})

describe('moderator console: verified professionals', () => {
  it('marks a member with a title, lifts a resource’s mark, and words a refusal', async () => {
    const c = consoleAt('verified')
    expect(await screen.findByText('Crisis counsellor')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: msg('mod.verifyMark') }))
    expect((await screen.findByRole('alert')).textContent).toBe(msg('mod.verifyNeedsMember'))
    await screen.findByRole('option', { name: 'River' })
    change(msg('mod.verifyWhichMember'), OTHER)
    change(msg('mod.verifyTitle'), 'Social worker')
    fireEvent.click(screen.getByRole('button', { name: msg('mod.verifyMark') }))
    await waitFor(() => expect(c.callsOf('verifyProfessional')).toEqual([{ roomId: ROOM, memberId: OTHER, title: 'Social worker' }]))
    expect(await screen.findByText(msg('mod.verified'))).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: msg('mod.verifyLift', { name: 'Night line' }) }))
    await waitFor(() => expect(c.callsOf('unverifyProfessional')).toEqual([{ roomId: ROOM, resource: 'Night line' }]))
    expect(await screen.findByText(msg('mod.verifyLifted'))).toBeTruthy()
    c.handlers.unverifyProfessional = () => {
      throw fail('not_verified')
    }
    fireEvent.click(screen.getByRole('button', { name: msg('mod.verifyLift', { name: 'Night line' }) }))
    expect((await screen.findByRole('alert')).textContent).toBe(msg('error.not_verified'))
  })
})
