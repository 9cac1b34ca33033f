import { onTestFinished } from 'vitest'
import { ErrorCode, HearthError, isMethodName, methods } from '../../../src/shared/api/index.ts'
import type { EventName, EventPayload, Message, MethodName, Params, Result } from '../../../src/shared/api/index.ts'
import type { ConnectionState, StatusClient } from '../../../src/renderer/src/client/status.ts'

/** The engine's search fold (src/p2p/api/search.ts; not imported: the renderer's tsconfig has no engine). */
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en')

const issues = (error: { issues: Array<{ path: PropertyKey[]; message: string }> }) =>
  error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ')

/**
 * An in-memory stand-in for the engine, for jsdom COMPONENT tests only (the e2e tests use real
 * engines). Handlers are plain functions per method; every call is recorded in `calls`.
 * Like the engine, it refuses params the contract refuses (InvalidParams). A handler whose result
 * breaks the contract's result schema is a broken fake: the call throws, and the test fails even
 * if the UI caught that error (the fake tests a UI against answers the engine never gives).
 */
export class FakeClient implements StatusClient {
  state: ConnectionState = { status: 'open' }
  calls: Array<{ method: string; params: Record<string, unknown> }> = []
  handlers: Record<string, (params: Record<string, unknown>) => unknown> = {}
  /** Results that broke the contract, one line each. */
  violations: string[] = []
  private listeners = new Map<string, Set<(p: unknown) => void>>()

  constructor() {
    onTestFinished(() => {
      if (this.violations.length) throw new Error(`the fake engine broke the API contract:\n${this.violations.join('\n')}`)
    })
  }

  call<M extends MethodName>(method: M, params: Params<M>): Promise<Result<M>> {
    return this.callRaw(method, params) as Promise<Result<M>>
  }

  async callRaw(method: string, params: unknown): Promise<unknown> {
    const p = (params ?? {}) as Record<string, unknown>
    this.calls.push({ method, params: p })
    if (!isMethodName(method)) throw new HearthError(ErrorCode.MethodNotFound, `Unknown method "${method}".`)
    const parsed = methods[method].params.safeParse(p)
    if (!parsed.success) throw new HearthError(ErrorCode.InvalidParams, `Invalid params for ${method}: ${issues(parsed.error)}`)
    const h = this.handlers[method]
    if (!h) throw new HearthError(ErrorCode.MethodNotFound, `no ${method} in the fake engine`)
    await Promise.resolve()
    const result = structuredClone(await h(parsed.data as Record<string, unknown>))
    const checked = methods[method].result.safeParse(result)
    if (!checked.success) {
      const violation = `${method} returned ${JSON.stringify(result)?.slice(0, 300)}: ${issues(checked.error)}`
      this.violations.push(violation)
      throw new Error(`the fake engine broke the API contract: ${violation}`)
    }
    return result
  }

  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    let set = this.listeners.get(event)
    if (!set) {
      set = new Set()
      this.listeners.set(event, set)
    }
    set.add(listener as (p: unknown) => void)
    return () => {
      set.delete(listener as (p: unknown) => void)
    }
  }

  onStatus(): () => void {
    return () => {}
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const fn of this.listeners.get(event) ?? []) fn(payload)
  }

  callsOf(method: string): Array<Record<string, unknown>> {
    return this.calls.filter((c) => c.method === method).map((c) => c.params)
  }
}

export const ROOM = 'ybndrfg8ejkmcpqxot1uwisza345h769ybndrfg8ejkmcpqxot1u'
export const ME = 'a'.repeat(64)
export const OTHER = 'b'.repeat(64)
export const TROLL = 'c'.repeat(64)
export const MOD_KEY = 'd'.repeat(64)

export function message(author: string, seq: number, patch: Partial<Message> = {}): Message {
  return {
    id: `${author}-${seq}`,
    author,
    authorName: author === ME ? 'Me' : author === OTHER ? 'River' : 'Troll',
    text: `message ${seq}`,
    contentWarning: null,
    replyTo: null,
    time: Date.UTC(2026, 10, 24, 9, 0, 0) + seq * 60_000,
    editedTime: null,
    deleted: false,
    hidden: false,
    hiddenReason: null,
    index: seq,
    ...patch
  }
}

export interface RoomOptions {
  count?: number
  /** Build message i (0 = oldest); messages are generated on demand, so 100k cost nothing. */
  make?: (i: number) => Message
  moderator?: boolean
  guidelines?: { version: number; text: string; accepted: boolean } | null
  members?: Array<Result<'listMembers'>['members'][number]>
}

type FakePresence = Omit<EventPayload<'room.presence'>, 'roomId'>
export type FakeRoomClient = FakeClient & { room: { count: number; extra: Message[] }; presence: FakePresence }

