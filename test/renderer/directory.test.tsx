// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { DirectoryScreen } from '../../src/renderer/src/directory/DirectoryScreen.tsx'
import { RoomsScreen } from '../../src/renderer/src/screens/RoomsScreen.tsx'
import type { Listing } from '../../src/renderer/src/directory/ListingCard.tsx'
import { ErrorCode, HearthError } from '../../src/shared/api/index.ts'
import { msg } from './helpers/msg.ts'
import { FakeClient, MOD_KEY } from './helpers/fakeClient.ts'
import { renderWith } from './helpers/render.tsx'

afterEach(() => {
  cleanup()
  localStorage.clear()
})

const listing = (n: number, patch: Partial<Listing> = {}): Listing => ({
  listingId: String(n).repeat(64).slice(0, 64),
  name: `Room ${n}`,
  description: `A place for room ${n}`,
  topics: ['grief'],
  languages: ['en'],
  timeZones: [],
  onDuty: false,
  members: '1-9',
  requireKnock: true,
  owner: MOD_KEY,
  updatedAt: Date.UTC(2026, 10, 30),
  ...patch
})

function directory(rooms: Listing[] = []) {
  const c = new FakeClient()
  c.handlers.searchDirectory = () => ({ rooms })
  c.handlers.listMyJoinRequests = () => ({ requests: [] })
  return c
}

describe('finding a room', () => {
  it('the empty room list offers "Find a room"', async () => {
    const c = new FakeClient()
    c.handlers.listRooms = () => ({ rooms: [] })
    c.handlers.listMyJoinRequests = () => ({ requests: [] })
    const go = vi.fn()
    renderWith(<RoomsScreen go={go} />, c)
    expect(await screen.findByText(msg('directory.emptyOffer'))).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: msg('directory.find') }))
    expect(go).toHaveBeenCalledWith({ name: 'directory' })
  })

  it('lists every listing at first, each as its owner describes it', async () => {
    const c = directory([
      listing(1, {
        name: 'Night owls',
        description: 'For sleepless nights',
        topics: ['sleep', 'night-owls'],
        languages: ['en', 'es'],
        onDuty: true,
        members: '10-49',
        timeZones: ['Europe/Madrid']
      }),
      listing(2, { requireKnock: false })
    ])
    renderWith(<DirectoryScreen go={() => {}} />, c)
    const card = (await screen.findByRole('heading', { name: 'Night owls' })).closest('li') as HTMLElement
    expect(c.callsOf('searchDirectory')).toEqual([{}])
    expect(within(card).getByText('For sleepless nights')).toBeTruthy()
    expect(
      within(within(card).getByRole('list', { name: msg('directory.topics') }))
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    ).toEqual(['sleep', 'night-owls'])
    expect(card.textContent).toContain(msg('directory.languages', { list: 'English and Spanish' }))
    expect(card.textContent).toContain(msg('directory.zones', { list: 'Europe/Madrid' }))
    expect(card.textContent).toContain(msg('directory.onDuty'))
    expect(card.textContent).toContain(msg('directory.members', { band: '10–49' }))
    expect(card.textContent).toContain(msg('directory.knock'))
    const other = screen.getByRole('heading', { name: 'Room 2' }).closest('li') as HTMLElement
    expect(other.textContent).toContain(msg('directory.open'))
    expect(other.textContent).toContain(msg('directory.offDuty'))
    expect(screen.getByText(msg('directory.results', { count: 2 }))).toBeTruthy()
  })

  it('searches by words, topic and language, and says when nothing matches', async () => {
    const c = directory([listing(1)])
    renderWith(<DirectoryScreen go={() => {}} />, c)
    await screen.findByRole('heading', { name: 'Room 1' })
    c.handlers.searchDirectory = () => ({ rooms: [] })
    fireEvent.change(screen.getByLabelText(msg('directory.words')), { target: { value: '  sleepless ' } })
    fireEvent.change(screen.getByLabelText(msg('directory.topic')), { target: { value: 'Night-Owls' } })
    fireEvent.change(screen.getByLabelText(msg('directory.language')), { target: { value: 'es' } })
    fireEvent.click(screen.getByRole('button', { name: msg('directory.search') }))
    await waitFor(() => expect(c.callsOf('searchDirectory').at(-1)).toEqual({ query: 'sleepless', topic: 'night-owls', language: 'es' }))
    expect(await screen.findByText(msg('directory.none'))).toBeTruthy()
    expect(screen.queryByRole('heading', { name: 'Room 1' })).toBeNull()
  })

  it('the same search again looks again', async () => {
    const c = directory([])
    renderWith(<DirectoryScreen go={() => {}} />, c)
    await screen.findByText(msg('directory.none'))
    c.handlers.searchDirectory = () => ({ rooms: [listing(3)] })
    fireEvent.click(screen.getByRole('button', { name: msg('directory.search') }))
    expect(await screen.findByRole('heading', { name: 'Room 3' })).toBeTruthy()
    expect(c.callsOf('searchDirectory')).toEqual([{}, {}])
  })

  it('words an offline device from the catalog, never the engine’s English', async () => {
    const c = new FakeClient()
    c.handlers.searchDirectory = () => {
      throw new HearthError(ErrorCode.Unavailable, 'engine English', { reason: 'directory_offline' })
    }
    renderWith(<DirectoryScreen go={() => {}} />, c)
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 })
    expect(alert.textContent).toBe(msg('error.directory_offline'))
  })
})
