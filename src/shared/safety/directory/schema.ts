import { z } from 'zod'

/**
 * Shape of one crisis-line entry. Kept in its own file so the per-continent data files and
 * crisis-directory.ts can both import it without a cycle.
 */

/** ISO 3166-1 alpha-2 (upper case), or 'INTL' for the worldwide fallback entries. */
export const DirectoryCountry = z.string().regex(/^(?:[A-Z]{2}|INTL)$/, 'country must be ISO 3166-1 alpha-2 (e.g. GB) or INTL')

/** Digits, spaces, '+' and '-' only, so the UI can turn it into a tel: link without guessing. */
export const PhoneNumber = z.string().regex(/^\+?[0-9][0-9 -]*[0-9]$/, 'phone must contain only digits, spaces, + and -')

/** Sources and links must be https: we show them to people in crisis. */
export const HttpsUrl = z.url({ protocol: /^https$/, error: 'must be an https URL' })

export const DirectoryEntrySchema = z
  .object({
    country: DirectoryCountry,
    name: z.string().trim().min(1).max(120),
    phone: PhoneNumber.optional(),
    /** How to reach it by SMS/messaging, as a short instruction, e.g. 'Text SHOUT to 85258'. */
    text: z.string().trim().min(1).max(120).optional(),
    url: HttpsUrl.optional(),
    hours: z.string().trim().min(1).max(160).optional(),
    /** ISO 639-1 codes of the languages the source page says the line answers in. */
    languages: z
      .array(z.string().regex(/^[a-z]{2}$/))
      .min(1)
      .optional(),
    note: z.string().trim().min(1).max(300).optional(),
    /** The page where the number was seen when the entry was last checked. */
    source: HttpsUrl,
    /** ISO date (YYYY-MM-DD) of the last check against `source`. */
    checked: z.iso.date()
  })
  .strict()
  .refine((e) => e.phone !== undefined || e.text !== undefined || e.url !== undefined, {
    message: 'an entry needs at least one way to reach it (phone, text or url)'
  })

export type DirectoryEntry = z.infer<typeof DirectoryEntrySchema>

/** A country's general emergency number, stored only where a looked-up page confirmed it. */
export const EmergencyNumberSchema = z
  .object({
    country: z.string().regex(/^[A-Z]{2}$/),
    emergency: PhoneNumber,
    source: HttpsUrl,
    checked: z.iso.date()
  })
  .strict()

export type EmergencyNumber = z.infer<typeof EmergencyNumberSchema>

/** Date of the last full check of the directory (see the header of crisis-directory.ts). */
export const CHECKED = '2026-11-24'
