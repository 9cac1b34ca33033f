import os from 'node:os'
import fs from 'node:fs'
import path from 'node:path'

/** One line of the table: the same figure for Hearth and for raw Autobase, measured in the same run. */
export type Row = {
  group: string
  figure: string
  unit: string
  hearth: number | null
  raw: number | null
  /** A target from issue 6, as text (e.g. "<= 1.2x raw", "<= 300 ms"), and whether it is met. */
  target?: string
  met?: boolean | null
  note?: string
}

/** hearth / raw; for rates (higher is better) the table still prints hearth/raw, so < 1 means slower. */
export const ratio = (r: Row) => (r.hearth != null && r.raw != null && r.raw > 0 ? r.hearth / r.raw : null)

const fmt = (v: number | null, unit: string) => {
  if (v == null) return 'n/a'
  if (unit === 'ms') return v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(v < 10 ? 1 : 0)} ms`
  if (unit === 'MB') return `${v.toFixed(0)} MB`
  if (unit === 'posts/s') return `${v.toFixed(0)}/s`
  if (unit === 'elements') return v.toFixed(0)
  return `${v.toFixed(1)} ${unit}`
}

export function table(rows: Row[]): string {
  const head = ['figure', 'Hearth', 'raw Autobase', 'Hearth/raw', 'target', 'met']
  const body = rows.map((r) => {
    const q = ratio(r)
    return [
      `${r.group}: ${r.figure}`,
      fmt(r.hearth, r.unit),
      fmt(r.raw, r.unit),
      q == null ? '—' : `${q.toFixed(2)}x`,
      r.target ?? '',
      r.met == null ? '' : r.met ? 'yes' : 'NO'
    ]
  })
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)))
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |'
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n')
}

export function machine() {
  return {
    nproc: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    loadavg: os.loadavg().map((l) => +l.toFixed(2))
  }
}

export function writeResults(file: string, rows: Row[], extra: Record<string, unknown>) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const out = { date: new Date().toISOString(), machine: machine(), ...extra, rows: rows.map((r) => ({ ...r, ratio: ratio(r) })) }
  fs.writeFileSync(file, JSON.stringify(out, null, 2) + '\n')
}

export function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]
}

export const median = (xs: number[]) => percentile(xs, 50)
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Resident set size of a process in MB (Linux /proc). */
export function rssMB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN)
  return kb / 1024
}

/** Polls until check() is truthy; returns the elapsed ms, or null after timeoutMs. */
export async function timeUntil(check: () => Promise<unknown> | unknown, timeoutMs: number, everyMs = 10, start = performance.now()): Promise<number | null> {
  for (;;) {
    try {
      if (await check()) return performance.now() - start
    } catch {}
    if (performance.now() - start > timeoutMs) return null
    await sleep(everyMs)
  }
}
