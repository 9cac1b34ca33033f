import { createIntl } from 'react-intl'
import { catalogFor } from '../../../src/renderer/src/i18n/catalog.ts'
import type { MessageId } from '../../../src/renderer/src/i18n/catalog.ts'

const intl = createIntl({ locale: 'en', messages: catalogFor('en') })
/** A message from the app's English catalog, as the page shows it. */
export const msg = (id: MessageId, values?: Record<string, string | number>): string => intl.formatMessage({ id }, values)
