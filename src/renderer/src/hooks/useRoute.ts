import { useCallback, useEffect, useState } from 'react'

export type Route =
  | { name: 'rooms' }
  | { name: 'room'; roomId: string }
  | { name: 'moderate'; roomId: string; tab?: string }
  | { name: 'settings' }
  | { name: 'directory' }
  | { name: 'join'; invite: string }

const ROOM_ID = /^[ybndrfg8ejkmcpqxot1uwisza345h769]{52}$/

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/')
  const [head, arg, tab] = parts
  if (head === 'room' && arg && ROOM_ID.test(arg)) return { name: 'room', roomId: arg }
  if (head === 'moderate' && arg && ROOM_ID.test(arg)) return { name: 'moderate', roomId: arg, ...(tab ? { tab } : {}) }
  if (head === 'settings') return { name: 'settings' }
  if (head === 'directory') return { name: 'directory' }
  if (head === 'join' && arg) {
    try {
      return { name: 'join', invite: decodeURIComponent(parts.slice(1).join('/')) }
    } catch {
      /* fall through */
    }
  }
  return { name: 'rooms' }
}

export function routeHash(r: Route): string {
  switch (r.name) {
    case 'room':
      return `#/room/${r.roomId}`
    case 'moderate':
      return `#/moderate/${r.roomId}${r.tab ? `/${r.tab}` : ''}`
    case 'settings':
      return '#/settings'
    case 'directory':
      return '#/directory'
    case 'join':
      return `#/join/${encodeURIComponent(r.invite)}`
    default:
      return '#/rooms'
  }
}

/** The screen to show, kept in the location hash so reloads and the back key keep working. */
export function useRoute(): [Route, (r: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parseHash(globalThis.location?.hash ?? ''))
  useEffect(() => {
    const on = (): void => setRoute(parseHash(location.hash))
    addEventListener('hashchange', on)
    return () => removeEventListener('hashchange', on)
  }, [])
  const go = useCallback((r: Route) => {
    const h = routeHash(r)
    if (location.hash !== h) location.hash = h
    setRoute(r)
  }, [])
  return [route, go]
}
