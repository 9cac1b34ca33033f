/** Searching a room's messages on this device (issue 17). */
export const search = {
  'search.open': 'Search this room',
  'search.shortcut': 'Search this room ({keys})',
  'search.title': 'Search this room',
  'search.label': 'Words to look for',
  'search.button': 'Search',
  'search.local': 'The search happens on this device only: nothing you type here is sent to anyone.',
  'search.empty': 'Type a word or two to find earlier messages in this room.',
  'search.searching': 'Searching…',
  'search.none': 'Nothing here matches “{query}”. Other words, or fewer of them, may find it.',
  'search.found': '{count, plural, one {# message found} other {# messages found}}, newest first.',
  'search.more': 'Only the newest {count, number} are shown: adding a word narrows it down.',
  'search.scanned': 'Looked through {count, plural, one {# message} other {# messages}} on this device.',
  'search.resultsLabel': 'Messages that match',
  'search.showAll': 'Show the whole message',
  'search.showLess': 'Show less',
  'search.reply': 'Reply'
}
