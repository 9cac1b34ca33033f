import Autobase from 'autobase'
import Hyperbee from 'hyperbee'
import b4a from 'b4a'

/**
 * The raw reference: the least an app needs to do what a Hearth room does, on the same stack.
 * Autobase (encrypted, like Hearth's rooms) + a Hyperbee view with ONE put per message
 * (`m/<index>` -> {id, text}) and one counter put per apply batch. A writer is admitted by an
 * `add` record from an existing writer. No records versioning, schemas, signatures, members,
 * moderation or profile bookkeeping: the ratio Hearth/raw is what those cost.
 */
export type RawOptions = { encryptionKey: Buffer; ackInterval?: number; fastForwardKey?: Buffer; wakeup?: any }

const pad = (n: number) => String(n).padStart(12, '0')

/** Apply's work in this process over every raw room, counted like Hearth's `applyStats`. */
export const rawApplyStats = { runs: 0, nodes: 0 }

export class RawRoom {
  base: any
  constructor(store: any, key: Buffer | null, opts: RawOptions) {
    this.base = new Autobase(store, key, {
      open: (s: any) => new Hyperbee(s.get('view'), { keyEncoding: 'utf-8', valueEncoding: 'json', extension: false }),
      apply: async (nodes: any[], view: any, host: any) => {
        rawApplyStats.runs++
        rawApplyStats.nodes += nodes.length
        const batch = view.batch()
        const meta = (await batch.get('meta'))?.value ?? { n: 0 }
        for (const node of nodes) {
          if (node.value === null) continue
          let v: any
          try {
            v = JSON.parse(b4a.toString(node.value))
          } catch {
            continue
          }
          if (v.type === 'add' && typeof v.key === 'string') await host.addWriter(b4a.from(v.key, 'hex'), { indexer: false })
          else if (v.type === 'post') await batch.put(`m/${pad(meta.n++)}`, { id: `${b4a.toString(node.from.key, 'hex')}-${node.length}`, text: v.text })
        }
        await batch.put('meta', meta)
        await batch.flush()
      },
      close: (view: any) => view.close(),
      encryptionKey: opts.encryptionKey,
      ackInterval: opts.ackInterval ?? 1000,
      wakeup: opts.wakeup,
      fastForward: opts.fastForwardKey ? { key: opts.fastForwardKey } : true
    })
  }

  ready() {
    return this.base.ready()
  }
  close() {
    return this.base.close()
  }
  get key(): Buffer {
    return this.base.key
  }
  get writerKey(): string {
    return b4a.toString(this.base.local.key, 'hex')
  }

  async post(text: string): Promise<string> {
    const length = await this.base.append(b4a.from(JSON.stringify({ type: 'post', text, time: Date.now() })))
    return `${this.writerKey}-${length}`
  }

  postBatch(texts: string[]) {
    return this.base.append(texts.map((text) => b4a.from(JSON.stringify({ type: 'post', text, time: 1 }))))
  }

  addWriter(key: string) {
    return this.base.append(b4a.from(JSON.stringify({ type: 'add', key })))
  }

  /** The newest `limit` messages, oldest first (what a chat screen opens on). */
  async latest(limit = 20): Promise<Array<{ id: string; text: string }>> {
    const out = []
    for await (const { value } of this.base.view.createReadStream({ gte: 'm/', lt: 'm/\xff', reverse: true, limit })) out.push(value)
    return out.reverse()
  }

  /** Messages from position `from` on (oldest first). */
  async since(from: number): Promise<Array<{ id: string; text: string }>> {
    const out = []
    for await (const { value } of this.base.view.createReadStream({ gte: `m/${pad(from)}`, lt: 'm/\xff' })) out.push(value)
    return out
  }

  async count(): Promise<number> {
    return (await this.base.view.get('meta'))?.value?.n ?? 0
  }
}
