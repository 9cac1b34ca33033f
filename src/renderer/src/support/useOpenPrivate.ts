import { useAction, useClient } from '../client/context.tsx'

export interface OpenPrivate {
  /** Open a private conversation with a member (moderators), then show it; false if the engine refused. */
  open: (memberId: string) => Promise<boolean>
  busy: boolean
  /** The engine's refusal, worded where it is shown (<Status>). */
  error: unknown
}

/** A moderator opens a private conversation with a member of `roomId` (member panel, after hiding a post). */
export function useOpenPrivate(roomId: string, onOpened: (conversationId: string) => void): OpenPrivate {
  const client = useClient()
  const action = useAction()
  return {
    open: async (memberId) => {
      const r = await action.run(() => client.call('openPrivateConversation', { roomId, memberId }))
      if (r) onOpened(r.roomId)
      return r !== undefined
    },
    busy: action.busy,
    error: action.error
  }
}
