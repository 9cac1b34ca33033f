import { normaliseRegion } from '../../shared/safety/crisis-directory.ts'
import type { Resource, ResourceForYou } from '../../shared/api/common.ts'

const ORDER = { region: 0, everywhere: 1, other: 2 } as const

/**
 * A room's resources for a person in `region`: theirs first, then the lines for everywhere, then
 * those for other regions, each marked so the app can label it. Resources written before regions
 * came from a list hold free text: a code or a common spelling of one ('UK', 'en-GB') is read as
 * that region; anything else cannot be placed and is shown as another region's, never as yours.
 */
export function resourcesFor(resources: Array<Omit<Resource, 'region'> & { region?: string }>, region: string | undefined): ResourceForYou[] {
  const you = normaliseRegion(region)
  const placed = resources.map((r) => {
    const { region: stored, ...rest } = r
    const everywhere = !stored?.trim() || stored.trim().toLowerCase() === 'everywhere'
    const code = everywhere ? null : normaliseRegion(stored)
    const match = everywhere ? ('everywhere' as const) : code !== null && code === you ? ('region' as const) : ('other' as const)
    return { ...rest, ...(everywhere ? {} : code ? { region: code } : {}), match }
  })
  // stable: within each group the moderator's order stays
  return placed
    .map((r, i) => ({ r, i }))
    .sort((a, b) => ORDER[a.r.match] - ORDER[b.r.match] || a.i - b.i)
    .map(({ r }) => r)
}
