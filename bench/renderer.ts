import fs from 'node:fs'
import { startEngine } from '../src/p2p/engine.ts'
import { tmpDir } from '../test/helpers/peers.ts'
import { buildRenderer, serveRenderer } from '../test/e2e/helpers/server.ts'
import { hasChromium, launch } from '../test/e2e/helpers/browser.ts'
import { finishFirstRun } from '../test/e2e/helpers/app.ts'
import { LinePeer, HEARTH, bootstrapNode } from './lib/proc.ts'
import type { Row } from './lib/report.ts'

declare const document: any
declare const location: any

/**
 * (6) The renderer in Debian's headless Chromium, talking to a `hearth serve --ws` peer over its
 * loopback WebSocket (the e2e harness): time from switching to the room (hash route, the app
 * already on the room list) until its newest message is rendered, and the page's DOM element
 * count then. There is no raw-Autobase renderer: the comparison is the same app opening a
 * 100-message room, so the ratio says whether opening stays flat as history grows.
 */
async function profileWith(n: number): Promise<{ dir: string; roomId: string }> {
  const dir = tmpDir('hearth-bench-ui-')
  const engine = await startEngine({ storage: dir, offline: true })
  const { roomId } = (await engine.dispatch('createRoom', { name: `Room of ${n}`, displayName: 'Reader' })) as { roomId: string }
  const room = engine.node.room(roomId)
  for (let i = 0; i < n; i += 1000) {
    await room.appendBatch(
      Array.from({ length: Math.min(1000, n - i) }, (_, j) => ({ type: 'post', text: `message ${i + j}`, time: 1_700_000_000_000 + i + j }))
    )
  }
  await engine.close()
  return { dir, roomId }
}

async function openRoom(browser: any, appUrl: string, peer: LinePeer, ws: { url: string; token: string }, roomId: string, last: string) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 }, reducedMotion: 'reduce' })
  const page = await context.newPage()
  try {
    await page.goto(`${appUrl}/index.html?${new URLSearchParams({ engine: ws.url, token: ws.token })}#/rooms`)
    await finishFirstRun(page)
    const t0 = performance.now()
    await page.evaluate((id: string) => {
      location.hash = `#/room/${id}`
    }, roomId)
    await page.waitForFunction((t: string) => [...document.querySelectorAll('.message-list .peer-text')].some((e: any) => e.textContent === t), last, {
      timeout: 120_000,
      polling: 'raf'
    })
    const ms = performance.now() - t0
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length)
    return { ms, nodes }
  } finally {
    await context.close()
  }
}

export async function renderer(opts: { quick: boolean }): Promise<Row[]> {
  const big = opts.quick ? 10_000 : 100_000
  const label = `${big / 1000}k`
  if (!hasChromium()) {
    return [
      { group: 'renderer', figure: `open a ${label}-message room`, unit: 'ms', hearth: null, raw: null, note: 'not measured: /usr/bin/chromium is missing' }
    ]
  }
  await buildRenderer()
  const server = await serveRenderer()
  const { peer: boot, address } = await bootstrapNode()
  const browser = await launch()
  const made: string[] = []
  try {
    const results: Record<number, { ms: number; nodes: number }> = {}
    for (const n of [100, big]) {
      const { dir, roomId } = await profileWith(n)
      made.push(dir)
      const peer = new LinePeer(HEARTH, ['serve', '--storage', dir, '--bootstrap', address, '--ws', '0', '--ws-origin', 'http://127.0.0.1:*'])
      try {
        const { ws } = await peer.ready
        results[n] = await openRoom(browser, server.url, peer, ws, roomId, `message ${n - 1}`)
      } finally {
        await peer.stop()
      }
    }
    const b = results[big]
    const s = results[100]
    return [
      {
        group: 'renderer',
        figure: `open a ${label}-message room (vs a 100-message room)`,
        unit: 'ms',
        hearth: b.ms,
        raw: s.ms,
        note: 'the "raw" column is the same app on a 100-message room'
      },
      { group: 'renderer', figure: `DOM elements, ${label}-message room open (vs 100)`, unit: 'elements', hearth: b.nodes, raw: s.nodes }
    ]
  } finally {
    await browser.close()
    await boot.stop(3000)
    await server.close()
    for (const d of made) fs.rmSync(d, { recursive: true, force: true })
  }
}
