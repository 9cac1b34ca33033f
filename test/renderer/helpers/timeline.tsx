import { MessageList } from '../../../src/renderer/src/components/MessageList.tsx'
import { useMessages } from '../../../src/renderer/src/hooks/useMessages.ts'
import { ME, ROOM } from './fakeClient.ts'

const noop = () => {}
const actions = { onReply: noop, onEdit: noop, onDelete: noop, onReport: noop, onHide: noop, onUnhide: noop }
const authorOf = () => ({ moderator: false, sharedName: false })

/** The fake room's timeline as a member (not a moderator) sees it, with no actions wired. */
export function Timeline() {
  const messages = useMessages(ROOM)
  return <MessageList messages={messages} me={ME} moderator={false} actions={actions} authorOf={authorOf} />
}
