/** Room life: the welcome, pinned messages, reactions (issue 17). */
export const life = {
  'life.welcomeTitle': 'Welcome',
  'life.welcomeDismiss': 'Got it',
  'life.pinnedTitle': 'Pinned',
  'life.pinnedUnavailable': 'This pinned message is not available on this device yet.',
  'life.sessionsTitle': 'Sessions',
  'life.sessionMinutes': '{minutes, number} min',
  'life.repeat.none': 'Once',
  'life.repeat.daily': 'Every day',
  'life.repeat.weekly': 'Every week',
  'life.repeat.fortnightly': 'Every two weeks',
  'life.repeat.monthly': 'Every month',
  'life.pin': 'Pin',
  'life.unpin': 'Unpin',
  'life.reactions': 'Reactions',
  'reaction.heard': 'Heard you',
  'reaction.strength': 'Sending strength',
  'reaction.hug': 'Hug',
  'reaction.same': 'Same here',
  'reaction.thanks': 'Thank you',
  'reaction.count': '{label}: {count, plural, one {# person} other {# people}}'
}
