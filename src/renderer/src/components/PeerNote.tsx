import { PeerText } from './PeerText.tsx'

/** A person's note to moderators (or a moderator's to them), under its label; `none` when there is no note. */
export function PeerNote({ note, label, none }: { note: string | null; label: string; none?: string }) {
  if (!note) return none ? <p className="small muted">{none}</p> : null
  return (
    <>
      <p className="small muted">{label}</p>
      <PeerText text={note} className="quote" />
    </>
  )
}
