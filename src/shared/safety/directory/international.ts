import { CHECKED, type DirectoryEntry, type EmergencyNumber } from './schema.ts'

/**
 * Worldwide fallback: directories that list helplines by country. They carry no phone number
 * on purpose: no single number works everywhere.
 */
export const international: readonly DirectoryEntry[] = [
  {
    country: 'INTL',
    name: 'Find A Helpline',
    url: 'https://findahelpline.com',
    note: 'Directory of free, confidential helplines (phone, text and chat), searchable by country and topic.',
    source: 'https://findahelpline.com/AU',
    checked: CHECKED
  },
  {
    country: 'INTL',
    name: 'Befrienders Worldwide',
    url: 'https://befrienders.org',
    note: 'Global network of emotional support centres; its site lists centres by country.',
    source: 'https://www.befrienders.org/what-we-do',
    checked: CHECKED
  }
]

/**
 * General emergency numbers, only for countries where a page we looked up said to call it.
 * Countries not listed here get the generic "call your local emergency number" wording.
 */
export const emergencyNumbers: readonly EmergencyNumber[] = [
  {
    country: 'US',
    emergency: '911',
    source: 'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline',
    checked: CHECKED
  },
  { country: 'CA', emergency: '911', source: 'https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/', checked: CHECKED },
  { country: 'GB', emergency: '999', source: 'https://www.hpft.nhs.uk/news/don-t-struggle-alone-change-the-narrative-on-suicide/', checked: CHECKED },
  { country: 'AU', emergency: '000', source: 'https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/', checked: CHECKED },
  { country: 'NO', emergency: '113', source: 'https://www.helsenorge.no/en/psykisk-helse/mental-healthcare-for-children-and-adolescents/', checked: CHECKED },
  { country: 'FI', emergency: '112', source: 'https://mieli.fi/helpline', checked: CHECKED },
  { country: 'HK', emergency: '999', source: 'https://csrp.hku.hk/getting-help/', checked: CHECKED },
  // 112 works in every EU country (European Commission); listed for the EU countries of the six check languages
  ...(['DE', 'AT', 'FR', 'BE', 'PT'] as const).map((country) => ({
    country,
    emergency: '112',
    source: 'https://digital-strategy.ec.europa.eu/en/news/112-day-saving-lives-quickly-and-easily-reaching-emergency-services-anywhere-eu',
    checked: '2026-11-30'
  }))
]
