import { z } from 'zod'
import { RoomId, MemberId, MessageId, ModeratorKey, Reason, Region, Resource, ResourceForYou } from './common.ts'
import { DirectoryEntrySchema, EmergencyNumberSchema } from '../safety/crisis-directory.ts'
import { FloodSettings, LockdownSettings } from './life-methods.ts'

const room = { roomId: RoomId }
const Ok = z.object({ ok: z.literal(true) })
const def = <P extends z.ZodType, R extends z.ZodType>(params: P, result: R, doc: string) => ({ params, result, doc })
const member = { ...room, memberId: MemberId }
const Passphrase = z.string().min(8, 'use a passphrase of at least 8 characters').max(1024)

export const ModAction = z.object({
  action: z.string(),
  by: ModeratorKey,
  target: z.string().nullable(),
  reason: z.string().nullable(),
  /** The moderator's claimed time. */
  time: z.number()
})

/** Moderation and safety methods (issue 3); merged into `methods`. */
export const moderationMethods = {
  setGuidelines: def(
    z.object({ ...room, text: z.string().trim().min(1).max(20_000) }).strict(),
    z.object({ version: z.number().int() }),
    'Publish a new version of the room guidelines (moderators). Every member must accept it before their next post counts.'
  ),
  getGuidelines: def(
    z.object(room).strict(),
    z.object({ version: z.number().int(), text: z.string().nullable(), by: ModeratorKey.nullable(), time: z.number().nullable(), accepted: z.boolean() }),
    'The current guidelines (version 0 and text null when there are none) and whether you accepted them.'
  ),
  acceptGuidelines: def(z.object({ ...room, version: z.number().int().min(1) }).strict(), Ok, 'Accept the current guidelines version.'),
  blockMember: def(
    z.object({ ...member, reason: Reason }).strict(),
    Ok,
    'Block a member: their later records are refused by every peer and their posts are hidden.'
  ),
  unblockMember: def(z.object({ ...member, reason: Reason.optional() }).strict(), Ok, 'Lift a block: the member may post again and their posts show again.'),
  hideMessage: def(
    z.object({ ...room, messageId: MessageId, reason: Reason }).strict(),
    Ok,
    'Hide a post for everyone (it stays in the log; the view shows it hidden).'
  ),
  unhideMessage: def(z.object({ ...room, messageId: MessageId, reason: Reason.optional() }).strict(), Ok, 'Show a hidden post again.'),
  muteMember: def(
    z
      .object({
        ...member,
        reason: Reason,
        forMessages: z.number().int().min(1).max(100_000).optional(),
        /** A timed mute: it ends this many minutes from now (how apply measures time: docs/records.md). */
        minutes: z.number().int().min(1).max(525_600).optional()
      })
      .strict(),
    Ok,
    'Mute a member for a number of minutes, or until the room has accepted forMessages more messages, or (with neither) until unmuted.'
  ),
  unmuteMember: def(z.object(member).strict(), Ok, 'Lift a mute.'),
  rekeyRoom: def(
    z.object(room).strict(),
    Ok,
    'Move the room to fresh keys (owner and moderators): every member not blocked carries on in the same room (same roomId, whole history); blocked members and holders of any earlier invite read nothing posted after it, and earlier invites stop working.'
  ),
  approveMember: def(z.object(member).strict(), Ok, 'Approve a newcomer in an approval-required room; their held posts appear.'),
  addModerator: def(z.object({ ...room, moderatorKey: ModeratorKey }).strict(), Ok, 'Make a key a moderator (owner only).'),
  removeModerator: def(z.object({ ...room, moderatorKey: ModeratorKey }).strict(), Ok, 'Remove a moderator (owner only); their later records are ignored.'),
  listModerators: def(
    z.object(room).strict(),
    z.object({ owner: ModeratorKey.nullable(), moderators: z.array(z.object({ moderatorKey: ModeratorKey, addedBy: ModeratorKey, time: z.number() })) }),
    'The owner key and the current moderator keys.'
  ),
  createModeratorKey: def(
    z.object(room).strict(),
    z.object({ moderatorKey: ModeratorKey }),
    'Make a moderator signing key on this device (if it has none) and return its public key, for the owner to add.'
  ),
  exportModeratorKey: def(
    z.object({ ...room, passphrase: Passphrase }).strict(),
    z.object({ exported: z.string() }),
    "Export this device's moderator key for this room, sealed with a passphrase (Argon2id)."
  ),
  importModeratorKey: def(
    z.object({ ...room, exported: z.string().min(10).max(4000), passphrase: z.string().min(1).max(1024) }).strict(),
    z.object({ moderatorKey: ModeratorKey }),
    'Import an exported moderator key on this device.'
  ),
  setResources: def(
    z.object({ ...room, resources: z.array(Resource).max(50) }).strict(),
    Ok,
    "Publish the room's crisis and support resources (moderators); each one's region is a region code or 'everywhere'."
  ),
  getHelp: def(
    z.object({ roomId: RoomId.optional(), region: Region.optional() }).strict(),
    z.object({
      /** The room's resources: the person's region first, then those for everywhere, then other regions (labelled by `match`); `verified`: the title moderators gave when they verified it. */
      room: z.array(ResourceForYou.extend({ verified: z.string().optional() })),
      directory: z.array(DirectoryEntrySchema),
      region: z.string().nullable(),
      emergency: EmergencyNumberSchema.nullable(),
      note: z.string()
    }),
    "Help to show now: the room's own resources first, then the shipped directory for the region (national lines, then international)."
  ),
  setRoomSettings: def(
    z
      .object({
        ...room,
        joinMode: z.enum(['open', 'approval']).optional(),
        slowModeSeconds: z.number().int().min(0).max(86_400).optional(),
        flood: FloodSettings.nullable().optional(),
        lockdown: LockdownSettings.nullable().optional()
      })
      .strict(),
    Ok,
    "Change joining (open, or approval-required), slow mode (seconds between one member's posts), and flood limits and lockdown (counted in messages, never in time; null turns them off)."
  ),
  getRoomSettings: def(
    z.object(room).strict(),
    z.object({
      joinMode: z.enum(['open', 'approval']),
      slowModeSeconds: z.number().int(),
      flood: FloodSettings.nullable().optional(),
      lockdown: LockdownSettings.nullable().optional(),
      /** A wave of joins switched joining to approval (lockdown), not a moderator. */
      lockedDown: z.boolean().optional()
    }),
    'The room settings in force.'
  ),
  reportMessage: def(
    z.object({ ...room, messageId: MessageId, reason: z.string().trim().min(1).max(1000) }).strict(),
    z.object({ reportId: MessageId }),
    "Report a post. The report is sealed to the owner and each current moderator key except those that stand behind the post's author (a report about a moderator goes around them), and to you, to follow it."
  ),
  listMyReports: def(
    z.object(room).strict(),
    z.object({
      reports: z.array(
        z.object({
          reportId: MessageId,
          messageId: MessageId,
          reason: z.string(),
          time: z.number(),
          /** received: in the room, sealed to its moderators; resolved: a moderator closed it. */
          status: z.enum(['received', 'resolved']),
          outcome: z.enum(['dismissed', 'actioned']).nullable(),
          /** The moderator's note to you, if one was written (sealed to you alone). */
          note: z.string().nullable()
        })
      )
    }),
    'Reports you filed in this room and what became of them: received, then resolved with the outcome and the moderator’s note.'
  ),
  listReports: def(
    z.object({ ...room, includeResolved: z.boolean().optional() }).strict(),
    z.object({
      reports: z.array(
        z.object({
          reportId: MessageId,
          reporter: MemberId,
          messageId: MessageId,
          reason: z.string(),
          time: z.number(),
          resolved: z.enum(['dismissed', 'actioned']).nullable()
        })
      ),
      /** Reports sealed to this key that did not open to a well-formed report: skipped, counted. */
      unreadable: z.number().int().nonnegative()
    }),
    'Reports this device can open (moderators only; others get NotAllowed). Malformed ones are skipped and counted in unreadable.'
  ),
  resolveReport: def(
    z.object({ ...room, reportId: MessageId, outcome: z.enum(['dismissed', 'actioned']), note: Reason.optional() }).strict(),
    Ok,
    'Mark a report dismissed or actioned (moderators), with an optional note to the reporter, sealed to them alone.'
  ),
  getModerationLog: def(
    z.object({ ...room, limit: z.number().int().min(1).max(1000).optional() }).strict(),
    z.object({ entries: z.array(ModAction) }),
    'The moderation log every member can read, newest last.'
  )
} as const
