// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { RoomScreen } from '../../src/renderer/src/screens/RoomScreen.tsx'
import { ModConsole } from '../../src/renderer/src/moderator/ModConsole.tsx'
import { msg } from './helpers/msg.ts'
import { ME, OTHER, ROOM, TROLL, fakeRoom, message } from './helpers/fakeClient.ts'
import { renderWith } from './helpers/render.tsx'

afterEach(() => {
  cleanup()
  localStorage.clear()
})

describe('"Your reports"', () => {
  it('shows each report received, then resolved with the moderator’s note', async () => {
    const c = fakeRoom({ count: 2 })
    const report = (n: number, patch: object) => ({
      reportId: `${ME}-${n}`,
      messageId: `${TROLL}-${n}`,
      reason: `Harassment or bullying ${n}`,
      time: Date.UTC(2026, 10, 24, 9, n),
      status: 'received' as const,
      outcome: null,
      note: null,
      ...patch
    })
    c.handlers.listMyReports = () => ({
      reports: [report(1, { status: 'resolved', outcome: 'actioned', note: 'Thank you for telling us. We hid it and spoke to them.' }), report(2, {})]
    })
    renderWith(<RoomScreen roomId={ROOM} go={() => {}} onHelp={() => {}} />, c)
    fireEvent.click(await screen.findByRole('button', { name: msg('room.options') }))
    fireEvent.click(screen.getByRole('menuitem', { name: msg('myReports.menu') }))
    const d = await screen.findByRole('dialog', { name: msg('myReports.title') })
    const rows = await within(d).findAllByRole('listitem')
    // newest first: the open one, then the resolved one with its note
    expect(rows.map((r) => r.getAttribute('data-report-id'))).toEqual([`${ME}-2`, `${ME}-1`])
    expect(within(rows[0]).getByText(msg('myReports.received'))).toBeTruthy()
    expect(within(rows[0]).queryByText(msg('myReports.note'))).toBeNull()
    expect(within(rows[1]).getByText(msg('myReports.resolved.actioned'))).toBeTruthy()
    expect(within(rows[1]).getByText('Thank you for telling us. We hid it and spoke to them.')).toBeTruthy()
    expect(c.callsOf('listMyReports')).toEqual([{ roomId: ROOM }])
  })

  it('says when there are none', async () => {
    const c = fakeRoom({ count: 1 })
    renderWith(<RoomScreen roomId={ROOM} go={() => {}} onHelp={() => {}} />, c)
    fireEvent.click(await screen.findByRole('button', { name: msg('room.options') }))
    fireEvent.click(screen.getByRole('menuitem', { name: msg('myReports.menu') }))
    const d = await screen.findByRole('dialog', { name: msg('myReports.title') })
    expect(await within(d).findByText(msg('myReports.empty'))).toBeTruthy()
  })
})

describe('a moderator closes a report with a note to the reporter', () => {
  it('sends the note with the outcome, and none when left empty', async () => {
    const c = fakeRoom({ count: 2, moderator: true })
    c.handlers.listReports = () => ({
      reports: [
        { reportId: `${OTHER}-7`, reporter: OTHER, messageId: `${TROLL}-1`, reason: 'Spam', time: 0, resolved: null },
        { reportId: `${OTHER}-8`, reporter: OTHER, messageId: `${TROLL}-1`, reason: 'Spam again', time: 1, resolved: null }
      ],
      unreadable: 0
    })
    c.handlers.getMessage = (p) => ({ message: message(TROLL, 1, { id: String(p.messageId), text: 'buy now' }) })
    c.handlers.resolveReport = () => ({ ok: true })
    renderWith(<ModConsole roomId={ROOM} tab="reports" go={() => {}} />, c)
    await screen.findAllByText('buy now', { selector: 'bdi' })
    const [first, second] = [...document.querySelectorAll<HTMLElement>('[data-report-id]')]
    fireEvent.change(within(first).getByLabelText(msg('mod.resolveNote')), { target: { value: ' Thanks, it was an ad. ' } })
    fireEvent.click(within(first).getByRole('button', { name: msg('mod.dismiss') }))
    await waitFor(() =>
      expect(c.callsOf('resolveReport')).toEqual([{ roomId: ROOM, reportId: `${OTHER}-7`, outcome: 'dismissed', note: 'Thanks, it was an ad.' }])
    )
    fireEvent.click(within(second).getByRole('button', { name: msg('mod.dismiss') }))
    await waitFor(() => expect(c.callsOf('resolveReport')[1]).toEqual({ roomId: ROOM, reportId: `${OTHER}-8`, outcome: 'dismissed' }))
  })
})
