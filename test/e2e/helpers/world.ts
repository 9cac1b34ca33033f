import type { Browser } from 'playwright-core'
import { startBootstrap, startEngine } from './engines.ts'
import type { Bootstrap, Engine } from './engines.ts'
import { buildRenderer, serveRenderer } from './server.ts'
import { launch } from './browser.ts'

export interface World {
  boot: Bootstrap
  /** Two engines to start with (Ann's, Ben's); scenarios may push more. */
  engines: Engine[]
  server: { url: string; close: () => Promise<void> }
  browser: Browser
  stop: () => Promise<void>
}

/** The renderer built and served on loopback, a private DHT, two real engines and Chromium. */
export async function startWorld(): Promise<World> {
  await buildRenderer()
  const server = await serveRenderer()
  const boot = await startBootstrap()
  const engines = await Promise.all([startEngine(boot.address, 'ann'), startEngine(boot.address, 'ben')])
  const browser = await launch()
  const world: World = {
    boot,
    engines,
    server,
    browser,
    stop: async () => {
      await browser.close()
      await Promise.all(world.engines.map((e) => e.stop()))
      await boot.stop()
      await server.close()
    }
  }
  return world
}
