import { CHECKED, type DirectoryEntry } from './schema.ts'

/** The Americas. Every number below was read on the `source` page on the `checked` date. */
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
  },
  {
    country: 'BR',
    name: 'CVV – Centro de Valorização da Vida',
    phone: '188',
    url: 'https://cvv.org.br',
    languages: ['pt'],
    note: 'Free call. Source is a 2017 post on CVV’s own site announcing the free 188 line with the Ministry of Health.',
    source: 'https://cvv.org.br/188-grande-parceria-em-favor-da-vida',
    checked: '2026-11-30'
  },
  {
    country: 'CO',
    name: 'Línea 106 – El poder de ser escuchado (Bogotá)',
    phone: '106',
    text: 'WhatsApp 300 754 8933',
    hours: '24 hours a day',
    languages: ['es'],
    note: 'Bogotá only: free from mobile or landline in Bogotá. Run by the city’s health department. No national Colombian line was confirmed.',
    // The stored copy of this page was served over http; the same page is published over https.
    source: 'https://www.bogota.gov.co/servicios/guia-de-tramites-y-servicios/linea-106',
    checked: '2026-11-30'
  }
]
