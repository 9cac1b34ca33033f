import { ErrorCode, type ErrorCodeValue } from './error-codes.ts'

/**
 * Every reason the engine gives for an error, with its JSON-RPC code and the English text shown to
 * JSON-RPC users and in logs. The app never shows this text: it words `error.data.reason` (with the
 * params beside it) in the person's language (src/renderer/src/i18n). Add a reason here and there.
 * Params never use the key `reason` (it names the catalogue entry); a moderator's own words are `note`.
 */
type Entry<D> = { code: ErrorCodeValue; text: (d: D) => string }
const e = <D = Record<string, never>>(code: ErrorCodeValue, text: (d: D) => string): Entry<D> => ({ code, text })

const { NotFound, NotAllowed, BadInvite, Conflict, Unavailable, Storage, InvalidParams, InvalidRequest, RateLimited, Busy } = ErrorCode

export const reasons = {
  // the request itself
  parse_error: e(ErrorCode.ParseError, () => 'Parse error: each message must be one JSON object on one line.'),
  invalid_request: e(InvalidRequest, () => 'Invalid request: expected {"jsonrpc":"2.0","id":…,"method":"…","params":{…}}.'),
  batch_unsupported: e(InvalidRequest, () => 'Batch requests are not supported: send one request per line.'),
  message_too_large: e(InvalidRequest, (d: { limit: number }) => `The message is larger than ${d.limit} bytes: it was not read.`),
  too_many_requests: e(Busy, (d: { limit: number }) => `More than ${d.limit} requests are waiting: wait for answers before sending more.`),
  method_not_found: e(ErrorCode.MethodNotFound, (d: { method: string }) => `Unknown method "${d.method}".`),
  invalid_params: e(InvalidParams, (d: { method: string; issues: string }) => `Invalid params for ${d.method}: ${d.issues}`),
  internal: e(ErrorCode.Internal, (d: { detail: string }) => `Internal error: ${d.detail}`),
  shutting_down: e(Unavailable, () => 'Hearth is shutting down; try again after it restarts.'),
  engine_unavailable: e(Unavailable, () => 'The Hearth engine is not running right now; it is restarting.'),

  // rooms and membership
  room_not_found: e(NotFound, (d: { roomId: string }) => `No room ${d.roomId} on this device. Join it with an invite first.`),
  not_member_yet: e(NotAllowed, () => 'You are not a member of this room yet: joining completes when any peer of the room is online. Try again in a moment.'),
  history_downloading: e(
    Unavailable,
    () => "This device is still downloading the room's history and no other member is online. Try again once you are connected."
  ),
  you_are_blocked: e(
    NotAllowed,
    (d: { note: string | null }) => `A moderator has blocked you in this room${d.note ? ` (${d.note})` : ''}. You can still read what you could read before.`
  ),
  room_moved_away: e(NotAllowed, () => 'This room has moved to new keys and this device was not given them.'),
  member_not_found: e(NotFound, (d: { memberId: string }) => `No member ${d.memberId.slice(0, 12)}… in this room.`),

  // messages and the post gates
  message_not_found: e(NotFound, (d: { messageId: string }) => `No message ${d.messageId} in this room (it may not have synced yet).`),
  not_own_message: e(NotAllowed, () => 'You can only edit or delete your own messages.'),
  message_deleted: e(Conflict, () => 'That message is already deleted.'),
  guidelines_not_accepted: e(NotAllowed, (d: { version: number }) => `Please read and accept the room guidelines (version ${d.version}) before posting.`),
  muted: e(NotAllowed, (d: { note: string | null; until: number | null; remaining: number | null }) =>
    d.until !== null
      ? `A moderator has muted you in this room until ${new Date(d.until).toISOString()}.`
      : d.remaining !== null
        ? `A moderator has muted you until ${d.remaining} more message(s) have been posted.`
        : 'A moderator has muted you in this room for now.'
  ),
  slow_mode: e(RateLimited, (d: { waitSeconds: number }) => `Slow mode is on: you can post again in ${d.waitSeconds} s.`),
  rate_limited: e(
    RateLimited,
    (d: { after: number; limit: number; window: number; newcomer: boolean }) =>
      `You have posted ${d.limit} of the room's last ${d.window} messages${d.newcomer ? ' (the limit for newcomers)' : ''}: you can post again after ${d.after} more message(s) from others.`
  ),
  post_refused: e(NotAllowed, () => 'The room refused this post (a moderator action arrived just now). Nothing was posted.'),
  blocked_by_list: e(
    NotAllowed,
    (d: { list: string | null }) => `The room's block list${d.list ? ` "${d.list}"` : ''} does not allow words or a link in this text. Nothing was posted.`
  ),

  // moderation
  no_moderator_key: e(NotAllowed, () => 'Only the room owner or a moderator can do this, and this device holds no moderator key for the room.'),
  not_moderator: e(NotAllowed, () => 'Your moderator key is not (or no longer) a moderator of this room.'),
  owner_only: e(NotAllowed, () => 'Only the room owner can do this.'),
  owner_cannot_be_blocked: e(NotAllowed, () => 'The room owner cannot be blocked.'),
  owner_cannot_be_removed: e(NotAllowed, () => 'The room owner key cannot be removed.'),
  already_blocked: e(Conflict, () => 'That member is already blocked.'),
  not_blocked: e(Conflict, () => 'That member is not blocked.'),
  already_hidden: e(Conflict, () => 'That message is already hidden.'),
  not_hidden: e(Conflict, () => 'That message is not hidden.'),
  not_muted: e(Conflict, () => 'That member is not muted.'),
  not_awaiting_approval: e(Conflict, () => 'That member is not waiting for approval.'),
  already_moderator: e(Conflict, () => 'That key is already a moderator.'),
  not_a_moderator_key: e(Conflict, () => 'That key is not a moderator.'),
  not_applied: e(Conflict, (d: { action: string }) => `The ${d.action} did not take effect: the room refused it. Reload and try again.`),
  guidelines_version: e(Conflict, (d: { current: number }) => `The current guidelines are version ${d.current}: read and accept that one.`),
  reports_moderators_only: e(NotAllowed, () => 'Only moderators can read reports: they are sealed to moderator keys.'),
  report_not_found: e(NotFound, (d: { reportId: string }) => `No report ${d.reportId}.`),
  report_resolved: e(Conflict, () => 'That report is already resolved.'),
  report_no_one_else: e<Record<string, never>>(
    NotAllowed,
    () =>
      'This post is by the only moderator of this room, so there is nobody else in the room to report it to. You can leave the room, and help is always available.'
  ),
  on_duty_not_moderator: e(
    NotAllowed,
    () => 'Only a current moderator of this room can be on duty, and your moderator key is not (or no longer) one. Ask the room owner to add it.'
  ),
  no_carrier: e(
    Unavailable,
    () =>
      "This device is blocked in this room, so your moderator action must go out through another member's device, and none is connected right now. Try again when someone is online."
  ),
  carry_pending: e(
    Unavailable,
    () => 'Your moderator action was handed to the members online, but none has carried it into the room yet. It may still arrive: check the moderation log.'
  ),
  rekey_in_progress: e(Conflict, () => 'The room has already moved to new keys.'),
  room_too_big_to_move: e(Conflict, (d: { limit: number }) => `A room can move to new keys with at most ${d.limit} members at once.`),

  // room life: pins, sessions, reactions, verification
  already_pinned: e(Conflict, () => 'That message is already pinned.'),
  not_pinned: e(Conflict, () => 'That message is not pinned.'),
  // shared block lists
  no_block_list: e(NotFound, (d: { roomId: string }) => `Room ${d.roomId} has not published a block list.`),
  own_block_list: e(Conflict, () => 'A room cannot subscribe to its own block list: it is already in force there.'),
  too_many_subscriptions: e(Conflict, (d: { limit: number }) => `A room can subscribe to at most ${d.limit} block lists: unsubscribe from one first.`),
  not_subscribed: e(NotFound, (d: { listId: string }) => `This room is not subscribed to block list ${d.listId}.`),
  list_entry_invalid: e(
    InvalidParams,
    (d: { value: string }) => `"${d.value}" cannot be a block list entry: a phrase needs two letters or digits, a link a domain such as example.com.`
  ),
  too_many_pins: e(Conflict, (d: { limit: number }) => `A room can have at most ${d.limit} pinned messages: unpin one first.`),
  not_pinnable: e(
    Conflict,
    () => 'Only a published message of the room as it is now can be pinned or reacted to (not a deleted one, or one held for approval).'
  ),
  session_not_found: e(NotFound, (d: { sessionId: string }) => `No session ${d.sessionId} in this room.`),
  too_many_sessions: e(Conflict, (d: { limit: number }) => `A room can have at most ${d.limit} scheduled sessions: cancel one first.`),
  zone_unknown: e(InvalidParams, (d: { zone: string }) => `Unknown time zone "${d.zone}": use an IANA name such as Europe/London.`),
  not_verified: e(Conflict, () => 'That member or resource is not marked as verified.'),
  resource_not_found: e(NotFound, (d: { name: string }) => `The room has no resource named "${d.name}".`),
  export_failed: e(Storage, (d: { dir: string; detail: string }) => `Could not write the export to ${d.dir} (${d.detail}). Choose a folder you can write to.`),
  awaiting_approval: e(NotAllowed, () => 'A moderator has not approved you in this room yet: you can react once they do.'),

  // private support conversations
  conversation_ended: e<Record<string, never>>(
    NotAllowed,
    () => 'This private conversation has ended: nothing more can be posted in it. Ask for support again in the room if you need to.'
  ),
  not_private_conversation: e(InvalidParams, () => 'This is a room, not a private conversation: leave it instead.'),
  private_conversation_no_invites: e(NotAllowed, () => 'A private conversation is for its two people only: it has no invites.'),
  support_request_not_found: e(NotFound, (d: { requestId: string }) => `No support request ${d.requestId} in this room (it may not have synced yet).`),
  support_request_taken: e(Conflict, () => 'Another moderator has already accepted this support request.'),
  support_member_not_ready: e(
    Unavailable,
    () => "This member's device has not yet published the key a private conversation is sealed to. Try again once they have been online."
  ),

  // the room directory (directory/)
  directory_offline: e(Unavailable, () => 'The directory is on the peer-to-peer network, and this device is offline. Go online and try again.'),
  listing_too_large: e(
    InvalidParams,
    (d: { bytes: number; limit: number }) => `The listing takes ${d.bytes} bytes and the network stores at most ${d.limit}: shorten the description or topics.`
  ),
  private_conversation_not_listable: e(NotAllowed, () => 'A private conversation cannot be listed in the directory.'),
  room_not_listed: e(Conflict, () => 'This room is not listed in the directory.'),
  listing_not_found: e(NotFound, () => 'That listing is no longer in the directory (withdrawn, or its owner has been away for days).'),
  listing_unreachable: e(Unavailable, () => "The listed room's host device did not answer: it may be offline. Try again later."),
  knock_rate_limited: e(
    RateLimited,
    (d: { retryMinutes: number }) => `This room has had too many knocks from you or your network just now: try again in ${d.retryMinutes} minute(s).`
  ),
  knock_queue_full: e(Busy, () => "This room's moderators have many knocks waiting: try again later."),
  knock_malformed: e(InvalidRequest, () => "The room's host could not read the knock (a different Hearth version?)."),
  join_request_not_found: e(NotFound, (d: { requestId: string }) => `No knock ${d.requestId} in this room (it may not have synced yet).`),
  join_request_answered: e(Conflict, () => 'This knock has already been answered.'),
  join_request_not_sealed_to_you: e(
    NotAllowed,
    () => 'This knock was sealed to the moderators of the time, before your key was one: another moderator can answer it.'
  ),

  // invites
  invite_malformed: e(
    BadInvite,
    (d: { why: 'characters' | 'length' | 'checksum' | 'version' | 'kind' }) =>
      `This invite is not valid (${inviteWhy[d.why]}). Ask the person who invited you to send it again, and paste all of it.`
  ),
  invite_revoked: e(BadInvite, () => 'This invite has been revoked by a moderator. Ask for a new one.'),
  invite_expired: e(BadInvite, () => 'This invite has expired. Ask for a new one.'),
  invite_used_up: e(BadInvite, () => 'This invite has been used as many times as it allows. Ask for a new one.'),
  invite_not_authority: e(BadInvite, () => 'This invite was signed by someone who is not (or no longer) a moderator of the room. Ask for a new one.'),
  invite_before_move: e(BadInvite, () => 'This room has moved to new keys since this invite was made, so it no longer works. Ask for a new invite.'),
  invite_already_revoked: e(Conflict, () => 'That invite is already revoked.'),
  invite_not_found: e(NotFound, (d: { inviteId: string }) => `No invite ${d.inviteId} was issued on this device.`),
  invite_link_not_found: e(
    BadInvite,
    () =>
      'Nothing answered for this short invite link: the person who made it may have been offline for two days, or you are offline. Ask them for the full invite.'
  ),
  seed_invite_not_for_members: e(BadInvite, () => 'This is a seed invite for an always-on peer: it cannot be used to join as a member.'),

  // moderator key export
  modkey_prefix: e(InvalidParams, () => 'This moderator key export cannot be used: it does not start with hearth-modkey-v1. — copy the whole export.'),
  modkey_damaged: e(InvalidParams, () => 'This moderator key export cannot be used: it is damaged or incomplete.'),
  modkey_other_room: e(InvalidParams, () => 'This moderator key export cannot be used: it belongs to a different room.'),
  modkey_parameters: e(InvalidParams, () => 'This moderator key export cannot be used: its parameters are out of range.'),
  modkey_passphrase: e(InvalidParams, () => 'This moderator key export cannot be used: the passphrase is wrong.'),

  // storage
  storage_unusable: e(
    Storage,
    (d: { dir: string; detail: string }) => `Hearth cannot use the profile directory ${d.dir} (${d.detail}). Choose a directory you can write to.`
  ),
  storage_locked: e(
    Storage,
    (d: { dir: string }) => `The profile ${d.dir} is already open in another Hearth process. Close that one first: a profile has one owner process at a time.`
  ),
  storage_unwritable: e(
    Storage,
    (d: { dir: string; detail: string }) => `Hearth cannot write to ${d.dir} (${d.detail}). Check the directory's permissions and free space.`
  ),
  storage_corrupt: e(
    Storage,
    (d: { dir: string; detail: string }) =>
      `The room store in ${d.dir} could not be opened (${d.detail}). It may be corrupt: move it aside and rejoin your rooms with their invites.`
  ),
  profile_unreadable: e(Storage, (d: { file: string; detail: string }) => `Cannot read ${d.file}: ${d.detail}`),
  profile_corrupt: e(
    Storage,
    (d: { file: string; dir: string; detail: string }) =>
      `The profile file ${d.file} is corrupt (${d.detail}). Restore it from a backup or move it aside; your rooms' data in ${d.dir} is untouched.`
  ),
  key_file_corrupt: e(
    Storage,
    (d: { file: string; dir: string }) =>
      `The key file ${d.file} is corrupt: restore it from a backup, or move the directory ${d.dir} aside to start a fresh profile.`
  ),
  wrong_master_key: e(Storage, () => 'A stored secret could not be decrypted: this profile was sealed with a different master key.'),
  disk_full: e(
    Storage,
    (d: { dir: string; why: 'full' | 'unwritable' | 'failed' | 'io'; detail: string }) =>
      `Hearth could not write to its profile ${d.dir}: ${diskWhy[d.why]}${d.why === 'io' ? ` (${d.detail})` : ''}. Free some space (or fix the permissions), then restart Hearth. Everything already sent is kept.`
  )
} satisfies Record<string, Entry<never>>

const inviteWhy = {
  characters: 'it contains characters an invite never has',
  length: 'it is too short or too long; part of it may be missing',
  checksum: 'its checksum does not match; it may have been mistyped',
  version: 'it is a newer kind of invite than this Hearth understands; update Hearth',
  kind: 'it is not an invite to join a room'
}
const diskWhy = {
  full: 'the disk is full',
  unwritable: 'it is not writable',
  failed: 'an earlier write failed (disk full or unwritable?)',
  io: 'the disk reported an error'
}

export type Reason = keyof typeof reasons
export type ReasonData<R extends Reason> = Parameters<(typeof reasons)[R]['text']>[0]

export function reasonText<R extends Reason>(reason: R, data: ReasonData<R>): { code: ErrorCodeValue; text: string } {
  const entry = reasons[reason] as Entry<ReasonData<R>>
  return { code: entry.code, text: entry.text(data) }
}
