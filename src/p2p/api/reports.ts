import { z } from 'zod'
import { fail } from '../../shared/api/errors.ts'
import { MessageId } from '../../shared/api/common.ts'
import { openSealed, sealTo, fromHex, toHex, type KeyPair } from '../crypto.ts'
import { K, type ReportState } from '../room/keys.ts'
import type { ImplFactory } from './context.ts'
import type { Room } from '../room/room.ts'

/** The keys a sealed report or support request goes to: the owner and every current moderator. */
export async function moderatorKeys(room: Room) {
  const owner = (await room.queries.genesis())!.owner
  const moderators = (await room.queries.entries(K.modPrefix)).map(({ key }) => key.slice(K.modPrefix.length))
  return { owner, moderators }
}

export const ReportBody = z.object({ messageId: MessageId, reason: z.string().max(1000) })

/**
 * Who a report about `author`'s post is sealed to: the owner and every current moderator, except
 * the keys that stand behind that writer (handlers/signers.ts; the room's creator stands behind the
 * owner key). Plus the reporter's own box key, so the reporter can follow their report.
 */
export async function reportRecipients(room: Room, author: string): Promise<string[]> {
  const { owner, moderators } = await moderatorKeys(room)
  const genesis = await room.queries.genesis()
  const subject = new Set((await room.queries.entries(K.signerPrefix(author))).map(({ key }) => key.slice(K.signerPrefix(author).length)))
  if (genesis?.creator === author) subject.add(owner)
  const to = [...new Set([owner, ...moderators])].filter((k) => !subject.has(k))
  if (!to.length) throw fail('report_no_one_else')
  return [...to, toHex((await room.boxKeyPair()).publicKey)]
}

export const sealJson = (to: string, value: unknown) => sealTo(fromHex(to), Buffer.from(JSON.stringify(value))).toString('base64')

/** A sealed JSON box opened and checked against its schema; null when it does not open to one. */
export function openJson<T extends z.ZodType>(kp: KeyPair, box: string, schema: T): z.infer<T> | null {
  const opened = openSealed(kp, Buffer.from(box, 'base64'))
  if (!opened) return null
  try {
    const parsed = schema.safeParse(JSON.parse(opened.toString()))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

const Note = z.object({ note: z.string().max(500) }).strict()

/** The moderator's note for the reporter, sealed to the reporter's box key (null if they have none). */
export async function noteForReporter(room: Room, report: ReportState, note: string | undefined): Promise<string | null> {
  if (!note) return null
  const box = (await room.queries.member(report.reporter))?.box
  return box ? sealJson(box, { note }) : null
}

export const myReportMethods: ImplFactory<'listMyReports'> = (node) => ({
  async listMyReports({ roomId }) {
    const room = node.room(roomId)
    const kp = await room.boxKeyPair()
    const me = toHex(kp.publicKey)
    const reports = []
    for (const { key, value } of await room.queries.entries<ReportState>(K.reportPrefix)) {
      if (value.reporter !== room.memberId) continue
      const copy = value.sealed.find((s) => s.to === me)
      const body = copy ? openJson(kp, copy.box, ReportBody) : null
      if (!body) continue // filed before reporters kept a copy
      const note = value.resolved?.note ? (openJson(kp, value.resolved.note, Note)?.note ?? null) : null
      reports.push({
        reportId: key.slice(K.reportPrefix.length),
        messageId: body.messageId,
        reason: body.reason,
        time: value.time,
        status: value.resolved ? ('resolved' as const) : ('received' as const),
        outcome: value.resolved?.outcome ?? null,
        note
      })
    }
    return { reports: reports.sort((a, b) => a.time - b.time) }
  }
})
