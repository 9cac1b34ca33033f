const KEY = 'hearth.nudgesDismissed.v1'
/** A post's id is kept this long: the engine stops nudging about posts older than a day anyway. */
const KEEP = 50

/**
 * The unanswered posts this device was told "not now" about, per room (localStorage; memory only
 * without it). Only message ids: nothing about the grade is kept.
 */
export const dismissedNudges = {
  get(roomId: string): string[] {
    try {
      const all = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, unknown>
      const ids = all[roomId]
      return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : []
    } catch {
      return []
    }
  },
  add(roomId: string, messageId: string): string[] {
    const ids = [...dismissedNudges.get(roomId).filter((x) => x !== messageId), messageId].slice(-KEEP)
    try {
      const all = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, unknown>
      localStorage.setItem(KEY, JSON.stringify({ ...all, [roomId]: ids }))
    } catch {
      /* memory only: the caller keeps its own copy */
    }
    return ids
  }
}
