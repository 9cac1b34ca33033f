export interface TabProps {
  roomId: string
  isOwner: boolean
}
