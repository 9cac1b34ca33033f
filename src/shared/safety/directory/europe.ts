import { CHECKED, type DirectoryEntry } from './schema.ts'

/**
 * Europe. Every number below was read on the `source` page on the `checked` date. Where the
 * service's own site was not available to us, the source is the body that runs or funds it
 * (a church that operates the line, a municipality, a national health service); see `note`.
 */
export const europe: readonly DirectoryEntry[] = [
  {
    country: 'GB',
    name: 'Samaritans',
    phone: '116 123',
    url: 'https://www.samaritans.org',
    note: 'Free to call from landlines and mobiles, including pay-as-you-go without credit.',
    // The stored copy of this page carried an ad-tracking query string, dropped here.
    source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
    checked: CHECKED
  },
  {
    country: 'GB',
    name: 'Shout 85258',
    text: 'Text SHOUT to 85258',
    url: 'https://giveusashout.org',
    hours: '24/7',
    note: 'Free text support for anyone resident in the UK.',
    source: 'https://giveusashout.org/about-us/faq/',
    checked: CHECKED
  },
  {
    country: 'IE',
    name: 'Samaritans (Ireland)',
    phone: '116 123',
    url: 'https://www.samaritans.org',
    note: 'Samaritans serves the UK and the Republic of Ireland on the same free number.',
    source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
    checked: CHECKED
  },
  {
    country: 'DE',
    name: 'TelefonSeelsorge',
    phone: '0800 111 0 111',
    url: 'https://www.telefonseelsorge.de',
    hours: 'Rund um die Uhr (24 hours)',
    languages: ['de'],
    note: 'Free and anonymous. Run by the Protestant and Catholic churches; source is a church broadcaster.',
    source: 'https://www.domradio.de/artikel/telefonseelsorge-jetzt-unter-oekumenischem-dachverband',
    checked: CHECKED
  },
  {
    country: 'DE',
    name: 'TelefonSeelsorge (second number)',
    phone: '0800 111 0 222',
    url: 'https://www.telefonseelsorge.de',
    hours: 'Rund um die Uhr (24 hours)',
    languages: ['de'],
    source: 'https://www.domradio.de/artikel/telefonseelsorge-jetzt-unter-oekumenischem-dachverband',
    checked: CHECKED
  },
  {
    country: 'AT',
    name: 'TelefonSeelsorge – Notruf 142',
    phone: '142',
    url: 'https://www.onlineberatung-telefonseelsorge.at',
    hours: 'Rund um die Uhr (24 hours)',
    languages: ['de'],
    note: 'Free from anywhere in Austria. Run by the Catholic and Protestant churches.',
    source: 'https://www.katholisch.at/telefonseelsorge',
    checked: CHECKED
  },
  {
    country: 'CH',
    name: 'Die Dargebotene Hand / La Main Tendue / Telefono Amico (Tel 143)',
    phone: '143',
    url: 'https://www.143.ch',
    languages: ['de', 'fr', 'it'],
    note: 'Also serves Liechtenstein.',
    source: 'https://www.143.ch/unsere-geschichte/',
    checked: CHECKED
  },
  {
    country: 'FR',
    name: '3114 – numéro national de prévention du suicide',
    phone: '3114',
    url: 'https://3114.fr',
    hours: '24h/24, 7j/7',
    languages: ['fr'],
    note: 'Free; answered by health professionals. Covers metropolitan France and overseas.',
    source: 'https://www.mayotte.ars.sante.fr/3114-le-numero-national-de-prevention-du-suicide',
    checked: CHECKED
  },
  {
    country: 'NL',
    name: '113 Zelfmoordpreventie',
    phone: '113',
    url: 'https://www.113.nl',
    languages: ['nl'],
    note: 'Free and anonymous; chat is available at 113.nl.',
    source: 'https://www.113.nl/schoolopdracht',
    checked: CHECKED
  },
  {
    country: 'BE',
    name: 'Zelfmoordlijn 1813',
    phone: '1813',
    url: 'https://www.zelfmoord1813.be',
    hours: 'Phone 24/7; chat in the evenings',
    languages: ['nl'],
    note: 'Dutch-language line (Flanders).',
    source: 'https://zelfmoord1813.be/blog/chat-zelfmoordlijn-langer-geopend',
    checked: CHECKED
  },
  {
    country: 'BE',
    name: 'Centre de Prévention du Suicide – ligne d’écoute',
    phone: '0800 32 123',
    url: 'https://www.preventionsuicide.be',
    languages: ['fr'],
    note: 'French-language line (Brussels and Wallonia).',
    source: 'https://www.preventionsuicide.be/actualites/le-centre-de-prevention-du-suicide-publie-son-rapport-dactivites-2022',
    checked: '2026-11-30'
  },
  {
    country: 'NO',
    name: 'Mental Helse Hjelpetelefonen',
    phone: '116 123',
    url: 'https://sidetmedord.no',
    hours: 'Heile døgnet (24 hours)',
    languages: ['no'],
    note: 'Chat and writing service at sidetmedord.no. Source is a municipal health page.',
    source: 'https://www.vindafjord.kommune.no/helse-og-velferd/aktuelt-helse-og-velferd/snakk-om-sjolvmordstankar-det-kan-redda-liv.495894.aspx',
    checked: CHECKED
  },
  {
    country: 'SE',
    name: 'Mind Självmordslinjen',
    phone: '90101',
    url: 'https://mind.se',
    languages: ['sv'],
    note: 'Chat via mind.se. Source is a press release from Mind, which runs the line.',
    source: 'https://newsroom.notified.com/mind-1/posts/pressreleases/vasterbotten-har-bast-psykisk-halsa-enligt-mi',
    checked: CHECKED
  },
  {
    country: 'FI',
    name: 'MIELI Crisis Helpline (Kriisipuhelin)',
    phone: '09 2525 0111',
    url: 'https://mieli.fi',
    languages: ['fi'],
    note: 'Finnish-language line; MIELI also runs lines in Swedish and English at set hours.',
    // The stored copy was served over http; the same page is published over https.
    source: 'https://mieli.fi/helpline',
    checked: CHECKED
  },
  {
    country: 'PT',
    name: 'SNS 24 – Aconselhamento psicológico',
    phone: '808 24 24 24',
    url: 'https://www.sns24.gov.pt',
    hours: '24/7',
    languages: ['pt'],
    note: 'National health service line: choose option 4 (psychological counselling).',
    source: 'https://www.sns24.gov.pt/en/servico/aconselhamento-psicologico-no-sns-24/',
    checked: CHECKED
  },
  {
    country: 'IS',
    name: 'Hjálparsími Rauða krossins 1717',
    phone: '1717',
    url: 'https://1717.is',
    hours: 'Allan sólarhringinn (24 hours)',
    languages: ['is'],
    note: 'Red Cross helpline; web chat at 1717.is.',
    source: 'https://www.raudikrossinn.is/um-okkur/frettir-og-utgefid-efni/frettayfirlit/almennar-frettir/felagsmalaraduneytid-stydur-vid-1717',
    checked: CHECKED
  }
]
