import { useQuery, useQueryClient } from '@tanstack/react-query'
import type { MethodName, Params } from '../../../shared/api/index.ts'
import { useClient, useMaybeClient } from '../client/context.tsx'
import { keys } from './keys.ts'

/** A query that calls one engine method; the key decides which events refresh it (keys.ts). */
function useCall<M extends MethodName>(key: readonly unknown[], method: M, params: Params<M>, enabled = true) {
  const client = useClient()
  return useQuery({ queryKey: key, queryFn: () => client.call(method, params), enabled })
}

export const useRooms = () => useCall(keys.rooms, 'listRooms', {})
export const useRoomSummary = (roomId: string) => useCall(keys.summary(roomId), 'getRoom', { roomId })
export const useMe = (roomId: string) => useCall(keys.me(roomId), 'whoami', { roomId })
export const useMembers = (roomId: string) => useCall(keys.members(roomId), 'listMembers', { roomId })
export const useGuidelines = (roomId: string) => useCall(keys.guidelines(roomId), 'getGuidelines', { roomId })
export const useRoomSettings = (roomId: string) => useCall(keys.settings(roomId), 'getRoomSettings', { roomId })
export const useModerators = (roomId: string) => useCall(keys.moderators(roomId), 'listModerators', { roomId })
export const useModLog = (roomId: string) => useCall(keys.log(roomId), 'getModerationLog', { roomId })
export const useReports = (roomId: string) => useCall(keys.reports(roomId), 'listReports', { roomId, includeResolved: true })
export const useRoomLife = (roomId: string) => useCall(keys.life(roomId), 'getRoomLife', { roomId })
export const useMessageById = (roomId: string, messageId: string) => useCall(keys.message(roomId, messageId), 'getMessage', { roomId, messageId })
export const useBlockLists = (roomId: string) => useCall(keys.lists(roomId), 'getBlockLists', { roomId })
export const useInvites = (roomId: string) => useCall(keys.invites(roomId), 'listInvites', { roomId })
/** Support requests: every one for a moderator, a member's own otherwise. */
export const useSupportRequests = (roomId: string) => useCall(keys.support(roomId), 'listSupportRequests', { roomId })
export const useDirectorySearch = (search: Params<'searchDirectory'>) => useCall(keys.directory(search), 'searchDirectory', search)
export const useMyKnocks = () => useCall(keys.myKnocks, 'listMyJoinRequests', {})
export const useJoinRequests = (roomId: string) => useCall(keys.knocks(roomId), 'listJoinRequests', { roomId })
/** A search of the room's messages on this device; an empty query searches nothing. */
export const useRoomSearch = (roomId: string, query: string) => useCall(keys.search(roomId, query), 'searchMessages', { roomId, query }, query !== '')
export const useMyReports = (roomId: string) => useCall(keys.myReports(roomId), 'listMyReports', { roomId })

/**
 * Distressed posts nobody answered for `minutes` (the unanswered nudge). A post becomes due as time
 * passes, with no event to say so: re-read every quarter of the wait (15 s to a minute).
 */
export function useUnanswered(roomId: string, minutes: number, enabled: boolean) {
  const client = useClient()
  return useQuery({
    queryKey: keys.unanswered(roomId, minutes),
    queryFn: () => client.call('getUnanswered', { roomId, minutes }),
    enabled,
    refetchInterval: Math.min(60_000, Math.max(15_000, (minutes * 60_000) / 4))
  })
}

/** Who is here right now: read once, then kept by 'room.presence' events (events.ts). */
export const usePresenceQuery = (roomId: string) => useCall(keys.presence(roomId), 'getPresence', { roomId })

/** "Get help now" from the engine (room resources); works without an engine too (disabled). */
export function useHelpQuery(roomId: string | undefined, region: string) {
  const client = useMaybeClient()
  return useQuery({
    queryKey: keys.help(roomId, region),
    queryFn: () => client!.call('getHelp', { ...(roomId ? { roomId } : {}), ...(/^[A-Z]{2}$/.test(region) ? { region } : {}) }),
    enabled: client !== null
  })
}

/** After an action: re-read this room's queries now (the engine's event would, a little later). */
export function useRefreshRoom(roomId: string): () => Promise<void> {
  const qc = useQueryClient()
  return () => qc.invalidateQueries({ queryKey: keys.room(roomId) })
}
