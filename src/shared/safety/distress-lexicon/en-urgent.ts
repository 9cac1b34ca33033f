import { A, H, S, rule } from './rule.ts'
import { SELF, ACCIDENT, FAREWELL_NOT } from './en-shared.ts'
import type { DistressRule } from './types.ts'

/**
 * English urgent forms: means at hand, an act already taken, a plan with a time, farewells and
 * finality, "I can't keep myself safe".
 * Patterns run on normalised text; bounded quantifiers only (see en.ts).
 */
export const enUrgent: DistressRule[] = [
  rule(
    'pills ready',
    S,
    'urgent',
    /\b(?:lined|lining|laid|laying|counted|counting|sorted|set) (?:up |out )?(?:all )?(?:the |my )?(?:pills|tablets)\b|\b(?:pills|tablets) (?:are )?(?:lined up|counted out|laid out|ready)\b|\b(?:tied|tying|made|making|have|got|bought) (?:a |the |my )?noose\b/
  ),
  rule(
    'ending it now',
    S,
    'urgent',
    /\b(?:i'?m|im|i am) (?:just |finally )?(?:ending|going to end|gonna end) (?:it|this|things|everything)(?: (?:all|now|tonight|today|for good|forever))?$/
  ),
  rule(
    'take all my pills',
    S,
    'urgent',
    /\b(?:take|taking|swallow|swallowing|down|downing) (?:all|every one|the whole (?:bottle|pack|box)|them all|all of (?:them|my|the)) (?:of )?(?:my |the |these |those )?(?:[\w']+ ){0,2}?(?:pills|tablets|meds|medication)\b/,
    {
      notAfter:
        /^\W*(?:with (?:food|water|a meal|milk|breakfast|lunch|dinner)|as prescribed|on time|every (?:day|morning|night)|daily|in the morning|at (?:night|bedtime)|before (?:bed|breakfast|meals))/
    }
  ),
  rule(
    'on the ledge',
    S,
    'urgent',
    /\b(?:(?:i'?m|im|i am) (?:standing |sitting )?|^(?:standing|sitting) )(?:on|at) (?:the )?(?:edge of (?:the|a) )?(?:ledge|bridge|roof(?:top)?|train tracks|railway|cliff)(?:$|(?: [\w']+){0,4} (?:right now|now|again|tonight))/
  ),
  rule(
    'suicide note',
    S,
    'urgent',
    /\b(?:my|a|the) suicide (?:note|letter)\b|\b(?:wrote|written|writing|write|left|leave) (?:my|a) (?:goodbye|suicide|final) (?:note|letter)s?\b/
  ),
  rule(
    'means at hand',
    S,
    'urgent',
    /\b(?:pills|tablets|meds|medication|rope|noose|gun|pistol|shotgun|rifle|knife|blades?|razors?|poison|charcoal)\b[^.]{0,30}?\b(?:in front of me|next to me|beside me|in my hand|on my (?:desk|bed|lap)|right here|ready)\b|\b(?:bought|ordered|got|picked up|found) (?:a |the |some )?(?:rope|noose|gun|pistol|shotgun|charcoal|poison|razor blades)\b(?! (?:swing|ladder|toy|course)\b| (?:for|to) (?:the |a |my |our )?(?:[\w-]+ )?(?:climbing|camping|garden|boat|tent|range|hunting|swing|project|dog|horse|washing|laundry|clothes|hammock|gym|sailing|kayak|trailer|van|move|moving)\b)|\b(?:loaded|cleaned|took out|got out) (?:my |the |a |[a-z]+'?s )?(?:gun|pistol|shotgun|rifle)\b|\b(?:gun|pistol|shotgun|rifle)\b[^.]{0,20}\bloaded\b|\b(?:balcony|roof|window|ledge)\b[^.]{0,40}\b(?:thinking about|going to|want to|about to) jump(?:ing)?\b|\balready (?:took|taken|swallowed) (?:the|my|all (?:the|my)) (?:pills|tablets|meds)\b|\b(?:saving|saved|stockpiling|hoarding|collecting) (?:up )?(?:my |the )?(?:[\w']+ ){0,2}?(?:pills|meds|tablets|medication|prescriptions)\b|\bi have enough (?:pills|tablets|meds)\b|\b(?:gun|shotgun|rifle|pistol|pills|rope|knife|blade)\b[^.]{0,40}\b(?:keep thinking about (?:it|them|using)|can'?t stop (?:thinking about|looking at) (?:it|them))\b|\b(?:knife|blade|razor) (?:to|against|on) my (?:wrist|arm|throat|skin)\b|\b(?:on|at) the (?:train )?(?:platform|tracks)\b[^.]{0,30}\bjump\b/,
    {
      notIn:
        /\b(?:hunting|range|camping|climbing|vitamins?|antibiotics|prescribed|pharmacy run|cooking|chopping|kitchen|remember|forget|with (?:breakfast|food|dinner|lunch|water)|morning dose|as usual)\b/
    }
  ),
  rule(
    'plan with a time',
    S,
    'urgent',
    /\b(?:my|the) plan is (?:set|fixed|happening|final|ready|in place)\b|\btonight'?s the night\b(?!.{0,40}\b(?:party|concert|date|game|show|premiere|launch|gig|finale)\b)|\b(?:picked|chose|set|chosen) (?:a|the) date\b[^.]{0,40}\b(?:plan|die|end|do it|kill)|\b(?:wrote|written|made) (?:down )?(?:my|a) plan and (?:set|picked|chose) a date\b|\bi know exactly (?:how|when) (?:i'?m|i am) going to do it\b|\b(?:this weekend|tonight|tomorrow|next week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)) is when i(?:'?m going to| will)? do it\b|\bi'?ll be dead (?:by|before) (?:morning|tomorrow|tonight|the weekend)\b|\b(?:decided|going) to do it (?:tonight|tomorrow|today|this weekend|on \w+day|next week|right now)\b|\bi know (?:how|when) (?:and (?:how|when) )?i'?m going to (?:die|do it)\b|\b(?:looked up|googled|searched) how many (?:pills|tablets)\b|\bhow many (?:pills|tablets) (?:it takes|to die|would kill)\b|\bworked out (?:exactly )?how i'?(?:ll| will| am going to| m going to) do it\b/
  ),
  rule(
    'not making it through',
    A,
    'urgent',
    /\b(?:don'?t|do not) think i'?(?:ll| will) (?:make it|survive|last|be (?:here|alive|around)) (?:through |past |until |to |till |by |the )*(?:the )?(?:week|weekend|night|tonight|tomorrow|morning|end of|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bwon'?t be (?:here|around|alive) (?:after|by|past|at) (?:the end of |this |tonight|tomorrow|next )/,
    { negatable: false }
  ),
  rule(
    'last post',
    A,
    'urgent',
    /\b(?:last|final) (?:thing|message|post|words?) (?:i'?ll|i will) ever\b|\b(?:tell|let) my (?:family|mum|mom|dad|kids|parents|friends|sister|brother) (?:know )?(?:that )?i'?m sorry\b|\b(?:written|wrote|left) (?:letters?|notes?) (?:to|for) (?:my|everyone)\b.{0,80}\b(?:at peace|goodbye|sorry|forgive|ready)\b/,
    { scope: 'message', negatable: false, selfOnly: false }
  ),
  rule(
    'blade in hand',
    H,
    'urgent',
    /\b(?:have|got|holding|hold) (?:the |a |my )?(?:razor|blade|knife|lighter)s? (?:out|ready|in my hand|with me|next to me)\b|\b(?:razor|blade|knife)s? (?:is |are )?(?:out|ready|in my hand|next to me)\b/,
    { notIn: ACCIDENT }
  ),
  rule(
    'cut too deep',
    H,
    'urgent',
    /\b(?:cut|went) (?:too |really |very |so )deep\b|\bcan'?t (?:stop|make) (?:the )?bleeding(?: stop)?\b|\bbleeding (?:a lot|heavily|won'?t stop|everywhere|badly)\b|\bwon'?t stop bleeding\b|\b(?:a lot of|so much|lots of) blood\b|\bneed(?:s)? stitches\b/,
    { notIn: ACCIDENT }
  ),
  rule(
    "can't keep myself safe",
    A,
    'urgent',
    new RegExp(
      `\\b(?:can'?t|cannot|could ?n'?t|unable to|don'?t think i can|not sure i can) keep (?:${SELF}|me) safe\\b|\\b(?:i'?m|im|i am) not safe(?: (?:right now|tonight|with ${SELF}|alone|by ${SELF}|around ${SELF}))?$|\\bdon'?t feel safe (?:with|around|alone with|being alone with) ${SELF}\\b|\\b(?:i'?m|im|i am) (?:a )?danger to ${SELF}\\b`
    ),
    { negatable: false }
  ),
  rule(
    'might not survive tonight',
    A,
    'urgent',
    new RegExp(
      `\\b(?:don'?t think|not sure|doubt|no idea if) (?:i'?ll|i will|i can|i'?m going to|i'?m gonna) (?:make it|survive|last|get) (?:through )?(?:the night|tonight|today|this)\\b|\\b(?:scared|afraid|terrified|worried) (?:of )?what i(?:'?m| am)?(?: (?:might|could|am going to|will|would)|'?ll) do(?: to ${SELF}| tonight)?(?:\\b|$)`
    ),
    { negatable: false }
  ),
  rule(
    'overdosed',
    A,
    'urgent',
    /\b(?:overdosed|od'?d|took an overdose|taken an overdose)\b|\b(?:took|taken|swallowed|downed|ate|just took) (?:(?:a|the) (?:whole |entire )?(?:bottle|box|pack|packet|strip) of |all (?:of )?(?:my|the|his|her|their) |too many |so many |way too many |a (?:bunch|handful|lot) of |\d{2,3} |(?:like|about|around|roughly|over) \d{2,3} |twenty |thirty |forty |fifty )(?:[\w']+ ){0,3}?(?:pills|tablets|meds|medication|medicine|paracetamol|tylenol|ibuprofen|sleeping pills|painkillers|antidepressants|insulin|xanax|benzos)\b|\b(?:drank|drunk|swallowed|ingested) (?:some |a (?:bottle|cup|glass|bunch) of )?(?:bleach|antifreeze|poison|drain cleaner|pesticide|weed ?killer|rat poison)\b/
  ),
  rule(
    'goodbye everyone',
    A,
    'urgent',
    /\b(?:good ?bye|bye|farewell) (?:to )?(?:every(?:one|body)|all|world|cruel world|forever|my friends|guys|y'?all)\b|\bthis is (?:my )?(?:good ?bye|farewell)\b|\b(?:this is|this will be) my (?:last|final) (?:message|post|text|words|note)\b|\bby the time (?:you|anyone|someone|u) (?:read|reads|see|sees|find|finds) this\b|\blast time (?:you'?ll|anyone will|you will|any of you will) (?:hear from|see) me\b|\b(?:you|anyone) (?:won'?t|will never) (?:hear from|see) me again\b|\bleaving this world\b|\b(?:don'?t|do not|please don'?t) (?:try to |come )?(?:find|look for|looking for|search for) me\b|\b(?:letters?|notes?|messages?) (?:to [\w']+ (?:[\w']+ )?)?(?:to )?say(?:ing)? (?:my )?goodbyes?\b|\b(?:i'?m|im|i am|been|i'?ve|i have) (?:saying|writing|said|written) my goodbyes\b|\b(?:said my )?goodbyes? to (?:this|the) (?:group|room|chat|world|everyone)(?: for good| forever)\b|\b(?:wrote|written|writing|sent|sending|left|leaving|recorded) (?:my |some |a |the )?goodbye (?:messages?|letters?|notes?|texts?|videos?)\b|\bwon'?t (?:be (?:here|around|alive)|see (?:you|any of you)|wake up) (?:tomorrow|much longer|any ?more|by (?:tomorrow|morning|the morning))\b/,
    { negatable: false, selfOnly: false, notIn: FAREWELL_NOT }
  ),
  // Farewells spread over clauses ("Thank you all for everything. Goodbye."): matched on the whole message.
  rule(
    'farewell',
    A,
    'urgent',
    /\b(?:thank(?:s| you)(?: all| everyone| guys| so much)? for (?:everything|being (?:there|my friends?|so kind)|all you'?ve done|trying)|(?:i )?love (?:you|u) all|i'?m sorry for everything)\b.{0,80}?\b(?:good ?bye|farewell)\b|\b(?:good ?bye|farewell)\b.{0,80}?\b(?:thank(?:s| you)(?: all| everyone| guys| so much)? for (?:everything|being (?:there|my friends?|so kind)|all you'?ve done|trying)|(?:i )?love (?:you|u) all|i'?m sorry for everything)\b|\b(?:i )?love (?:you|u) all\b.{0,80}?\b(?:i'?m (?:so )?sorry|forgive me)\b|\b(?:i'?m (?:so )?sorry|forgive me)\b.{0,80}?\b(?:i )?love (?:you|u) all\b/,
    { scope: 'message', negatable: false, selfOnly: false, notIn: FAREWELL_NOT }
  ),
  rule(
    'farewell with finality',
    A,
    'urgent',
    /\b(?:won'?t|will never|never going to) see (?:you|any of you|you all|y'?all) (?:all )?again\b|\b(?:you|you all|y'?all) (?:won'?t|will never) see me again\b|\bthis (?:will be|is) my (?:last|final) (?:post|message)\b|\b(?:sorry|love you)\b[^.]{0,40}[.!]? (?:i love you all[.!]? )?goodbye$/,
    {
      scope: 'message',
      negatable: false,
      selfOnly: false,
      notIn: /\b(?:see you (?:soon|tomorrow|next|later)|holidays?|vacation|trip|break|for now|log(?:ging)? (?:off|out)|for the night|before bed|until|till)\b/
    }
  ),
  rule(
    'plan by its time',
    S,
    'urgent',
    /\b(?:that'?s|that is|it'?ll be|it will be|this is) when(?: i(?:'?ll| will)? do it)?$|\bthe date is (?:set|chosen|picked)\b|\bdecided\b.{0,20}\b(?:it'?s going to be|it will be|it'?ll be) (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)\b|\b(?:going to|gonna|will) (?:drive|walk|go|head) (?:out )?to the (?:cliffs?|bridge|river|sea|tracks|lake|woods)\b.{0,40}\b(?:not|never) (?:come|coming) back\b|\b(?:doing|do) it (?:after|when|once) (?:everyone|they|my \w+|the house)\b/,
    { negatable: false, selfOnly: false }
  ),
  rule(
    'means where they lie',
    S,
    'urgent',
    /\b(?:rope|noose|pills|tablets|meds|gun|pistol|blades?|razor)\b (?:is |are )?(?:open |ready |loaded )?(?:in my (?:bag|pocket|hand|car|room|backpack)|on my (?:bed|desk|table|lap))\b|\b(?:bottle|box|pack) of (?:pills|tablets|meds) is open\b|\b(?:sitting|standing|climbed) on the (?:railing|parapet|edge|ledge) of (?:the|a) (?:bridge|roof|balcony|building)\b|\bswallowed (?:the rest|all|the whole lot) of my (?:meds|pills|tablets|medication)\b|\bswallowed (?:everything|every pill|all the pills) in (?:the|my) (?:medicine cabinet|house|cupboard|drawer)\b/,
    { notIn: /\b(?:remember|forget|with (?:breakfast|food|dinner|lunch|water)|morning dose|as usual|prescribed|vitamins?|hunting|range|camping)\b/ }
  ),
  rule(
    'researching how to die',
    S,
    'urgent',
    /\b(?:googl|search|look)\w* (?:up )?(?:whether|if|how) (?:people|you) (?:feel (?:pain|anything)|die|suffer)\b|\bhow (?:long|much) it takes to (?:die|drown|bleed out)\b/,
    { selfOnly: false }
  ),
  rule(
    'urgent, other words',
    S,
    'urgent',
    /\b(?:top|edge|roof) of (?:the|a) (?:[\w-]+ ){0,2}?(?:car park|building|bridge|cliff|tower|block)\b[^.]{0,20}\blooking down\b|\blooking down from the (?:top|edge|roof) of\b|\b(?:rope|noose|gun|rifle|pistol|pills|tablets|knife|blade)\b[^.]{0,30}\bin my (?:room|bag|pocket|car|lap|wardrobe|hand)\b|\bsafety(?: catch)? is off\b|\btook every (?:pill|tablet|capsule)\b|\balready (?:took|swallowed|taken) them\b|\bcut (?:my \w+ )?open\b|\bgushing\b|\b(?:it'?s|it is|cut) (?:really|very|so) deep\b|\b(?:have|got) (?:it|everything) (?:all )?(?:worked out|planned|ready|arranged|sorted) for (?:tonight|tomorrow|this \w+|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:it'?s|it is) all (?:arranged|planned|set) for\b|\b(?:chosen|picked|worked out) (?:the |which )?(?:bridge|place|spot|method)\b[^.]{0,15}\b(?:and )?(?:the |what )?time\b|\bwhere and when\b|\b(?:left|written|wrote) (?:notes?|letters?) (?:for|to) (?:the people i love|everyone|my family)\b|\bwritten my letter\b|\bwon'?t be (?:here|around|alive) (?:in|by) the morning\b|\bdon'?t think i'?ll (?:see|make it to|live to see) (?:christmas|my birthday|next (?:week|month|year)|the weekend|tomorrow)\b|\bif (?:you'?re|you are) reading this\b|\bthanks? (?:to )?(?:everyone|you all)\b[^.]{0,40}\bi'?m done now\b/,
    { negatable: false, selfOnly: false }
  )
]