/** A fake engine with one room whose messages are generated from their position. */
export function fakeRoom(opts: RoomOptions = {}): FakeRoomClient {
  const c = new FakeClient() as FakeRoomClient
  c.presence = { online: 1, typing: 0, moderatorsOnDuty: 0, onDuty: false }
  const make = opts.make ?? ((i: number) => message(i % 2 === 0 ? OTHER : ME, i))
  c.room = { count: opts.count ?? 0, extra: [] }
  const at = (i: number): Message => (i < (opts.count ?? 0) ? make(i) : c.room.extra[i - (opts.count ?? 0)])
  const indexOf = (id: string): number => {
    for (let i = c.room.count - 1; i >= Math.max(0, c.room.count - 2000); i--) if (at(i).id === id) return i
    const seq = Number(id.split('-')[1])
    return Number.isFinite(seq) && seq < c.room.count && at(seq).id === id ? seq : -1
  }
  const summary = () => ({
    roomId: ROOM,
    name: 'Quiet harbour',
    messageCount: c.room.count,
    unread: 0,
    peers: 1,
    writable: true,
    isModerator: opts.moderator ?? false,
    isOwner: opts.moderator ?? false,
    state: 'ready' as const,
    kind: 'room' as const
  })
  c.handlers = {
    listRooms: () => ({ rooms: [summary()] }),
    getRoomLife: () => ({ welcome: null, sessions: [], pins: [], verified: { members: [], resources: [] } }),
    getRoom: () => ({ ...summary(), owner: MOD_KEY, memberCount: 2, skipped: 0, viewHash: 'x', moves: [], pins: [] }),
    whoami: () => ({ memberId: ME, displayName: 'Me', moderatorKey: opts.moderator ? MOD_KEY : null, writable: true }),
    listMembers: () => ({ members: opts.members ?? [] }),
    markRead: () => ({ ok: true }),
    getMessages: (p) => {
      const limit = Number(p.limit ?? 50)
      const end = typeof p.before === 'string' ? indexOf(p.before) : c.room.count
      const start = Math.max(0, end - limit)
      const messages: Message[] = []
      for (let i = start; i < end; i++) messages.push(at(i))
      return { messages, hasMore: start > 0 }
    },
    listSupportRequests: () => ({ requests: [], unreadable: 0 }),
    listMyReports: () => ({ reports: [] }),
    getPresence: () => ({ ...c.presence }),
    setPresence: (p) => {
      if (p.onDuty === true && !opts.moderator) throw new HearthError(ErrorCode.NotAllowed, 'not a moderator in the fake engine')
      if (typeof p.onDuty === 'boolean') c.presence.onDuty = p.onDuty
      return { ok: true }
    },
    // as the engine searches (src/p2p/api/search.ts): every word, in the text or content warning,
    // case- and accent-insensitive; newest first; withheld, deleted and held posts are not searched
    searchMessages: (p) => {
      const words = fold(String(p.query)).split(/\s+/).filter(Boolean)
      const limit = Number(p.limit ?? 50)
      const found: Message[] = []
      let scanned = 0
      for (let i = c.room.count - 1; i >= 0; i--) {
        const m = at(i)
        scanned++
        if (m.hidden || m.deleted || m.index < 0) continue
        if (!words.every((w) => fold(`${m.contentWarning ?? ''} ${m.text ?? ''}`).includes(w))) continue
        if (found.length === limit) return { messages: found, scanned, hasMore: true }
        found.push(m)
      }
      return { messages: found, scanned, hasMore: false }
    },
    postMessage: (p) => {
      const m = message(ME, c.room.count, {
        text: String(p.text),
        contentWarning: (p.contentWarning as string) ?? null,
        replyTo: (p.replyTo as string) ?? null
      })
      c.room.extra.push(m)
      c.room.count++
      return { messageId: m.id }
    }
  }
  if (opts.guidelines !== undefined) {
    let g = opts.guidelines
    // as the engine answers: who published them and when, or version 0 and nulls when there are none
    c.handlers.getGuidelines = () =>
      g ? { ...g, by: MOD_KEY, time: Date.UTC(2026, 10, 24) } : { version: 0, text: null, by: null, time: null, accepted: true }
    c.handlers.acceptGuidelines = (p) => {
      if (g) g = { ...g, accepted: p.version === g.version }
      return { ok: true }
    }
  }
  return c
}

/**
 * Append a message as if a peer posted it, and tell the UI like the engine would: with `carried`,
 * the event carries the post (room.changed `messages`), else it only says the room changed.
 */
export function peerPosts(c: ReturnType<typeof fakeRoom>, m: Message, opts: { carried?: boolean } = {}): void {
  c.room.extra.push(m)
  c.room.count++
  c.emit('room.changed', { roomId: ROOM, messageCount: c.room.count, unread: 1, ...(opts.carried ? { messages: [m] } : {}) })
}

/** Change presence as the engine would after hearing from peers, and tell the UI. */
export function peerPresence(c: FakeRoomClient, patch: Partial<FakePresence>): void {
  Object.assign(c.presence, patch)
  c.emit('room.presence', { roomId: ROOM, ...c.presence })
}
