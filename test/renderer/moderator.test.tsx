// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { ModConsole } from '../../src/renderer/src/moderator/ModConsole.tsx'
import { RoomScreen } from '../../src/renderer/src/screens/RoomScreen.tsx'
import { msg } from './helpers/msg.ts'
import { ME, OTHER, ROOM, TROLL, fakeRoom, message } from './helpers/fakeClient.ts'
import { ErrorCode, HearthError } from '../../src/shared/api/index.ts'
import { fingerprint } from '../../src/shared/fingerprint.ts'
import { renderWith } from './helpers/render.tsx'

afterEach(() => {
  cleanup()
  localStorage.clear()
})

function engine() {
  const members = [
    { memberId: ME, displayName: 'Me', posts: 3, blocked: false, muted: false, approved: true },
    { memberId: OTHER, displayName: 'River', posts: 5, blocked: false, muted: true, approved: true },
    { memberId: TROLL, displayName: 'Troll', posts: 9, blocked: false, muted: false, approved: false }
  ]
  const c = fakeRoom({ count: 3, moderator: true, members, make: (i) => message(i === 1 ? TROLL : OTHER, i) })
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
    'reportMessage',
    'rekeyRoom'
  ]) {
    c.handlers[m] = () => ({ ok: true })
  }
  c.handlers.reportMessage = () => ({ reportId: `${ME}-12` })
  c.handlers.setGuidelines = () => ({ version: 2 })
  c.handlers.listReports = () => ({
    reports: [{ reportId: `${OTHER}-7`, reporter: OTHER, messageId: `${TROLL}-1`, reason: 'Harassment or bullying', time: 0, resolved: null }],
    unreadable: 0
  })
  c.handlers.getMessage = (p) => ({ message: message(TROLL, 1, { id: String(p.messageId), text: 'you are worthless' }) })
  c.handlers.getModerationLog = () => ({ entries: [{ by: 'd'.repeat(64), action: 'block', target: TROLL, reason: 'harassment', time: 0 }] })
  c.handlers.getRoomSettings = () => ({ joinMode: 'open', slowModeSeconds: 0 })
  const invite = (id: string, more: object) => ({
    inviteId: id.repeat(32),
    issuer: 'd'.repeat(64),
    label: null,
    createdAt: Date.UTC(2026, 10, 1, 12),
    expires: null,
    maxUses: null,
    revoked: false,
    uses: 0,
    invite: `${id}-full-invite`,
    link: `hearth://i/${id}-short`,
    usable: true,
    ...more
  })
  c.handlers.listInvites = () => ({
    invites: [
      invite('f', { label: 'for Sam', uses: 2, expires: Date.UTC(2026, 11, 8, 12) }),
      invite('e', { label: 'for the Tuesday group', maxUses: 3, uses: 3, usable: false })
    ]
  })
  c.handlers.createInvite = (p) => ({
    invite: 'new-invite',
    inviteId: 'a'.repeat(32),
    link: 'hearth://i/new-short',
    expires: null,
    maxUses: (p.maxUses as number) ?? null
  })
  c.handlers.getGuidelines = () => ({ version: 1, text: 'Be kind.', by: 'd'.repeat(64), time: 0, accepted: true })
  c.handlers.getHelp = () => ({ room: [], directory: [], region: null, emergency: null, note: '' })
  c.handlers.listModerators = () => ({ owner: 'd'.repeat(64), moderators: [] })
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
    // the room moves to new keys in the same step, unless the moderator unticks it
    await waitFor(() => expect(c.callsOf('rekeyRoom')).toEqual([{ roomId: ROOM }]))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })

  it('blocks without moving the room when the moderator unticks the move', async () => {
    const c = consoleAt('members')
    fireEvent.click(await screen.findByRole('button', { name: msg('mod.blockNamed', { name: 'Troll' }) }))
    const d = await screen.findByRole('dialog', { name: msg('mod.blockTitle', { name: 'Troll' }) })
    fireEvent.click(within(d).getByRole('checkbox', { name: msg('mod.blockMove') }))
    fireEvent.click(within(d).getByRole('button', { name: msg('mod.block') }))
    await waitFor(() => expect(c.callsOf('blockMember')).toHaveLength(1))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(c.callsOf('rekeyRoom')).toEqual([])
  })

  it('unmutes, mutes and approves; never offers actions on yourself', async () => {
    const c = consoleAt('members')
    fireEvent.click(await screen.findByRole('button', { name: msg('mod.unmuteNamed', { name: 'River' }) }))
    await waitFor(() => expect(c.callsOf('unmuteMember')).toEqual([{ roomId: ROOM, memberId: OTHER }]))
    // one action at a time: the buttons wait while the engine answers
    const approve = screen.getByRole('button', { name: msg('mod.approveNamed', { name: 'Troll' }) }) as HTMLButtonElement
    await waitFor(() => expect(approve.disabled).toBe(false))
    fireEvent.click(approve)
    await waitFor(() => expect(c.callsOf('approveMember')).toEqual([{ roomId: ROOM, memberId: TROLL }]))
    fireEvent.click(screen.getByRole('button', { name: msg('mod.muteNamed', { name: 'Troll' }) }))
    const d = await screen.findByRole('dialog')
    fireEvent.click(within(d).getByRole('button', { name: msg('mod.mute') }))
    // a mute is chosen as a duration (an hour unless changed), in minutes
    await waitFor(() => expect(c.callsOf('muteMember')).toEqual([{ roomId: ROOM, memberId: TROLL, reason: '', minutes: 60 }]))
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

  it('lists invites by label, copies one again, says which are used up', async () => {
    consoleAt('invites')
    const sam = (await screen.findByText('for Sam')).closest('li')!
    expect(sam.textContent).toContain(msg('mod.uses', { count: 2 }))
    fireEvent.click(within(sam).getByRole('button', { name: msg('invite.copyAgain') }))
    expect((within(sam).getByLabelText(msg('invite.link')) as HTMLTextAreaElement).value).toBe('hearth://i/f-short')
    const group = screen.getByText('for the Tuesday group').closest('li')!
    expect(group.textContent).toContain(msg('invite.ended.usedUp'))
    // nothing to copy or revoke on an invite that admits nobody
    expect(within(group).queryByRole('button')).toBeNull()
  })

  it('makes an invite with a label, an expiry and a limit, and shows its link', async () => {
    const c = consoleAt('invites')
    fireEvent.change(await screen.findByLabelText(msg('invite.label')), { target: { value: 'for Kim' } })
    fireEvent.change(screen.getByLabelText(msg('invite.expiry')), { target: { value: '1' } })
    fireEvent.change(screen.getByLabelText(msg('invite.uses')), { target: { value: '1' } })
    fireEvent.click(screen.getByRole('button', { name: msg('invite.create') }))
    await waitFor(() => expect(c.callsOf('createInvite')).toEqual([{ roomId: ROOM, label: 'for Kim', expiresInDays: 1, maxUses: 1 }]))
    const links = await screen.findAllByLabelText(msg('invite.link'))
    expect(links.map((l) => (l as HTMLTextAreaElement).value)).toContain('hearth://i/new-short')
  })

  it('revokes an invite after confirmation', async () => {
    const c = consoleAt('invites')
    fireEvent.click((await screen.findAllByRole('button', { name: msg('mod.revoke') }))[0])
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
    // the next tool in its section (People), not the next of all tools: consoleSections.test covers the rest
    fireEvent.keyDown(tab, { key: 'ArrowDown' })
    expect(go).toHaveBeenLastCalledWith({ name: 'moderate', roomId: ROOM, tab: 'knocks' })
  })

  it('words an engine refusal by its reason, never with the engine English', async () => {
    const c = engine()
    c.handlers.listReports = () => {
      throw new HearthError(ErrorCode.NotAllowed, 'English for JSON-RPC users', { reason: 'reports_moderators_only' })
    }
    consoleAt('reports', c)
    expect((await screen.findByRole('alert', {}, { timeout: 3000 })).textContent).toBe(msg('error.reports_moderators_only'))
    expect(screen.queryByText(/English for JSON-RPC users/)).toBeNull()
  })

  it('words a reason it does not know by its JSON-RPC code', async () => {
    const c = engine()
    c.handlers.listInvites = () => {
      throw new HearthError(ErrorCode.Conflict, 'English for JSON-RPC users', { reason: 'a_reason_from_a_newer_engine' })
    }
    consoleAt('invites', c)
    expect((await screen.findByRole('alert', {}, { timeout: 3000 })).textContent).toBe(msg('errorCode.-32009'))
  })

  it('the log speaks in plain words, with names and fingerprints', async () => {
    consoleAt('log')
    const entry = await screen.findByText(msg('log.block', { target: msg('log.member', { name: 'Troll', digits: fingerprint(TROLL) }) }))
    expect(entry).toBeTruthy()
    expect(screen.getByText(msg('log.byOwner'))).toBeTruthy()
  })
})

