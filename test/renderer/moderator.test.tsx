// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { ModConsole } from '../../src/renderer/src/moderator/ModConsole.tsx'
import { RoomScreen } from '../../src/renderer/src/screens/RoomScreen.tsx'
import { msg } from './helpers/msg.ts'
import { ME, OTHER, ROOM, TROLL, fakeRoom, message } from './helpers/fakeClient.ts'
import type { ModMethod } from '../../src/renderer/src/client/moderation.ts'
import { renderWith } from './helpers/render.tsx'

afterEach(() => {
  cleanup()
  localStorage.clear()
})

const ALL: ModMethod[] = [
  'blockMember',
  'unblockMember',
  'muteMember',
  'unmuteMember',
  'approveMember',
  'hideMessage',
  'unhideMessage',
  'listReports',
  'resolveReport',
  'getModerationLog',
  'setGuidelines',
  'getGuidelines',
  'setRoomSettings',
  'getRoomSettings',
  'setResources',
  'getHelp',
  'reportMessage'
]

function engine(supported = ALL) {
  const members = [
    { memberId: ME, displayName: 'Me', posts: 3, blocked: false, muted: false, approved: true },
    { memberId: OTHER, displayName: 'River', posts: 5, blocked: false, muted: true, approved: true },
    { memberId: TROLL, displayName: 'Troll', posts: 9, blocked: false, muted: false, approved: false }
  ]
  const c = fakeRoom({ count: 3, moderator: true, members, supported, make: (i) => message(i === 1 ? TROLL : OTHER, i) })
  for (const m of [
    'blockMember',
    'unblockMember',
    'muteMember',
    'unmuteMember',
    'approveMember',
    'hideMessage',
    'unhideMessage',
    'resolveReport',
    'setGuidelines',
    'setRoomSettings',
    'setResources',
    'revokeInvite',
    'reportMessage'
  ]) {
    c.handlers[m] = () => ({ ok: true })
  }
  c.handlers.listReports = () => ({
    reports: [{ reportId: `${OTHER}-7`, reporter: OTHER, messageId: `${TROLL}-1`, reason: 'Harassment or bullying', time: 0, resolved: null }]
  })
  c.handlers.getMessage = (p) => ({ message: message(TROLL, 1, { id: String(p.messageId), text: 'you are worthless' }) })
  c.handlers.getModerationLog = () => ({ entries: [{ by: 'd'.repeat(64), action: 'block', target: TROLL, reason: 'harassment', time: 0 }] })
  c.handlers.getRoomSettings = () => ({ joinMode: 'open', slowModeSeconds: 0 })
  c.handlers.listInvites = () => ({ invites: [{ inviteId: 'f'.repeat(32), issuer: 'd'.repeat(64), revoked: false, uses: 2 }] })
  c.handlers.getGuidelines = () => ({ version: 1, text: 'Be kind.', accepted: true })
  c.handlers.getHelp = () => ({ room: [], directory: [] })
  return c
}
const go = vi.fn()
const consoleAt = (tab: string, c = engine()) => {
  renderWith(<ModConsole roomId={ROOM} tab={tab} go={go} />, c)
  return c
}

