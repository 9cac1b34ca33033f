import { A, H, rule, S } from './rule.ts'
import { ACCIDENT, FAREWELL_NOT } from './en-shared.ts'
import type { DistressRule } from './types.ts'

/**
 * English phrase families of issue 14's third pass, from the training drafts only (extra-c-en.ts
 * and the earlier sets): finality said in passing ("when I'm gone", "I won't need them"), letters
 * left for named people, a note for whoever finds it, acts taken by the cupboardful, cuts deeper
 * than before, "ctb", and suicide that has started to sound reasonable. Bounded quantifiers only.
 */

/** Letters to the people in one's life, not to a landlord, a school or Santa. */
const LETTER_NOT =
  /\b(?:christmas|xmas|birthday|thank(?:s|[- ]you)|valentine'?s?|anniversary|wedding|cover|application|recommendation|reference|santa|council|landlord|school|teacher|boss|pen ?pals?|complaint|insurance|bank|late|back (?:at|by|soon)|groceries|shopping|fridge|dinner|grandparents? for|camp)\b/

export const enThird: DistressRule[] = [
  rule(
    "when i'm gone",
    A,
    'urgent',
    /\b(?:when|after|once) i'?m (?:gone|dead|not (?:here|around|alive) any ?more|no longer (?:here|around|alive))\b(?! (?:on|for|to|from|with|at)\b)|\b(?:when|after|once) i (?:die|am dead)\b(?! (?:of|from|in my sleep at|old))/,
    { negatable: false, selfOnly: false, notIn: FAREWELL_NOT }
  ),
  rule(
    "given away, won't need them",
    S,
    'urgent',
    /\b(?:gave|giving|given|give|gifted)\b[^.]{0,80}\bi (?:won'?t|wont|will not|will never|am not going to|'?m not going to|'?m not gonna) (?:be )?need(?:ing)? (?:it|them|any of|those|these|anything|my)\b|\b(?:won'?t|will not|wont) need (?:it|them|anything|any of (?:it|this|them)) where i'?m going\b/,
    { negatable: false, selfOnly: false, notIn: /\b(?:since|because|now that|upgrad\w*|new one|replac\w*|got a new|bought a new|outgrown|too (?:small|big))\b/ }
  ),
  rule(
    'letters for the people i love',
    A,
    'urgent',
    /\b(?:wrote|written|writing|left|leaving|finished) (?:a )?(?:letters?|notes?) (?:for|to) (?:each of (?:you|them)|every one of (?:you|them)|all of (?:you|them)|everyone i love|the people i love|my (?:family|kids|children|parents|sister|brother|mum|mom|dad|partner|wife|husband|best friend|friends|boyfriend|girlfriend))\b|\b(?:a )?(?:letter|note) for each of (?:you|them|my \w+)\b/,
    { negatable: false, selfOnly: false, notIn: LETTER_NOT }
  ),
  rule(
    'for whoever finds this',
    A,
    'urgent',
    /\b(?:if|when|whoever) (?:anyone |someone |somebody |you )?(?:finds?|reads?) this\b.{0,80}?\b(?:sorry|goodbye|forgive me|love you|tell my|not (?:your|anyone'?s) fault)\b/,
    { scope: 'message', negatable: false, selfOnly: false, notIn: /\b(?:useful|helpful|interesting|funny|thread|tips?|advice|guide|recipe|wallet|keys|lost)\b/ }
  ),
  rule(
    'ctb',
    S,
    'concern',
    /\b(?:wanna|want (?:to|2)|going (?:to|2)|gonna|might|will|i'?ll|about (?:to|2)|thinking (?:about|of)|plan(?:ning)? (?:to|on)|ready (?:to|2)|need (?:to|2)|should) (?:just |finally )?ctb\b/
  ),
  rule(
    'suicide sounds reasonable',
    S,
    'concern',
    /\b(?:suicide|killing myself|ending (?:it|my life)|not being alive)\b(?: [\w']+){0,3} (?:sounds|seems|feels|looks|sounding|seeming|feeling|looking|is starting to (?:sound|seem|feel|look)) (?:more and more |more |so |really |very |pretty |almost )?(?:reasonable|logical|sensible|inviting|appealing|tempting|right|like (?:an|the|my) (?:option|answer|way out|only option))\b/,
    { timingEscalates: false }
  ),
  rule(
    'took everything there was',
    A,
    'urgent',
    /\b(?:took|taken|swallowed|downed) (?:every ?thing|all of it|the lot|all of them|whatever) (?:i (?:had|could find)|(?:that was )?in (?:the|my|our) (?:medicine )?(?:cabinet|cupboard|drawer|house|bathroom|bag))\b|\b(?:took|taken|swallowed|downed) (?:loads|lots|heaps|tons|a load|a ton|two (?:boxes|bottles|packs|packets|strips)|both (?:boxes|bottles|packs|packets)|half (?:a|the) (?:bottle|box|pack)) of (?:my |the )?(?:[\w']+ ){0,2}?(?:pills|tablets|meds|medication|painkillers|paracetamol|antidepressants|sleeping pills)\b/
  ),
  rule(
    'cut deeper than before',
    H,
    'urgent',
    /\bcut (?:[\w']+ ){0,2}?deeper than (?:ever|usual|before|i (?:meant|wanted|planned|ever have)|last time)\b|\b(?:i|i'?ve) cut (?:myself )?deep\b(?! (?:into (?:the|my|our) (?:budget|costs|savings|profits)|cuts))/,
    { notIn: ACCIDENT }
  ),
  rule(
    'up high, looking down',
    S,
    'urgent',
    /\b(?:i'?m|im|i am) (?:up |out |standing |sitting )?(?:on|at) (?:the )?(?:top of (?:the|a|my) )?(?:roof(?:top)?|cliffs?|cliff edge|bridge|ledge|edge)\b(?: of (?:my|the|a) (?:building|block|flat|car park))?[^.]{0,40}\b(?:high|drop|looking down|the water|below|jump|wind|so quiet|cold|alone|nobody)\b/,
    {
      notIn:
        /\b(?:fix\w*|gutter|repair\w*|tiles?|paint\w*|solar|antenna|party|drinks|bar|terrace|garden|view|sunset|photos?|picnic|walk|hike|hiking|climbing|waiting|ferry|boat|traffic)\b/
    }
  ),
  rule(
    'gun and the key',
    S,
    'urgent',
    /\b(?:gun|pistol|rifle|shotgun)\b[^.]{0,40}\b(?:i know where (?:the key|the code|it) is|key to the (?:safe|cabinet|case))\b/
  ),
  rule(
    'done it, sorry',
    A,
    'urgent',
    /\b(?:i'?ve|i have|i) (?:already |just )?(?:done|did) it\b.{0,40}?\b(?:sorry|forgive me|goodbye|love you)\b|\bit'?s done\b.{0,20}?\bsorry\b/,
    { scope: 'message', negatable: false, notIn: /\b(?:passed|finally|yay|test|exam|job|proud|interview|tattoo|haircut|hair|booked|submitted|signed)\b|!/ }
  ),
  rule(
    'do it while they are away',
    S,
    'urgent',
    /\b(?:i'?ll|i will|i'?m (?:going to|gonna)|gonna|going to) (?:do it|end it|take (?:the|my|all (?:the|my)) (?:pills|tablets|meds))\b[^.]{0,40}\b(?:while|when|once|after) (?:my|the|everyone|everybody|they)\b[^.]{0,30}\b(?:away|out|asleep|gone|at (?:work|school|church)|sleeping)\b|\b(?:while|when|once) (?:my|the|everyone|everybody|they)\b[^.]{0,30}\b(?:away|out|asleep|gone|at (?:work|school|church)|sleeping)\b[^.]{0,30}\b(?:i'?ll|i will|i'?m (?:going to|gonna)|i am going to|gonna|going to) (?:do it|end it|take (?:the|my|all (?:the|my)) (?:pills|tablets|meds))\b|\bi know (?:how and when|when and how)\b/,
    { selfOnly: false }
  ),
  rule(
    'tell them i love them',
    A,
    'urgent',
    /\b(?:tell|let) my (?:[\w']+ ){1,2}?(?:know )?(?:that )?i (?:love|loved|always loved) (?:her|him|them|you)\b.{0,60}\b(?:goodbye|sorry|forgive)\b/,
    { scope: 'message', negatable: false, selfOnly: false, notIn: FAREWELL_NOT }
  ),
  rule(
    'a date, then the day',
    S,
    'urgent',
    /\b(?:picked|chose|set|chosen) (?:a|the) date\b.{0,30}\b(?:it'?s|it is|it will be) (?:next |this |on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)\b/,
    { scope: 'message', notIn: /\b(?:wedding|party|holiday|trip|move|moving|meeting|appointment|surgery|exam|launch|interview|date night)\b/ }
  ),
  rule('said my goodbyes', A, 'urgent', /\b(?:said|saying) my goodbyes\b/, {
    negatable: false,
    notIn: /\b(?:airport|station|party|leaving do|graduation|funeral|to (?:the|my) (?:old|house|flat|team|class))\b/
  }),
  rule(
    'first time since',
    H,
    'concern',
    /\b(?:cut|sh'?d|burned myself|hurt myself)(?: myself)?(?: again)?(?: (?:last night|today|tonight|yesterday|this morning))?,? (?:for )?(?:the )?first time (?:since|in)\b/,
    { notIn: ACCIDENT }
  ),
  rule(
    'the day, and everything ready',
    S,
    'urgent',
    /\b(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:is|will be|'s) the (?:day|night)\b.{0,40}?\b(?:(?:everything|it'?s all|all)(?: is|'s)? (?:ready|sorted|arranged|prepared|planned|in place)|sorted everything|made my (?:choice|decision)|no going back)\b/,
    {
      scope: 'message',
      selfOnly: false,
      notIn: /\b(?:party|wedding|birthday|move|moving|trip|exam|interview|launch|game|match|race|concert|gig|show|premiere|holiday)\b/
    }
  ),
  rule(
    'more than i should have',
    A,
    'urgent',
    /\b(?:taken|took|swallowed) (?:a lot |way |so much |far |loads )?more than i should (?:have)?\b.{0,40}?\b(?:spinning|dizzy|sick|can'?t (?:see|feel|stand)|pills|tablets|meds)\b/,
    { scope: 'message', negatable: false }
  ),
  rule('blood everywhere', H, 'urgent', /\b(?:blood (?:everywhere|all over)|pool of blood)\b/, {
    notIn: /\b(?:nose ?bleed|period|tampon|film|movie|game|butcher|kitchen|chopping)\b/
  }),
  rule('tied and waiting', S, 'urgent', /\b(?:rope|noose|belt|cord)(?:'s| is| are)? (?:tied|knotted|hung|hanging|up)\b/, {
    notIn: /\b(?:boat|tent|swing|washing|laundry|dog|climb\w*|hammock|tree ?house|horse|hair)\b/
  }),
  rule(
    'engine running in the garage',
    S,
    'urgent',
    /\bgarage\b.{0,40}?\bengine (?:running|on)\b|\bengine (?:running|on)\b.{0,40}?\bgarage\b|\bhose (?:from|on|to) the exhaust\b/,
    { scope: 'message', notIn: /\b(?:warming (?:it )?up|defrost\w*|mechanic|fixing|repair\w*|oil|battery)\b/ }
  ),
  rule(
    'hoping for an accident',
    S,
    'concern',
    /\b(?:hope|hoping|wish|wishing|pray(?:ing)?) (?:that )?(?:the |my |a )?(?:plane|flight|car|bus|train|lorry|truck) (?:crashes|goes down|hits me|would (?:crash|hit me))\b/,
    { timingEscalates: false }
  ),
  rule(
    'someone said goodbye, now silent',
    A,
    'urgent',
    /\b(?:messaged|texted|called|rang|sent) (?:me|us) (?:saying |to say )?goodbye\b.{0,80}?\b(?:voicemail|phone (?:is )?(?:off|dead)|not (?:answering|picking up)|won'?t (?:answer|pick up)|no answer)\b/,
    { scope: 'message', about: 'other', negatable: false }
  ),
  rule(
    'searching for painless ways',
    S,
    'urgent',
    /\b(?:googl|search|look|research)\w* (?:up )?(?:for )?(?:painless|easy|easiest|quick|quickest|peaceful|best) (?:ways|methods|way|method)\b/,
    { notIn: /\b(?:to (?:learn|lose|save|quit|fall asleep|study|cook|clean|get rid)|recipe|diet|workout|weight)\b/ }
  ),
  rule(
    "sorry, love you, don't be sad",
    A,
    'urgent',
    /\b(?:i'?m (?:so )?sorry|i love you|forgive me)\b.{0,40}?\b(?:please )?(?:don'?t|do not) be sad\b|\b(?:please )?(?:don'?t|do not) be sad\b.{0,40}?\b(?:i'?m (?:so )?sorry|i love you|forgive me)\b/,
    {
      scope: 'message',
      negatable: false,
      selfOnly: false,
      notIn: /\b(?:forgot|make it up|missed|cancel\w*|late|next time|see you|tomorrow|soon|later|trip|holiday)\b/
    }
  ),
  rule(
    'pills and a bottle',
    S,
    'urgent',
    /\b(?:pills|tablets|painkillers|sleeping pills)\b.{0,30}?\b(?:a |the )?(?:whole )?bottle of (?:vodka|wine|whisky|whiskey|gin|rum|tequila)\b/
  ),
  rule('the last thing i post', A, 'urgent', /\b(?:the )?(?:last|final) (?:thing|post|message) i(?:'ll| will)? (?:ever )?(?:post|write|send)\b/, {
    negatable: false,
    notIn: FAREWELL_NOT
  }),
  rule(
    'passwords left behind',
    A,
    'urgent',
    /\b(?:left|wrote down|written down|writing down) (?:all )?(?:my )?passwords\b.{0,40}?\b(?:letter|note|for my|in the)\b/,
    { negatable: false, selfOnly: false }
  ),
  rule('wants to be gone', S, 'concern', /\b(?:part of me )?(?:just )?wants? to be gone\b(?! (?:by|before|for|from|on|at|in)\b)/, { timingEscalates: false }),
  rule('reopened the cuts', H, 'concern', /\bre-?open(?:ed|ing)? (?:the |my )?(?:cuts|wounds|scars)\b/),
  rule('want out', S, 'concern', /^(?:i )?(?:just )?(?:want|need) out(?: of (?:everything|it all|this|here|life))?$/),
  rule(
    'at my limit',
    A,
    'concern',
    /\b(?:i'?m|im|i am) at (?:my|the) (?:absolute |very )?limit\b(?! (?:with|for|on|of)\b)|\b(?:i'?m|im|i am) spiral(?:l)?ing\b(?! (?:staircase|notebook))/,
    { negatable: false }
  ),
  rule(
    'someone up high, not answering',
    A,
    'urgent',
    /\b(?:on|at) (?:the )?(?:roof(?: edge)?|bridge|ledge|cliffs?|train tracks|edge)\b[^.]{0,60}\b(?:won'?t|isn'?t|is not|not|doesn'?t|stopped) (?:answer|pick|respond|reply)\w*/,
    { about: 'other', negatable: false }
  )
]
