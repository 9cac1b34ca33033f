import { CHECKED, type DirectoryEntry } from './schema.ts'

/** Asia-Pacific and Africa. Every number below was read on the `source` page on the `checked` date. */
export const asiaPacificAfrica: readonly DirectoryEntry[] = [
  {
    country: 'AU',
    name: 'Lifeline Australia',
    phone: '13 11 14',
    text: 'Text 0477 13 11 14',
    hours: '24 hours, 7 days (call, text and chat)',
    source: 'https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7',
    checked: CHECKED
  },
  {
    country: 'NZ',
    name: '1737 Need to talk?',
    phone: '1737',
    text: 'Text 1737',
    hours: 'Any time, day or night',
    note: 'Free; answered by trained counsellors (national telehealth service).',
    source: 'https://www.health.govt.nz/news-media/news-items/phone-counselling-service-busy-following-christchurch-tragedy',
    checked: CHECKED
  },
  {
    country: 'HK',
    name: 'The Samaritans (撒瑪利亞會)',
    phone: '2896 0000',
    url: 'https://samaritans.org.hk',
    hours: '24 hours',
    languages: ['en', 'zh'],
    note: 'Multilingual: English, Cantonese, Mandarin and other languages.',
    source: 'https://csrp.hku.hk/getting-help/',
    checked: CHECKED
  },
  {
    country: 'HK',
    name: 'The Samaritan Befrienders Hong Kong (香港撒瑪利亞防止自殺會)',
    phone: '2389 2222',
    hours: '24 hours',
    languages: ['zh', 'en'],
    source: 'https://csrp.hku.hk/getting-help/',
    checked: CHECKED
  },
  {
    country: 'JP',
    name: 'よりそいホットライン (Yorisoi Hotline)',
    phone: '0120-279-338',
    hours: '24時間365日 (24 hours, every day)',
    languages: ['ja'],
    note: 'Free call. Source is a city public-relations bulletin (Yasu, Shiga).',
    source:
      'https://mykoho.jp/article/%E6%BB%8B%E8%B3%80%E7%9C%8C%E9%87%8E%E6%B4%B2%E5%B8%82/%e5%ba%83%e5%a0%b1%e3%82%84%e3%81%99-%e4%bb%a4%e5%92%8c6%e5%b9%b49%e6%9c%881%e6%97%a5%e5%8f%b7/9%e6%9c%8810%e6%97%a5%e7%81%ab%ef%bd%9e16%e6%97%a5%e7%a5%9d%e3%81%af%e3%80%8c%e8%87%aa%e6%ae%ba%e4%ba%88%e9%98%b2%e9%80%b1%e9%96%93%e3%80%8d-3',
    checked: CHECKED
  },
  {
    country: 'JP',
    name: '日本いのちの電話連盟 (Inochi no Denwa free-dial)',
    phone: '0120-783-556',
    hours: 'Daily 16:00–21:00; on the 10th of each month from 08:00 to 08:00 next day (as published March 2023)',
    languages: ['ja'],
    note: 'Source is a city government page (Akiruno, Tokyo).',
    source: 'https://www.city.akiruno.tokyo.jp/0000015267.html',
    checked: CHECKED
  },
  {
    country: 'PH',
    name: 'NCMH Crisis Hotline (National Center for Mental Health)',
    phone: '0917 899 8727',
    hours: '24/7',
    note: 'Department of Health hotline; the DOH release also lists the landline 989 8727.',
    source: 'https://doh.gov.ph/press-release/launch-of-the-ncmh-crisis-hotline/',
    checked: CHECKED
  },
  {
    country: 'ZA',
    name: 'SADAG Suicide Crisis Helpline',
    phone: '0800 567 567',
    url: 'https://www.sadag.org',
    hours: '24 hours, toll-free',
    source:
      'https://www.sadag.org/index.php?option=com_content&view=article&id=3141:world-mental-health-day-7-october-2020&catid=149:press-releases&Itemid=601',
    checked: CHECKED
  },
  {
    country: 'ZA',
    name: 'SADAG / Cipla Mental Health Helpline',
    phone: '0800 456 789',
    text: 'SMS 31393',
    url: 'https://www.sadag.org',
    hours: '24 hours, toll-free',
    source:
      'https://www.sadag.org/index.php?option=com_content&view=article&id=3141:world-mental-health-day-7-october-2020&catid=149:press-releases&Itemid=601',
    checked: CHECKED
  }
]
