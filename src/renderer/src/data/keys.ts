/**
 * Query keys. Everything about one room sits under ['room', roomId], so an engine event for that
 * room refreshes exactly the queries on screen for it (TanStack Query refetches active ones only).
 */
export const keys = {
  rooms: ['rooms'] as const,
  // under 'rooms': an answer to a knock comes with rooms.changed, which re-reads both
  myKnocks: ['rooms', 'knocks'] as const,
  room: (roomId: string) => ['room', roomId] as const,
  summary: (roomId: string) => ['room', roomId, 'summary'] as const,
  me: (roomId: string) => ['room', roomId, 'me'] as const,
  members: (roomId: string) => ['room', roomId, 'members'] as const,
  guidelines: (roomId: string) => ['room', roomId, 'guidelines'] as const,
  settings: (roomId: string) => ['room', roomId, 'settings'] as const,
  moderators: (roomId: string) => ['room', roomId, 'moderators'] as const,
  log: (roomId: string) => ['room', roomId, 'log'] as const,
  reports: (roomId: string) => ['room', roomId, 'reports'] as const,
  invites: (roomId: string) => ['room', roomId, 'invites'] as const,
  support: (roomId: string) => ['room', roomId, 'support'] as const,
  myReports: (roomId: string) => ['room', roomId, 'myReports'] as const,
  knocks: (roomId: string) => ['room', roomId, 'knocks'] as const,
  life: (roomId: string) => ['room', roomId, 'life'] as const,
  lists: (roomId: string) => ['room', roomId, 'lists'] as const,
  unanswered: (roomId: string, minutes: number) => ['room', roomId, 'unanswered', minutes] as const,
  message: (roomId: string, messageId: string) => ['room', roomId, 'message', messageId] as const,
  // a search of the DHT: nothing in a room refreshes it, only the person searching again
  directory: (search: object) => ['directory', search] as const,
  // a search on this device: a snapshot, run again when the person searches again (not on every post)
  search: (roomId: string, query: string) => ['search', roomId, query] as const,
  // with a room, under it: a moderator changing or verifying its resources refreshes the panel
  help: (roomId: string | undefined, region: string) => (roomId ? (['room', roomId, 'help', region] as const) : (['help', region] as const)),
  // presence is ephemeral and pushed: kept apart from the room so room.changed does not re-read it
  presence: (roomId: string) => ['presence', roomId] as const
}

/** Whether a query key is some room's support requests (keys.support). */
export const isSupportKey = (key: readonly unknown[]): boolean => key[0] === 'room' && key[2] === 'support'
