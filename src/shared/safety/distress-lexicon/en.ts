import { words } from './rule.ts'
import type { DistressLexicon } from './types.ts'
import { enHarm } from './en-harm.ts'
import { enThird } from './en-third.ts'
import { enThoughts } from './en-thoughts.ts'
import { enUrgent } from './en-urgent.ts'
import { enWishes } from './en-wishes.ts'
import { widerRules } from './en-wider.ts'

/**
 * English distress lexicon. Its rules live in files by theme: wishes and suicide named
 * (en-wishes.ts), thoughts of death and no future (en-thoughts.ts), urgent forms (en-urgent.ts),
 * self-harm, crisis and someone else (en-harm.ts), and the second pass's en-wider.ts.
 * They run on normalised text (see normaliseForDistress): lower case, leetspeak/fullwidth folded,
 * zero-width characters removed, apostrophes straightened. Contractions are matched with and
 * without the apostrophe ("don't"/"dont", "i'm"/"im"). Every quantifier is bounded and
 * alternations do not nest repeats, so checking stays linear in the length of the message (see
 * docs/safety.md, "Measured figures"). Add a phrase family only together with training drafts
 * (test/fixtures/distress-train/), including the negatives it could wrongly match; never from a
 * held-out set.
 */

export const en: DistressLexicon = {
  language: 'en',
  rules: [...enWishes, ...enThoughts, ...enUrgent, ...enHarm, ...widerRules, ...enThird],
  clauseSplit: /[.!?;\n…]+|\s(?:but|though|although|however|whereas)\s/,
  negators: words(
    "not never don't dont doesn't didn't didnt won't wont wouldn't wouldnt isn't aren't wasn't weren't ain't aint haven't havent hasn't nor neither stopped quit without"
  ),
  negatorPhrases:
    /\b(?:no longer|no way|no intention|no plans? (?:to|of)|not going to|not gonna|do not|would never|will never|(?:it'?s |its )?not like i|(?:doesn'?t|does not|none of (?:this|that|it)) means? (?:that )?i)\b/,
  negationBreakers: words(
    "stop help sure certain know care matter wait why if and so because cause cos but i i'm im i've ive i'll i'd anymore more one else except"
  ),
  negationWindow: 6,
  firstPerson: words("i i'm im i've ive i'd i'll me my myself mine"),
  otherPerson: words(
    "he she they he's she's they're theyre hes shes him her them his their friend friends bestie bff mom mum mother dad father brother sister sibling partner boyfriend girlfriend bf gf husband wife son daughter kid kids child guy girl man woman coworker colleague roommate cousin teacher classmate neighbor neighbour grandma grandpa grandmother grandfather nan nana aunt uncle parents grandson granddaughter niece nephew stepdad stepmom flatmate housemate buddy fiance fiancee pupil"
  ),
  prepositions: words('of to with for at about from by without'),
  genericPerson: words(
    "someone somebody anyone people student students client clients patient patients character user op you u your you're youre ur we us we're caller callers singer narrator"
  ),
  idioms:
    /\b(?:killing me|kills me|killed me|dying (?:to|for|of)|die (?:of|from|laughing)|died (?:laughing|of)|to death|dead tired|i'?m dead|deceased|to die for|could kill for|killing it|killed it|murder me|death of me|in the foot|rather die than|over my dead body|dead in the water)\b/,
  mediaMarkers:
    /\b(?:film|movie|show|series|episode|season|book|novel|story|song|lyrics|album|news|article|documentary|podcast|game|character|protagonist|scene|play|poem|anime|manga|comic|headline|report(?:ed)?|study|statistics)\b/,
  reportedSpeech:
    /\b(?:he|she|they|someone|somebody|my \w+|a \w+|the \w+|his \w+|her \w+)\s(?:(?:just|once|always|kept|keeps|then|literally)\s)?(?:said|says|say|saying|told me|tells me|texted|texts|wrote|writes|posted|posts|screamed|yelled|yells|sang|sings|goes|went|asked|asks|messaged|tweeted)\b[,:]?\s*(?:"[^"]*$|'(?:[^']|'(?=[a-z]))*$|(?:that\s)?(?:(?:i|i'?m|im|he|she|they)\s)?$)/,
  pastMarkers:
    /\b(?:used to|years ago|months ago|spent years|last (?:year|summer|winter|spring|autumn)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:years?|months?) ago|when i was (?:a |in |younger|little|\d+)|in my (?:early |late |mid )?(?:teens|twenties|thirties|20s|30s)|as a teenager|i'?m \d+ now|(?:glad|happy|grateful) i'?m (?:still )?(?:here|alive)|back in (?:high school|school|college|uni|the day|(?:19|20)\d\d)|in (?:19|20)\d\d|in the past|as a (?:teen(?:ager)?|kid|child)|(?:\d+|a few|several|many) (?:days|weeks|months|years) (?:clean|free|sober)|(?:clean|free) (?:for|since)|(?:self[- ]?harm|sh|cutting) free|in recovery|recovered from|survivor of)\b/,
  pastOverride: /\b(?:relaps\w*|again|slipped up|broke (?:my )?(?:\w+ ){0,3}streak|came back|are back|is back)\b/,
  escalatorsAnywhere:
    /\b(?:i (?:have|'?ve got|got|made|'?ve made|came up with|'?ve worked out|worked out|picked) a (?:plan|date|method|spot)|i know (?:how|when|where) (?:i'?(?:ll|m going to)|i will|to) do it|(?:i'?ve|i have|i) (?:decided|made up my mind)|(?:planning|planned|researching|researched|looked up|looking up|googled|googling|searched|searching)(?: for)? (?:how|when|where|ways|methods|the best way|the easiest way|what)|(?:bought|got|have|found|saved|saving|stockpil(?:ed|ing)|hoarding|collected) (?:up )?(?:a |the |my |enough |all (?:the|my) )?(?:rope|noose|gun|pills|tablets|meds|razor blades?|blades?|charcoal|poison)|(?:wrote|written|writing|left) (?:a |my |the )?(?:goodbye |suicide |final )?(?:note|letter)s?|(?:i'?m|i am|im) (?:standing |sitting )?(?:on|at) (?:the )?(?:edge of (?:the|a) )?(?:bridge|ledge|roof(?:top)?|train tracks|railway|cliff))/,
  escalatorsInClause:
    /\b(?:tonight|today|right now|now|this (?:weekend|evening|morning|afternoon)|tomorrow|soon|next week|(?:on|this) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in (?:an|a few|a couple of|\d+) (?:hours?|minutes?|mins?)|(?:when|once|after) (?:everyone|everybody|they|my (?:\w+ )?(?:parents|family|mum|mom|dad|wife|husband|partner|roommates?|flatmates?))(?: is| are|'?s|'?re)? (?:asleep|sleeping|gone|out|away|at work|leaves?|goes? (?:out|to (?:bed|sleep|work)))|after (?:my|the|this) (?:exams?|finals?|shift|party|birthday|appointment|results)|before (?:morning|sunrise|dawn))\b/
}
