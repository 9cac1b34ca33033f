/** Shared block lists in the moderator console, and their lines in the moderation log. */
export const lists = {
  'mod.tab.lists': 'Block lists',
  'lists.intro':
    'A block list holds phrases and websites that posts here may not contain. Other rooms can follow your list, and this room can follow theirs. Lists name words and links, never people: each person has a different identity in every room.',
  'lists.careful': 'Never list words people need to say they are struggling, such as "suicide" or "self-harm": that would silence the people this room is for.',
  'lists.ownTitle': "This room's list",
  'lists.ownVersion': 'Version {version, number}: {phrases, plural, one {# phrase} other {# phrases}} and {links, plural, one {# website} other {# websites}}',
  'lists.ownNone': 'This room has no block list yet.',
  'lists.name': 'List name',
  'lists.phrases': 'Phrases, one per line',
  'lists.links': 'Websites, one per line (for example spam.example)',
  'lists.publish': 'Publish the list',
  'lists.published': 'Published. Rooms that follow this list get it from the moderator who subscribed them.',
  'lists.nameMissing': 'Give the list a name.',
  'lists.followedTitle': 'Lists this room follows',
  'lists.followedNone': 'This room follows no other room’s list.',
  'lists.followedItem': '“{name}” from {source}, version {version, number}: {count, plural, one {# entry} other {# entries}}',
  'lists.unfollow': 'Stop following',
  'lists.unfollowed': 'This room no longer follows that list. Its entries no longer apply here.',
  'lists.followTitle': "Follow another room's list",
  'lists.followWhich': 'Room',
  'lists.followNoRooms': 'You are not in another room you could follow a list from.',
  'lists.follow': 'Follow its list',
  'lists.followed': 'This room now follows that list. Its entries apply to posts here from now on.',
  'lists.followNote':
    'Members here will see in the moderation log that you follow a list from that room, and so that you are in it. New versions arrive through this device, while it is online.',
  'log.listPublish': 'Published version {version, number} of the block list “{name}”',
  'log.listSubscribe': 'Started following the block list “{name}” from {source}',
  'log.listUpdate': 'The block list “{name}” from {source} changed to version {version, number}',
  'log.listUnsubscribe': 'Stopped following the block list “{name}” from {source}'
}
