import { presence } from './en-presence.ts'

/**
 * Every user-facing string of the Hearth app, in one place, ready for translation.
 * A translation is another object of type `Strings`; functions take the values they interpolate.
 */
export const en = {
  appName: 'Hearth',
  presence,
  skipToContent: 'Skip to main content',
  loading: 'Loading…',
  close: 'Close',
  cancel: 'Cancel',
  save: 'Save',
  saved: 'Saved.',
  back: 'Back',
  copy: 'Copy',
  copied: 'Copied.',
  retry: 'Try again',

  nav: {
    rooms: 'Rooms',
    settings: 'Settings',
    main: 'Main',
    getHelp: 'Get help now',
    getHelpShortcut: 'F1 or Ctrl+Shift+H'
  },

  connection: {
    connected: 'Connected to the Hearth engine',
    connecting: 'Connecting to the Hearth engine…',
    reconnecting: (seconds: number) => `Lost the connection to the Hearth engine. Trying again in ${seconds} s…`,
    closed: 'Not connected to the Hearth engine.',
    noEngine: 'Hearth could not find its engine. If you opened this page in a browser, open it with ?engine=<ws url>&token=<token>.'
  },

  errors: {
    generic: 'Something went wrong. Please try again.',
    lostConnection: 'The connection to the Hearth engine was lost before it answered. Your request may not have finished: check, then try again.',
    notConnected: 'Hearth is not connected to its engine right now. Wait a moment and try again.',
    timeout: 'The Hearth engine took too long to answer. Try again in a moment.',
    badReply: 'The Hearth engine sent a reply this version of the app does not understand. Update Hearth, then try again.',
    notSupported: 'This version of the Hearth engine does not support this yet.'
  },

  notification: { body: (n: number) => (n === 1 ? 'A new message in one of your rooms' : `${n} new messages in your rooms`) },

  firstRun: {
    title: 'Welcome to Hearth',
    intro:
      'Hearth is a place to talk with people who understand, in small rooms looked after by moderators. There is no account and no company server in the middle.',
    howTitle: 'How it works',
    how: [
      'You join a room with an invite from someone you trust.',
      'Messages travel directly between the people in the room, encrypted.',
      'You choose a display name for each room. It does not have to be your real name.'
    ],
    privateTitle: 'What stays private',
    private: [
      'Nobody needs your email, phone number or real name.',
      'Each room sees you under a different key, so rooms cannot be linked to each other by what you post.',
      'Checks that look out for you, like the help card, run only on this device. Nothing is sent.',
      'The people in a room can read what you post there, and can keep copies. Share only what you are comfortable sharing.'
    ],
    helpNote: 'If you are in danger or need urgent help, “Get help now” is always at the top of the screen.',
    start: 'Continue'
  },

  rooms: {
    title: 'Your rooms',
    empty: 'You are not in any rooms yet. Create one, or join with an invite someone gave you.',
    create: 'Create a room',
    join: 'Join with an invite',
    open: (name: string) => `Open ${name}`,
    unread: (n: number) => (n === 1 ? '1 unread message' : `${n} unread messages`),
    peers: (n: number) => (n === 0 ? 'No one else online' : n === 1 ? '1 person connected' : `${n} people connected`),
    joining: 'Joining… waiting for someone in the room to come online',
    ready: 'Ready',
    moderator: 'Moderator',
    owner: 'Owner',
    leave: 'Leave',
    leaveNamed: (name: string) => `Leave ${name}`
  },

  createRoom: {
    title: 'Create a room',
    name: 'Room name',
    nameHint: 'People see this name when they join.',
    displayName: 'Your display name in this room',
    displayNameHint: 'It does not have to be your real name.',
    submit: 'Create room',
    inviteTitle: 'Room created',
    inviteHelp: 'Share this invite only with people you want in the room. Anyone who has it can join until you revoke it.',
    inviteLabel: 'Invite',
    goToRoom: 'Go to the room'
  },

  joinRoom: {
    title: 'Join with an invite',
    invite: 'Invite or hearth:// link',
    inviteHint: 'Paste the invite someone shared with you.',
    displayName: 'Your display name in this room',
    submit: 'Join room',
    invalid: 'That does not look like a Hearth invite. Check you copied all of it, then try again.'
  },

  leaveRoom: {
    title: (name: string) => `Leave ${name}?`,
    body: 'You will stop receiving messages from this room. To come back you will need a new invite.',
    erase: 'Also erase everything this room stored on this device',
    eraseHint: 'Messages others received stay with them.',
    confirm: 'Leave room',
    confirmErase: 'Leave and erase'
  },

  room: {
    joining: 'Waiting for someone in this room to come online so Hearth can fetch it…',
    guidelines: 'Room guidelines',
    moderate: 'Moderate',
    moderationLog: 'Moderation log',
    empty: 'No messages yet. You could say hello.',
    loadingOlder: 'Loading earlier messages…',
    beginning: 'This is the beginning of the room.',
    messages: 'Messages',
    newMessage: (name: string, text: string) => `New message from ${name}: ${text}`,
    newMessages: (n: number) => `${n} new messages`,
    jumpToLatest: 'Jump to latest messages',
    anonymous: 'Someone',
    myName: 'Your name',
    myNameTitle: 'Your display name in this room',
    myNameHint: 'Others in this room see this name. Other rooms do not.',
    you: 'you'
  },

  message: {
    edited: 'edited',
    reply: 'Reply',
    edit: 'Edit',
    delete: 'Delete',
    report: 'Report',
    hide: 'Hide',
    unhide: 'Unhide',
    deleted: 'This message was deleted by the person who wrote it.',
    held: 'Waiting for a moderator’s approval',
    hidden: 'A moderator hid this message.',
    hiddenReason: (reason: string) => `A moderator hid this message. Reason: ${reason}`,
    showHidden: 'Show hidden message',
    contentWarning: (cw: string) => `Content warning: ${cw}`,
    showContent: 'Show message',
    hideContent: 'Hide again',
    actionsFor: (name: string) => `Actions for message from ${name}`,
    replyingTo: (name: string) => `In reply to ${name}`,
    replyUnavailable: 'an earlier message',
    truncated: (n: number) => `Message shortened for display (${n} characters).`,
    showAll: 'Show the whole message',
    linkNote: 'Links from other people are shown as text. Copy one only if you trust it.',
    confirmDelete: 'Delete this message? People who already saw it may remember it, but its text leaves the room.',
    time: (d: Date) => d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
    shortTime: (d: Date) => d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
  },

  composer: {
    label: 'Write a message',
    send: 'Send',
    sending: 'Sending…',
    placeholder: 'Write a message… (Enter to send, Shift+Enter for a new line)',
    cwToggle: 'Add a content warning',
    cwLabel: 'Content warning',
    cwHint: 'For example: mentions self-harm. Others see this first and choose whether to read on.',
    replyingTo: (name: string) => `Replying to ${name}`,
    cancelReply: 'Cancel reply',
    editing: 'Editing your message',
    cancelEdit: 'Cancel editing',
    saveEdit: 'Save changes',
    tooLong: (n: number, max: number) => `${n} of ${max} characters: please shorten your message.`,
    count: (n: number, max: number) => `${n} of ${max} characters`,
    muted: 'A moderator has muted you in this room for now. You can still read, and “Get help now” is always there.',
    awaitingApproval: 'This room asks moderators to approve new members. You can write now; your posts appear to others once a moderator approves you.',
    slowMode: (seconds: number) => `Slow mode is on: one message every ${seconds} seconds.`,
    slowWait: (seconds: number) => `You can send again in ${seconds} s.`,
    notWritable: 'You cannot post in this room yet. Hearth is still joining it.',
    failedKept: 'Your message was not sent. It is still in the box below, so nothing is lost.'
  },

  helpCard: {
    title: 'You don’t have to carry this alone',
    body: 'What you are writing sounds really hard. If you would like, there are people you can talk to right now. This note comes from a check on your device only; nothing was sent or shared.',
    urgent: 'If you are in danger right now, please call for help now. You can call either of these:',
    callEmergency: (number: string) => `Call ${number} (emergency)`,
    noEmergency: 'Call your local emergency number.',
    callLine: (name: string, number: string) => `Call ${name}: ${number}`,
    noLine: 'Choose your region in “See who can help” to see crisis lines near you.',
    otherTitle: 'Worried about someone?',
    otherBody:
      'It sounds like someone you care about may be struggling or in danger. You don’t have to handle this alone: crisis lines also talk with people who are worried about someone else, and can help you with what to say and do. This note comes from a check on your device only; nothing was sent or shared.',
    otherUrgent: 'If they are in danger right now, call for help now. You can call either of these:',
    open: 'See who can help',
    openOther: 'See who can help them',
    dismiss: 'Not now'
  },

  help: {
    title: 'Get help now',
    intro: 'You deserve support. These people are ready to listen.',
    emergency: 'If your life or someone else’s is in danger right now, call your local emergency number.',
    roomResources: 'Suggested by this room’s moderators',
    directory: (region: string) => `Support lines for ${region}`,
    international: 'Support lines',
    none: 'No support lines are listed for your region yet. Your local emergency number always works.',
    region: 'Your region',
    regionHint: 'Used only on this device to pick support lines.',
    call: (what: string) => `Call ${what}`,
    text: (what: string) => `Text ${what}`,
    website: 'Website',
    hours: (h: string) => `Hours: ${h}`,
    source: 'Source',
    checked: (d: string) => `checked ${d}`,
    unsafeLink: 'This link was not shown because it is not a phone number, text number or secure web address.',
    loading: 'Loading support lines…'
  },

  guidelines: {
    gateTitle: 'Before you post: the room guidelines',
    newVersion: 'The moderators updated the guidelines. Please read them again before you post.',
    accept: 'I have read these and agree',
    later: 'Read only for now',
    none: 'This room has no written guidelines yet.',
    version: (v: number) => `Version ${v}`,
    mustAccept: 'Accept the room guidelines to post.',
    review: 'Read the guidelines'
  },

  report: {
    title: 'Report this message',
    body: 'Your report goes only to this room’s moderators, sealed so nobody else can read it.',
    reason: 'What is wrong with it?',
    reasons: ['Harassment or bullying', 'Encouraging self-harm', 'Spam or scam', 'Sharing someone’s private details', 'Something else'],
    details: 'Anything the moderators should know (optional)',
    submit: 'Send report',
    sent: 'Thank you. The moderators will look at it.'
  },

  settings: {
    title: 'Settings',
    appearance: 'Appearance',
    theme: 'Theme',
    themes: { system: 'Match my computer', light: 'Light', dark: 'Dark', contrast: 'High contrast' },
    textSize: 'Text size',
    textSizes: { small: 'Small', normal: 'Normal', large: 'Large', xlarge: 'Extra large' },
    motion: 'Motion',
    reduceMotion: 'Reduce motion and animations',
    notifications: 'Notifications',
    notify: 'Show a notification for new messages while Hearth is in the background',
    notifyDesktop: 'In the desktop app, Hearth’s own notifications say only that something arrived, never who or what.',
    region: 'Region for support lines',
    privacyTitle: 'Privacy, in plain words',
    privacy: [
      'Hearth has no account and no central server. Your rooms live on your device and on the devices of the people in them.',
      'Messages are encrypted on the way between devices. People in a room can read what is posted there.',
      'Your display name is chosen per room. Rooms see you under different keys.',
      'The help card checks your drafts on this device only. Nothing about it is sent.',
      'Reports are sealed to the room’s moderators. Moderation actions are listed in a log every member can read.',
      'Leaving a room with “erase” deletes its data from this device.'
    ],
    notificationNote: 'Notifications never leave this device.'
  },

  mod: {
    title: (room: string) => `Moderate ${room}`,
    tabs: {
      members: 'Members',
      reports: 'Reports',
      invites: 'Invites',
      guidelines: 'Guidelines',
      resources: 'Resources',
      settings: 'Room settings',
      log: 'Moderation log',
      moderators: 'Moderators',
      keys: 'Moderator key'
    },
    reason: 'Reason (shown in the moderation log)',
    block: 'Block',
    unblock: 'Unblock',
    mute: 'Mute',
    unmute: 'Unmute',
    approve: 'Approve',
    blockTitle: (name: string) => `Block ${name}?`,
    blockBody: 'Their posts are hidden for everyone and new posts are refused until you unblock them.',
    muteTitle: (name: string) => `Mute ${name}?`,
    muteFor: 'For how many more room messages (empty = until you unmute)',
    blocked: 'Blocked',
    muted: 'Muted',
    pending: 'Waiting for approval',
    posts: (n: number) => (n === 1 ? '1 post' : `${n} posts`),
    noMembers: 'No members yet.',
    memberId: 'Member id',
    reportsEmpty: 'No reports. All is calm.',
    dismiss: 'Dismiss',
    hideAndResolve: 'Hide the post and close the report',
    resolved: { dismissed: 'Dismissed', actioned: 'Acted on' },
    reportedBy: 'Reported by',
    reportedMessage: 'Reported message',
    reportReason: 'Reason',
    hideMessage: 'Hide message',
    invitesEmpty: 'No invites issued from this device.',
    newInvite: 'Create an invite',
    revoke: 'Revoke',
    revoked: 'Revoked',
    uses: (n: number) => (n === 1 ? 'used once' : `used ${n} times`),
    guidelinesText: 'Guidelines text',
    publish: 'Publish new version',
    published: 'Published. Members will be asked to accept the new version.',
    resourcesHelp: 'Support lines shown first to this room’s members in “Get help now”.',
    addResource: 'Add a resource',
    removeResource: 'Remove',
    resourceFields: { name: 'Name', phone: 'Phone', text: 'Text number', url: 'Web address (https)', region: 'Region', hours: 'Hours', note: 'Note' },
    joinPolicy: 'Who can post',
    joinOpen: 'Anyone with an invite',
    joinApproval: 'New members wait for a moderator’s approval',
    slowMode: 'Slow mode: seconds between messages per member (0 = off)',
    logEmpty: 'No moderation actions yet.',
    logEntry: { moderator: 'Moderator', action: 'Action', target: 'Who / what', reason: 'Reason', time: 'Time' },
    moderatorsHelp: 'Moderators can block, hide, mute and approve. Only the owner can add or remove moderators.',
    moderatorKey: 'Moderator key',
    addModerator: 'Add moderator',
    removeModerator: 'Remove',
    yourKey: 'Your moderator key',
    noKey: 'You do not hold a moderator key in this room.',
    createKey: 'Create a moderator key on this device',
    createKeyHelp: 'Give the key to the room’s owner: once they add it, you can moderate from this device.',
    exportTitle: 'Export your moderator key',
    exportHelp: 'To moderate from another device, export your key with a passphrase and import it there. Keep the export secret.',
    passphrase: 'Passphrase (at least 8 characters)',
    exportButton: 'Export key',
    exported: 'Exported key',
    importTitle: 'Import a moderator key',
    importLabel: 'Exported key',
    importButton: 'Import key',
    imported: 'Imported. You can now moderate this room from this device.'
  }
}
