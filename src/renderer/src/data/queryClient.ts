import { QueryClient } from '@tanstack/react-query'

/**
 * One cache for the app. Engine events keep it fresh (events.ts), so nothing refetches on a timer
 * or on window focus; a failed load retries once, then shows its error.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, gcTime: 5 * 60_000, retry: 1, retryDelay: 500, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false }
    }
  })
}
