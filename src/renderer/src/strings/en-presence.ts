/** Presence strings (issue 5): who is here right now. Merged into `en` as `en.presence`. */
export const presence = {
  online: (n: number) => (n === 0 ? 'No one else online right now' : n === 1 ? '1 other person online' : `${n} others online`),
  typing: (n: number) => (n === 1 ? '1 person is typing…' : `${n} people are typing…`),
  moderatorHere: 'A moderator is here',
  moderatorHereHint: 'A moderator of this room is online and keeping an eye on things.',
  onDuty: 'I’m on duty',
  onDutyHint: 'People in this room see “A moderator is here” while you are on duty. It turns off when you close Hearth.',
  onDutyFailed: 'Hearth could not change your on-duty status.'
}
