import type { Result, RoomSummary } from '../../../src/shared/api/index.ts'
import { ME, MOD_KEY, OTHER, ROOM } from './fakeClient.ts'
import type { FakeRoomClient } from './fakeClient.ts'

/** A private conversation's id (z-base-32, 52 characters), opened from ROOM. */
export const CONV = 'y'.repeat(52)

type Request = Result<'listSupportRequests'>['requests'][number]

/** A support request in ROOM, waiting unless patched. */
export function request(patch: Partial<Request> = {}): Request {
  return {
    requestId: `${OTHER}-4`,
    requester: OTHER,
    requesterName: 'River',
    note: 'I am having a hard night',
    time: Date.UTC(2026, 10, 24, 22, 0),
    acceptedBy: null,
    conversationRoomId: null,
    ...patch
  }
}

/**
 * Give the fake engine a private conversation CONV beside ROOM: listRooms holds both; getRoom,
 * listMembers and getMessages answer per room. `state.ended` can be flipped by a test (or by
 * endConversation).
 */
export function withConversation(c: FakeRoomClient, state: { ended: boolean; present: boolean } = { ended: false, present: true }) {
  const roomSummary = c.handlers.listRooms({}) as { rooms: RoomSummary[] }
  const room = roomSummary.rooms[0]
  const conversation = (): RoomSummary => ({
    ...room,
    roomId: CONV,
    name: 'Private conversation',
    messageCount: 0,
    kind: 'private',
    fromRoomId: ROOM,
    ...(state.ended ? { ended: true as const } : {})
  })
  const base = { listRooms: c.handlers.listRooms, getRoom: c.handlers.getRoom, listMembers: c.handlers.listMembers, getMessages: c.handlers.getMessages }
  c.handlers.listRooms = (p) => {
    const { rooms } = base.listRooms(p) as { rooms: RoomSummary[] }
    return { rooms: state.present ? [...rooms, conversation()] : rooms }
  }
  c.handlers.getRoom = (p) =>
    p.roomId === CONV ? { ...conversation(), owner: MOD_KEY, memberCount: 2, skipped: 0, viewHash: 'y', moves: [], pins: [] } : base.getRoom(p)
  c.handlers.listMembers = (p) =>
    p.roomId === CONV
      ? {
          members: [
            { memberId: ME, displayName: 'Me', posts: 0, blocked: false, muted: false, approved: true },
            { memberId: OTHER, displayName: 'River', posts: 0, blocked: false, muted: false, approved: true }
          ]
        }
      : base.listMembers(p)
  c.handlers.getMessages = (p) => (p.roomId === CONV ? { messages: [], hasMore: false } : base.getMessages(p))
  c.handlers.endConversation = () => {
    state.ended = true
    return { ok: true }
  }
  return state
}
