/** Room life: the welcome, pinned messages, reactions (issue 17). */
export const life = {
  'export.title': 'Your data',
  'export.what':
    'Save a copy of your rooms, your messages, your moderation actions and your settings: a page to read and a file to keep. It holds no keys and nobody else’s messages.',
  'export.button': 'Export my data',
  'export.working': 'Exporting…',
  'export.done': 'Saved {rooms, plural, one {# room} other {# rooms}} and {messages, plural, one {# message} other {# messages}}. Open this page to read it:',
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
