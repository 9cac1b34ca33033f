/**
 * A version number per room kept on this device (localStorage), e.g. the guidelines accepted or
 * the welcome already shown. Without storage it is remembered for this session only.
 */
export function roomVersions(storageKey: string) {
  const read = (): Record<string, number> => {
    try {
      return JSON.parse(localStorage.getItem(storageKey) ?? '{}') as Record<string, number>
    } catch {
      return {}
    }
  }
  return {
    get: (roomId: string): number => Number(read()[roomId] ?? 0),
    set: (roomId: string, version: number): void => {
      try {
        localStorage.setItem(storageKey, JSON.stringify({ ...read(), [roomId]: version }))
      } catch {
        /* memory only */
      }
    }
  }
}
