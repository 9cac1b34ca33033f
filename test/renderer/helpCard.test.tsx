// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { HelpCard } from '../../src/renderer/src/components/HelpCard.tsx'
import { msg } from './helpers/msg.ts'
import { fakeRoom } from './helpers/fakeClient.ts'
import { renderWith } from './helpers/render.tsx'

afterEach(cleanup)

function show(props: Partial<Parameters<typeof HelpCard>[0]>, region = 'GB') {
  const onOpenHelp = vi.fn()
  const onDismiss = vi.fn()
  renderWith(<HelpCard level="concern" onOpenHelp={onOpenHelp} onDismiss={onDismiss} {...props} />, fakeRoom(), { region })
  return { onOpenHelp, onDismiss }
}
const links = () => screen.queryAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])

describe('HelpCard', () => {
  it('shows nothing for none', () => {
    show({ level: 'none' })
    expect(screen.queryByRole('region')).toBeNull()
  })

  it('concern: gentle words, no emergency call first', () => {
    const { onOpenHelp, onDismiss } = show({ level: 'concern' })
    const card = screen.getByRole('region', { name: msg('helpCard.title') })
    expect(card.dataset.grade).toBe('concern')
    expect(card.textContent).toContain(msg('helpCard.body'))
    expect(card.textContent).not.toContain(msg('helpCard.urgent'))
    expect(links()).toEqual([])
    fireEvent.click(screen.getByRole('button', { name: msg('helpCard.open') }))
    fireEvent.click(screen.getByRole('button', { name: msg('helpCard.dismiss') }))
    expect(onOpenHelp).toHaveBeenCalledOnce()
    expect(onDismiss).toHaveBeenCalledOnce()
  })

  it('urgent: leads with the region’s emergency number, then its crisis line', () => {
    show({ level: 'urgent' }, 'GB')
    const card = screen.getByRole('region', { name: msg('helpCard.title') })
    expect(card.dataset.grade).toBe('urgent')
    expect(links()).toEqual([
      [msg('helpCard.callEmergency', { number: '999' }), 'tel:999'],
      [msg('helpCard.callLine', { name: 'Samaritans', number: '116 123' }), 'tel:116123']
    ])
    // the call comes before the gentle body text
    expect(card.textContent!.indexOf(msg('helpCard.urgent'))).toBeLessThan(card.textContent!.indexOf(msg('helpCard.body')))
  })

  it('urgent in a region with a line but no confirmed emergency number, and in no region at all', () => {
    show({ level: 'urgent' }, 'CH')
    expect(screen.getByText(msg('helpCard.noEmergency'))).toBeTruthy()
    expect(links()).toEqual([
      [msg('helpCard.callLine', { name: 'Die Dargebotene Hand / La Main Tendue / Telefono Amico (Tel 143)', number: '143' }), 'tel:143']
    ])
    cleanup()
    show({ level: 'urgent' }, '')
    expect(screen.getByText(msg('helpCard.noEmergency'))).toBeTruthy()
    expect(screen.getByText(msg('helpCard.noLine'))).toBeTruthy()
    expect(links()).toEqual([])
  })

  it('someone else: words for helping them, and for urgent the numbers to call for them', () => {
    show({ level: 'concern', about: 'other' }, 'DE')
    expect(screen.getByRole('region', { name: msg('helpCard.otherTitle') }).dataset.about).toBe('other')
    expect(screen.getByRole('button', { name: msg('helpCard.openOther') })).toBeTruthy()
    cleanup()
    show({ level: 'urgent', about: 'other' }, 'DE')
    const card = screen.getByRole('region', { name: msg('helpCard.otherTitle') })
    expect(card.textContent).toContain(msg('helpCard.otherUrgent'))
    expect(links()[0]).toEqual([msg('helpCard.callEmergency', { number: '112' }), 'tel:112'])
  })
})