describe('moderating from the room', () => {
  it('hides a post with a reason; members can report one', async () => {
    const c = engine()
    renderWith(<RoomScreen roomId={ROOM} go={go} onHelp={() => {}} />, c)
    await screen.findByText('message 1', { selector: 'bdi' })
    const troll = document.querySelector(`[data-message-id="${TROLL}-1"]`) as HTMLElement
    const menu = (item: string): void => {
      fireEvent.click(within(troll).getByRole('button', { name: msg('message.actionsFor', { name: 'Troll' }) }))
      fireEvent.click(screen.getByRole('menuitem', { name: item }))
    }
    menu(msg('message.hide'))
    const d = await screen.findByRole('dialog', { name: msg('mod.hideMessage') })
    fireEvent.change(within(d).getByLabelText(msg('mod.reason')), { target: { value: 'cruel' } })
    fireEvent.click(within(d).getByRole('button', { name: msg('message.hide') }))
    await waitFor(() => expect(c.callsOf('hideMessage')).toEqual([{ roomId: ROOM, messageId: `${TROLL}-1`, reason: 'cruel' }]))
    menu(msg('message.report'))
    const r = await screen.findByRole('dialog', { name: msg('report.title') })
    fireEvent.click(within(r).getByLabelText(msg('report.reason.spam')))
    fireEvent.click(within(r).getByRole('button', { name: msg('report.submit') }))
    await waitFor(() => expect(c.callsOf('reportMessage')).toEqual([{ roomId: ROOM, messageId: `${TROLL}-1`, reason: msg('report.reason.spam') }]))
    await screen.findByText(msg('report.sent'))
  })
})

