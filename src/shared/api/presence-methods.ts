import { z } from 'zod'
import { RoomId } from './common.ts'

const room = { roomId: RoomId }
const def = <P extends z.ZodType, R extends z.ZodType>(params: P, result: R, doc: string) => ({ params, result, doc })

/** Ephemeral presence in a room: also the payload of the 'room.presence' event (with roomId). */
export const PresenceState = z.object({
  /** Peers connected to this device for the room (others; you are not counted). */
  online: z.number().int(),
  /** How many of them are typing (a count only: typing is not tied to a name). */
  typing: z.number().int(),
  /** Distinct moderator keys verified on duty among them. */
  moderatorsOnDuty: z.number().int(),
  /** This device is on duty as a moderator in the room. */
  onDuty: z.boolean()
})

/** Presence methods (issue 5); merged into `methods`. Nothing here is stored. */
export const presenceMethods = {
  setPresence: def(
    z.object({ ...room, typing: z.boolean().optional(), onDuty: z.boolean().optional() }).strict(),
    z.object({ ok: z.literal(true) }),
    'Tell connected peers you are typing (expires after a few seconds unless repeated) or, as a moderator, that you are on duty (refreshed by the engine until turned off; NotAllowed without a current moderator key). Never stored.'
  ),
  getPresence: def(
    z.object(room).strict(),
    PresenceState,
    'Who is here right now: connected peers, how many are typing, verified moderators on duty, and whether you are on duty.'
  )
} as const
