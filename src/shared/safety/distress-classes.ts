/** The languages the distress check knows, and the classes of its model (order = model output order). */
export const LANGUAGE_CLASSES = ['en', 'es', 'de', 'fr', 'pt', 'it'] as const
export type DistressLanguage = (typeof LANGUAGE_CLASSES)[number]

export const DISTRESS_CLASSES = ['none', 'concern', 'urgent', 'other', 'other-urgent'] as const