describe('Invite people, offered in every room', () => {
  const openInvite = async (): Promise<HTMLElement> => {
    fireEvent.click(await screen.findByRole('button', { name: msg('room.options') }))
    fireEvent.click(screen.getByRole('menuitem', { name: msg('room.invite') }))
    return screen.findByRole('dialog', { name: msg('invite.title') })
  }

  it('lets a moderator make a link there', async () => {
    const c = engine()
    renderWith(<RoomScreen roomId={ROOM} go={go} onHelp={() => {}} />, c)
    const d = await openInvite()
    fireEvent.click(within(d).getByRole('button', { name: msg('invite.create') }))
    await waitFor(() => expect(c.callsOf('createInvite')).toEqual([{ roomId: ROOM, expiresInDays: 7 }]))
    expect(((await within(d).findByLabelText(msg('invite.link'))) as HTMLTextAreaElement).value).toBe('hearth://i/new-short')
  })

  it('tells a member who makes invites, instead of a button that fails', async () => {
    const c = fakeRoom({ count: 1, moderator: false })
    renderWith(<RoomScreen roomId={ROOM} go={go} onHelp={() => {}} />, c)
    const d = await openInvite()
    expect(within(d).getByText(msg('invite.askModerator'))).toBeTruthy()
    expect(within(d).queryByRole('button', { name: msg('invite.create') })).toBeNull()
  })
})
