import { useId } from 'react'
import { FloodSettings, LockdownSettings } from '../../../shared/api/life-methods.ts'
import type { Result } from '../../../shared/api/index.ts'
import type { T } from '../i18n/useT.ts'
import { useT } from '../i18n/useT.ts'

type Settings = Result<'getRoomSettings'>
export type FloodDraft = { on: boolean; posts: string; window: string; newcomerPosts: string; newcomerFor: string }
export type LockdownDraft = { on: boolean; joins: string; window: string }

export const floodDraft = (s: Settings): FloodDraft => {
  const f = s.flood ?? { posts: 5, window: 20, newcomerPosts: 2, newcomerFor: 20 }
  return { on: !!s.flood, posts: String(f.posts), window: String(f.window), newcomerPosts: String(f.newcomerPosts), newcomerFor: String(f.newcomerFor) }
}
export const lockdownDraft = (s: Settings): LockdownDraft => {
  const l = s.lockdown ?? { joins: 5, window: 30 }
  return { on: !!s.lockdown, joins: String(l.joins), window: String(l.window) }
}

/** The drafts as setRoomSettings takes them (null turns a limit off), or a worded reason they do not fit. */
export function floodParams(t: T, f: FloodDraft, l: LockdownDraft): { flood: FloodSettings | null; lockdown: LockdownSettings | null } | string {
  const n = (v: string) => Number(v)
  const flood = FloodSettings.safeParse({ posts: n(f.posts), window: n(f.window), newcomerPosts: n(f.newcomerPosts), newcomerFor: n(f.newcomerFor) })
  if (f.on && !flood.success) return t('mod.floodInvalid')
  const lockdown = LockdownSettings.safeParse({ joins: n(l.joins), window: n(l.window) })
  if (l.on && !lockdown.success) return t('mod.lockdownInvalid')
  return { flood: f.on && flood.success ? flood.data : null, lockdown: l.on && lockdown.success ? lockdown.data : null }
}
type FloodSettings = import('zod').infer<typeof FloodSettings>
type LockdownSettings = import('zod').infer<typeof LockdownSettings>

/** The same limits (or both off), whatever order their fields come in. */
export function sameLimits(a: Record<string, number> | null | undefined, b: Record<string, number> | null | undefined): boolean {
  if (!a || !b) return !a === !b
  return Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v)
}

function Num({ id, label, value, min, max, onChange }: { id: string; label: string; value: string; min: number; max: number; onChange: (v: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" min={min} max={max} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  )
}

/** Flood limits (posts per window of messages, stricter for newcomers) and lockdown after a wave of joins. */
export function FloodFields({
  flood,
  lockdown,
  lockedDown,
  onFlood,
  onLockdown
}: {
  flood: FloodDraft
  lockdown: LockdownDraft
  lockedDown: boolean
  onFlood: (f: FloodDraft) => void
  onLockdown: (l: LockdownDraft) => void
}) {
  const t = useT()
  const id = useId()
  const f = (k: keyof FloodDraft) => (v: string) => onFlood({ ...flood, [k]: v })
  const l = (k: keyof LockdownDraft) => (v: string) => onLockdown({ ...lockdown, [k]: v })
  return (
    <>
      <fieldset className="field">
        <legend>{t('mod.floodTitle')}</legend>
        <label className="check">
          <input type="checkbox" checked={flood.on} onChange={(e) => onFlood({ ...flood, on: e.target.checked })} /> {t('mod.floodOn')}
        </label>
        {flood.on && (
          <div className="grid2">
            <Num id={`${id}-posts`} label={t('mod.floodPosts')} value={flood.posts} min={1} max={50} onChange={f('posts')} />
            <Num id={`${id}-window`} label={t('mod.floodWindow')} value={flood.window} min={2} max={1000} onChange={f('window')} />
            <Num id={`${id}-np`} label={t('mod.floodNewcomerPosts')} value={flood.newcomerPosts} min={1} max={50} onChange={f('newcomerPosts')} />
            <Num id={`${id}-nf`} label={t('mod.floodNewcomerFor')} value={flood.newcomerFor} min={0} max={100000} onChange={f('newcomerFor')} />
          </div>
        )}
        <p className="hint">{t('mod.floodHint')}</p>
      </fieldset>
      <fieldset className="field">
        <legend>{t('mod.lockdownTitle')}</legend>
        {lockedDown && <p className="notice small">{t('mod.lockedDown')}</p>}
        <label className="check">
          <input type="checkbox" checked={lockdown.on} onChange={(e) => onLockdown({ ...lockdown, on: e.target.checked })} /> {t('mod.lockdownOn')}
        </label>
        {lockdown.on && (
          <div className="grid2">
            <Num id={`${id}-joins`} label={t('mod.lockdownJoins')} value={lockdown.joins} min={2} max={1000} onChange={l('joins')} />
            <Num id={`${id}-lwindow`} label={t('mod.lockdownWindow')} value={lockdown.window} min={2} max={100000} onChange={l('window')} />
          </div>
        )}
        <p className="hint">{t('mod.lockdownHint')}</p>
      </fieldset>
    </>
  )
}