describe('moderator console', () => {
  it('blocks a member with a reason', async () => {
    const c = consoleAt('members')
    fireEvent.click(await screen.findByRole('button', { name: msg('mod.blockNamed', { name: 'Troll' }) }))
    const d = await screen.findByRole('dialog', { name: msg('mod.blockTitle', { name: 'Troll' }) })
    fireEvent.change(within(d).getByLabelText(msg('mod.reason')), { target: { value: 'harassment' } })
    fireEvent.click(within(d).getByRole('button', { name: msg('mod.block') }))
    await waitFor(() => expect(c.callsOf('blockMember')).toEqual([{ roomId: ROOM, memberId: TROLL, reason: 'harassment' }]))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })

  it('unmutes, mutes and approves; never offers actions on yourself', async () => {
    const c = consoleAt('members')
    fireEvent.click(await screen.findByRole('button', { name: msg('mod.unmuteNamed', { name: 'River' }) }))
    await waitFor(() => expect(c.callsOf('unmuteMember')).toEqual([{ roomId: ROOM, memberId: OTHER }]))
    fireEvent.click(screen.getByRole('button', { name: msg('mod.approveNamed', { name: 'Troll' }) }))
    await waitFor(() => expect(c.callsOf('approveMember')).toEqual([{ roomId: ROOM, memberId: TROLL }]))
    fireEvent.click(screen.getByRole('button', { name: msg('mod.muteNamed', { name: 'Troll' }) }))
    const d = await screen.findByRole('dialog')
    fireEvent.click(within(d).getByRole('button', { name: msg('mod.mute') }))
    await waitFor(() => expect(c.callsOf('muteMember')).toEqual([{ roomId: ROOM, memberId: TROLL, reason: '' }]))
    const mine = document.querySelector(`[data-member-id="${ME}"]`)!
    expect(within(mine as HTMLElement).queryAllByRole('button')).toHaveLength(0)
  })

  it('reads reports; hides the reported post and closes the report, or dismisses it', async () => {
    const c = consoleAt('reports')
    await screen.findByText('you are worthless', { selector: 'bdi' })
    fireEvent.click(screen.getByRole('button', { name: msg('mod.hideAndResolve') }))
    await waitFor(() => expect(c.callsOf('hideMessage')).toEqual([{ roomId: ROOM, messageId: `${TROLL}-1`, reason: 'Harassment or bullying' }]))
    await waitFor(() => expect(c.callsOf('resolveReport')).toEqual([{ roomId: ROOM, reportId: `${OTHER}-7`, outcome: 'actioned' }]))
    fireEvent.click(screen.getByRole('button', { name: msg('mod.dismiss') }))
    await waitFor(() => expect(c.callsOf('resolveReport')[1]).toEqual({ roomId: ROOM, reportId: `${OTHER}-7`, outcome: 'dismissed' }))
  })

  it('revokes an invite after confirmation', async () => {
    const c = consoleAt('invites')
    fireEvent.click(await screen.findByRole('button', { name: msg('mod.revoke') }))
    const d = await screen.findByRole('dialog')
    fireEvent.click(within(d).getByRole('button', { name: msg('mod.revoke') }))
    await waitFor(() => expect(c.callsOf('revokeInvite')).toEqual([{ roomId: ROOM, inviteId: 'f'.repeat(32) }]))
  })

  it('publishes guidelines, saves room settings, shows the log', async () => {
    const c = consoleAt('guidelines')
    const text = await screen.findByLabelText(msg('mod.guidelinesText'))
    await waitFor(() => expect((text as HTMLTextAreaElement).value).toBe('Be kind.'))
    fireEvent.change(text, { target: { value: 'Be kind. Be brave.' } })
    fireEvent.click(screen.getByRole('button', { name: msg('mod.publish') }))
    await waitFor(() => expect(c.callsOf('setGuidelines')).toEqual([{ roomId: ROOM, text: 'Be kind. Be brave.' }]))
    cleanup()
    const c2 = consoleAt('settings')
    await waitFor(() => expect(c2.callsOf('getRoomSettings')).toHaveLength(1))
    await new Promise((resolve) => setTimeout(resolve, 20))
    fireEvent.click(await screen.findByLabelText(msg('mod.joinApproval')))
    fireEvent.change(screen.getByLabelText(msg('mod.slowMode')), { target: { value: '30' } })
    fireEvent.click(screen.getByRole('button', { name: msg('common.save') }))
    await waitFor(() => expect(c2.callsOf('setRoomSettings')).toEqual([{ roomId: ROOM, joinMode: 'approval', slowModeSeconds: 30 }]))
    cleanup()
    consoleAt('log')
    expect(await screen.findByText('harassment')).toBeTruthy()
  })

  it('tabs are keyboard-operable', async () => {
    consoleAt('members')
    const tab = await screen.findByRole('tab', { name: msg('mod.tab.members') })
    expect(tab.getAttribute('aria-selected')).toBe('true')
    fireEvent.keyDown(tab, { key: 'ArrowDown' })
    expect(go).toHaveBeenLastCalledWith({ name: 'moderate', roomId: ROOM, tab: 'reports' })
  })

  it('explains a tool the engine does not have yet', async () => {
    const c = engine()
    delete c.handlers.listReports
    consoleAt('reports', c)
    expect((await screen.findByRole('alert')).textContent).toBe(msg('errors.notSupported'))
  })
})

describe('moderating from the room', () => {
  it('hides a post with a reason; members can report one', async () => {
    const c = engine()
    renderWith(<RoomScreen roomId={ROOM} go={go} onHelp={() => {}} />, c)
    await screen.findByText('message 1', { selector: 'bdi' })
    const troll = document.querySelector(`[data-message-id="${TROLL}-1"]`) as HTMLElement
    fireEvent.click(within(troll).getByRole('button', { name: msg('message.hide') }))
    const d = await screen.findByRole('dialog', { name: msg('mod.hideMessage') })
    fireEvent.change(within(d).getByLabelText(msg('mod.reason')), { target: { value: 'cruel' } })
    fireEvent.click(within(d).getByRole('button', { name: msg('message.hide') }))
    await waitFor(() => expect(c.callsOf('hideMessage')).toEqual([{ roomId: ROOM, messageId: `${TROLL}-1`, reason: 'cruel' }]))
    fireEvent.click(within(troll).getByRole('button', { name: msg('message.report') }))
    const r = await screen.findByRole('dialog', { name: msg('report.title') })
    fireEvent.click(within(r).getByLabelText(msg('report.reasons')[2]))
    fireEvent.click(within(r).getByRole('button', { name: msg('report.submit') }))
    await waitFor(() => expect(c.callsOf('reportMessage')).toEqual([{ roomId: ROOM, messageId: `${TROLL}-1`, reason: msg('report.reasons')[2] }]))
    await screen.findByText(msg('report.sent'))
  })
})
