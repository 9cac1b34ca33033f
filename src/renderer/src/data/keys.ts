/**
 * Query keys. Everything about one room sits under ['room', roomId], so an engine event for that
 * room refreshes exactly the queries on screen for it (TanStack Query refetches active ones only).
 */
export const keys = {
  rooms: ['rooms'] as const,
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
  life: (roomId: string) => ['room', roomId, 'life'] as const,
  message: (roomId: string, messageId: string) => ['room', roomId, 'message', messageId] as const,
  help: (roomId: string | undefined, region: string) => ['help', roomId ?? null, region] as const,
  // presence is ephemeral and pushed: kept apart from the room so room.changed does not re-read it
  presence: (roomId: string) => ['presence', roomId] as const
}
