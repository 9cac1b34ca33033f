import { EventEmitter } from 'node:events'

/** What Electron's utility-process port does, for driving src/p2p/host.ts without Electron. */
export class FakePort extends EventEmitter {
  out: Array<Record<string, unknown>> = []
  postMessage(m: Record<string, unknown>) {
    structuredClone(m) // like Electron: what cannot be cloned throws
    this.out.push(m)
  }
  send(data: unknown) {
    this.emit('message', { data })
  }
  responses() {
    return this.out.filter((m) => m.type === 'response')
  }
  response(id: number) {
    return this.out.find((m) => m.type === 'response' && m.id === id)
  }
}
