import { CHECKED, type DirectoryEntry } from './schema.ts'

/** North America. Every number below was read on the `source` page on the `checked` date. */
export const americas: readonly DirectoryEntry[] = [
  {
    country: 'US',
    name: '988 Suicide & Crisis Lifeline',
    phone: '988',
    text: 'Text 988',
    url: 'https://988lifeline.org',
    hours: '24 hours a day, 7 days a week',
    note: 'Free and confidential; chat is also available at 988lifeline.org.',
    source: 'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline',
    checked: CHECKED
  },
  {
    country: 'CA',
    name: '9-8-8: Suicide Crisis Helpline',
    phone: '988',
    text: 'Text 988',
    url: 'https://988.ca',
    hours: '24 hours a day',
    languages: ['en', 'fr'],
    source: 'https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/',
    checked: CHECKED
  }
]
