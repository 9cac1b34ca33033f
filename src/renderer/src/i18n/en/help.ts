/** "Get help now", the on-device help card, and the guidelines Hearth suggests for a new room. */
export const help = {
  'help.title': 'Get help now',
  'help.intro': 'You deserve support. These people are ready to listen.',
  'help.emergency': 'If your life or someone else’s is in danger right now, call your local emergency number.',
  'help.emergencyFor': 'If your life or someone else’s is in danger right now, call {number}.',
  'help.roomResources': 'Suggested by this room’s moderators',
  'help.forRegion': 'For {region}',
  'help.forElsewhere': 'For another region',
  'help.directory': 'Support lines for {region}',
  'help.international': 'Support lines',
  'help.none': 'No support lines are listed for your region yet. Your local emergency number always works.',
  'help.noRegion': 'Choose your region to see the support lines near you.',
  'help.region': 'Your region',
  'help.regionHint': 'Used only on this device to pick support lines.',
  'help.call': 'Call {number}',
  'help.text': 'Text {what}',
  'help.website': 'Website: {host}',
  'help.hours': 'Hours: {hours}',
  'help.source': 'Source',
  'help.checked': 'checked {date}',
  'help.unsafeLink': 'This link was not shown because it is not a phone number, text number or secure web address.',
  'help.loading': 'Loading support lines…',

  'helpCard.title': 'You don’t have to carry this alone',
  'helpCard.body':
    'What you are writing sounds really hard. If you would like, there are people you can talk to right now. This note comes from a check on your device only; nothing was sent or shared.',
  'helpCard.urgent': 'If you are in danger right now, please call for help now. You can call either of these:',
  'helpCard.callEmergency': 'Call {number} (emergency)',
  'helpCard.noEmergency': 'Call your local emergency number.',
  'helpCard.callLine': 'Call {name}: {number}',
  'helpCard.noLine': 'Choose your region in “See who can help” to see crisis lines near you.',
  'helpCard.otherTitle': 'Worried about someone?',
  'helpCard.otherBody':
    'It sounds like someone you care about may be struggling or in danger. You don’t have to handle this alone: crisis lines also talk with people who are worried about someone else, and can help you with what to say and do. This note comes from a check on your device only; nothing was sent or shared.',
  'helpCard.otherUrgent': 'If they are in danger right now, call for help now. You can call either of these:',
  'helpCard.open': 'See who can help',
  'helpCard.openOther': 'See who can help them',
  'helpCard.dismiss': 'Not now',

  'defaultGuidelines.text': `Welcome. This room is for support, listened to with care.

1. Be kind. Everyone here is carrying something.
2. Listen before advising. Share what helped you, not what others must do.
3. No details of methods of self-harm or suicide, and no pictures of injuries.
4. What is said here stays here. Do not share anyone’s words or details outside the room.
5. No selling, no spam, no links you would not open yourself.
6. If you are in danger, use “Get help now” or call your local emergency number. This room is not an emergency service.

Moderators may hide posts, mute or block members who break these guidelines. Every action appears in the moderation log.`
}
