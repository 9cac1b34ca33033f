import { A, H, S, rule } from './rule.ts'
import { TO, SELF, GAP2, ACCIDENT } from './en-shared.ts'
import type { DistressRule } from './types.ts'

/**
 * English self-harm and acute crisis ("cut myself", "relapsed", "can't go on", "breaking point"),
 * and the third-person forms that are about someone else (`about: 'other'`).
 * Patterns run on normalised text; bounded quantifiers only (see en.ts).
 */
export const enHarm: DistressRule[] = [
  rule(
    'cut myself',
    H,
    'concern',
    new RegExp(
      `\\b(?:cut|cutting|cuts|slit|slitting|slic(?:e|ing)|carv(?:e|ing)|scratch(?:ing|ed)?|burn(?:ing|ed|t|s)?|hurt(?:ing|s)?|harm(?:ing|ed|s)?|hit(?:ting)?|punch(?:ing|ed)?|starv(?:e|ing)|bruis(?:e|ing)|punish(?:ing)?) (?:${SELF}|my (?:wrists?|arms?|thighs?|legs?|skin|body|stomach))\\b`
    ),
    { notAfter: /^\W*(?:for (?:forgetting|being|not)|by accident)/, notIn: ACCIDENT }
  ),
  rule(
    'self-harm',
    H,
    'concern',
    new RegExp(
      `\\b(?:i|i'?ve|ive|i'?m|im|been|started|start|keep|kept|still|urges? ${TO}|want ${TO}|wanna|relapsed(?: into| on| with)?|going ${TO}|gonna|my) ${GAP2}(?:self[- ]?harm(?:ing|ed|s)?|self[- ]?injur(?:e|ing|ed|y)|sh'?(?:ing|ed|d)|sh)\\b`
    ),
    { notAfter: /^\W*(?:scars?|marks|awareness|prevention|support group|resources?|research|statistics|training|policy)\b/ }
  ),
  rule(
    'urge to cut',
    H,
    'concern',
    new RegExp(
      `\\b(?:urges?|itch|itching|craving|want|wanna|need|going ${TO}|gonna|about ${TO}|might|tempted ${TO}|close ${TO}|scared i'?ll|afraid i'?ll) (?:${TO} )?(?:cut|burn|hurt|harm|sh)\\b(?! (?:the|a|an|back|down|off|out|in|it|that|this|costs|ties|corners|class|school|people|him|her|them|you|someone|anyone|everyone|up|through|across|line|loose|some|my (?!wrists?|arms?|thighs?|legs?|skin|body|self)[a-z]+)\\b)`
    )
  ),
  rule(
    'trying not to cut',
    H,
    'concern',
    new RegExp(`\\btrying (?:so |really )?(?:hard )?not ${TO} (?:cut|hurt ${SELF}|self[- ]?harm|sh|relapse|burn ${SELF})\\b`),
    { negatable: false }
  ),
  rule(
    'cutting again',
    H,
    'concern',
    /\b(?:i|i'?ve|ive|i'?m|im|been|started|start)\s(?:\w+\s)?(?:cut|cutting|sh'?d|sh'?ing|self[- ]?harm(?:ed|ing)?|burn(?:ed|t) myself) (?:again|tonight|today|right now)\b|\brelaps(?:ed|e|ing)\b(?:\W+\w+){0,6}?\W+(?:cut|cutting|sh|self[- ]?harm\w*|blades?|razors?|burning)\b|\b(?:cut|cutting|sh|self[- ]?harm\w*)\b(?:\W+\w+){0,6}?\W+relaps(?:ed|e|ing)\b|\bbroke (?:my )?(?:\w+ ){0,3}streak\b(?:\W+\w+){0,6}?\W+(?:cut|cutting|sh|self[- ]?harm\w*|burn\w*)\b/
  ),
  rule(
    'self-harm helps',
    H,
    'concern',
    /\b(?:cutting|self[- ]?harm(?:ing)?|sh|burning myself|hurting myself) (?:is the only (?:thing|way)|helps|makes me feel|is how i cope|calms me)\b|\bonly thing that (?:calms|helps) me (?:down )?is (?:cutting|hurting myself|burning myself)\b|\bcraving (?:the )?(?:blade|razor|cutting)\b|\bwant (?:to )?(?:see myself )?bleed\b/
  ),
  rule(
    'fresh cuts',
    H,
    'concern',
    /\b(?:fresh|new|deep|open) (?:cuts|scars|wounds|slashes)\b|\b(?:cuts|scars|wounds) (?:on my \w+ )?(?:are|is|look|looks) (?:fresh|new|deep|bleeding|infected|open)\b|\b(?:sh|self[- ]?harm|cutting) urges?\b|\b(?:carv|cut|etch|scratch|burn)\w* (?:[\w']+ ){0,3}into my (?:skin|arms?|legs?|thighs?|wrists?|stomach)\b|\bmade (?:myself|me) bleed\b|\bi (?:cut|sh'?d)$|\b(?:razor|blade|knife|lighter) (?:on|to|across|against) my (?:arms?|wrists?|legs?|thighs?|skin|stomach)\b|\bcovered in (?:cuts|scars|burns)\b|\bwant (?:to )?feel (?:physical )?pain\b|\bdeserve (?:to (?:be hurt|hurt|suffer|feel pain)|the pain)\b/,
    { notIn: /\b(?:surgery|operation|c-?section|tattoo|piercing|cat|dog|kitten|puppy|scratched by|shaving)\b/ }
  ),
  rule(
    'hurt until it bleeds',
    H,
    'concern',
    /\b(?:hit|hitting|punch|punching|bang|banging|scratch|scratching|pick|picking|bite|biting|bit|pinch|pinching) (?:[\w']+ ){0,6}?(?:until|till) (?:it|they|i|my \w+) (?:hurts?|bleeds?|bled|bruised?|bruises|broke|break)\b|\bpunch(?:ing|ed)? (?:the |a )?(?:walls?|mirror|door|window)\b/,
    { notIn: ACCIDENT }
  ),
  rule(
    'first time in months',
    H,
    'concern',
    /\b(?:cut|cutting|sh'?d|self[- ]?harmed|burned myself|hurt myself) (?:again )?(?:for the first time in|after) (?:[\w']+ ){0,2}(?:days|weeks|months|years)\b|\b(?:slipped up|gave in|caved)\b(?:\W+\w+){0,6}?\W+(?:cut|cutting|sh|self[- ]?harm\w*|burn\w*|blades?)\b/
  ),
  rule('hidden blades', H, 'concern', /\b(?:hid(?:e|ing|den)?|keep|kept|stash(?:ed|ing)?) (?:\w+ ){0,2}?(?:razor )?blades?\b/, {
    notIn: /\b(?:shav\w*|craft\w*|cutter|utility|scraper|printer|mower|blender|skates?|fan|knife|knives|kitchen)\b/
  }),
  rule('self-harm short form', H, 'concern', /^(?:sh|cut|cutting|self[- ]?harm(?:ed|ing)?|burned|relapsed)(?: again| today| tonight)?$/),
  rule(
    "can't go on",
    A,
    'concern',
    /\b(?:i'?m|im|i am) (?:really |just |so |still )?not (?:ok|okay)\b(?! with)|\bnothing matters any ?more\b|\b(?:i'?m|im|i am) done trying\b|\bfalling apart\b|\b(?:completely|totally|so|utterly) hopeless\b|\bfeel hopeless\b|\b(?:everything|it all|my life) is (?:crashing|falling|collapsing) (?:down|apart)?\b|\b(?:having|had) a (?:mental )?breakdown\b|\bwant the pain to stop\b|\b(?:i'?m|im|i am) drowning\b|\btrapped (?:with )?no way out\b|\b(?:can'?t|cannot|could ?n'?t|can not) (?:go on|keep going|carry on|do this|take (?:it|this|any ?more|much more)|cope|handle (?:it|this|life)|hold on|survive this|live (?:like this|with this)|keep living (?:like this)?|do it any ?more)(?: (?:any ?more|any longer|like this|much longer)\b|$)|\b(?:i'?m|im|i am) (?:so )?done with (?:life|everything|living|it all|all of this)\b(?! (?:admin|insurance|lessons|coaching|hacks|on my list))|\b(?:give|giving|gave|given) up on (?:life|everything|living|myself)\b|\b(?:i'?m|im|i am) in (?:a )?crisis\b|\bcan'?t any ?more$|\b(?:at|reached) (?:my |the )?breaking point|\bcan'?t take (?:one|another) more day\b\b|\bdon'?t feel safe(?: (?:right now|tonight|at all|any ?more))?$|\b(?:going to|gonna|about to|might) do something (?:bad|stupid|drastic|terrible|i'?ll regret)\b|\bdid something (?:stupid|bad|drastic|terrible)\b|\bat (?:the )?end of my (?:rope|tether)\b|\b(?:in|at) (?:a |such a )?(?:really |very |so )?dark (?:place|spot)\b|\b(?:don'?t know|not sure|no idea) how (?:much )?(?:longer|long) i can (?:hold on|keep going|do this|take (?:it|this)|cope|survive|last|keep living|go on)\b/,
    { negatable: false }
  ),
  rule('do something to myself', A, 'concern', /\b(?:do|doing) (?:something|anything) (?:to|with) myself\b/),
  rule(
    'self-harm, other words',
    H,
    'concern',
    /\b(?:pressing|press|held|holding|pressed) (?:a )?(?:hot|burning|heated) \w+ (?:on|to|against) my (?:arms?|skin|legs?|wrists?|hand)\b|\b(?:weeks|months|days)(?: \w+)? without (?:cutting|self[- ]?harm(?:ing)?|sh)\b[^.]{0,30}\b(?:broke|relapsed|cut|slipped)\b|\bdig(?:ging)? my nails into my (?:skin|arms?|hands?)\b|\b(?:marks|cuts|scars) on my (?:arms?|thighs?|legs?|wrists?|stomach)\b[^.]{0,20}\b(?:deeper|worse)\b/,
    { negatable: false }
  ),
  rule(
    'crisis, other words',
    A,
    'concern',
    /\bend of what i can (?:take|handle|bear|do)\b|\bcan'?t keep doing this\b|\bcan'?t make it stop\b|\bfalling to pieces\b|\bcan'?t hold it together\b|\bscared of myself\b|\bnothing left in me\b|\brock bottom\b/,
    { negatable: false }
  ),
  rule(
    'someone else suicidal',
    S,
    'concern',
    /\b(?:kill|killing|kills|hang|hanging|hangs|shoot|shooting|shoots) (?:himself|herself|themselves|themself)\b|\b(?:take|taking|takes|end|ending|ends) (?:his|her|their) (?:own )?life\b|\b(?:talks?|talking|talked) about (?:suicide|ending (?:it|it all|his life|her life|their life)|killing (?:himself|herself|themselves)|dying|wanting to die)\b|\b(?:be|are) better off without (?:him|her|them)\b|\b(?:she|he|they)(?:'?d| would) be better off dead\b|\buse it on (?:himself|herself|themselves)\b|\bsent me a (?:photo|picture|pic) of (?:pills|tablets|a rope|a gun|blades?)\b|\bsaid goodbye\b[^.]{0,40}\b(?:won'?t|isn'?t|doesn'?t|not) (?:pick(?:ing)? up|answer(?:ing)?|respond(?:ing)?|reply(?:ing)?)\b|\b(?:sent|texted|posted|left) (?:me |us )?(?:a )?(?:goodbye|suicide|farewell) (?:message|note|letter|text)\b/,
    { about: 'other', negatable: false, notIn: /\b(?:character|film|movie|book|series|show|news|article|song)\b/ }
  ),
  rule(
    'someone else self-harms',
    H,
    'concern',
    /\b(?:cut|cuts|cutting|hurt|hurts|hurting|harm|harms|harming|burn|burns|burning|starve|starves|starving) (?:himself|herself|themselves|themself|(?:his|her|their) (?:wrists?|arms?|thighs?|legs?|skin|body))\b|\b(?:he|she|they)(?:'s| is| are|'re) (?:been )?(?:cutting|self[- ]?harming)\b/,
    { about: 'other', notIn: /\b(?:accident|accidentally|cooking|kitchen|playing|gym|fell|shaving)\b/ }
  )
]
