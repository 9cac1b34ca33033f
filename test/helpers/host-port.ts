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
  /** A JSON-RPC request, as main sends it. */
  request(id: number, method: string, params?: unknown) {
    this.send({ jsonrpc: '2.0', id, method, params })
  }
  /** JSON-RPC responses (results and errors) the host sent. */
  responses() {
    return this.out.filter((m) => m.jsonrpc === '2.0' && 'id' in m)
  }
  response(id: number) {
    return this.responses().find((m) => m.id === id)
  }
  /** JSON-RPC notifications (engine events) the host sent. */
  events() {
    return this.out.filter((m) => m.jsonrpc === '2.0' && !('id' in m))
  }
}
