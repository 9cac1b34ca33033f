import { A, H, rule, S, words } from './rule.ts'
import type { DistressLexicon, DistressRule } from './types.ts'

/**
 * English distress patterns. They run on normalised text (see normaliseForDistress): lower case,
 * leetspeak/fullwidth folded, zero-width characters removed, apostrophes straightened.
 * Contractions are matched with and without the apostrophe ("don't"/"dont", "i'm"/"im").
 * Every quantifier is bounded and alternations do not nest repeats, so checking stays linear in
 * the length of the message (see docs/safety.md, "Measured figures").
 * Add a phrase family here only together with training drafts (test/fixtures/distress-train/),
 * including the negatives it could wrongly match; never from the held-out set.
 * Third-person rules (`about: 'other'`) are at the end.
 */

const TO = '(?:to|2)'
const SELF = '(?:my ?self|my ?sel|meself|myslef|mysefl|myselve)'
const KILL = '(?:k[i*]l+|ki[il]{2})'
const DIE = '(?:d[i*]+e+|be dead)'
// Gap of up to two words that are not negators ("so", "really", "pretty").
const GAP2 = "(?:(?![a-z]+n't\\b|(?:dont|didnt|doesnt|isnt|arent|wasnt|havent|wouldnt|not|never|no)\\b)[a-z']+ ){0,2}?"

/** Idioms that follow "want to die": "... of embarrassment", "... on this hill", "... for pizza". */
const DIE_IDIOM_AFTER =
  /^\W*(?:(?:of|from) (?:embarrassment|shame|cringe|boredom|laughter|laughing|heat|cuteness|happiness|joy|excitement|envy|jealousy|secondhand)|laughing|on (?:this|that) hill|for\b|in (?:the |this |that )?(?:game|level|round|match|raid|dungeon|boss fight|minecraft|fortnite|lobby)\b|happy\b)/

/** Idioms that follow "kill myself": "... laughing", "... at the gym", "... trying to finish". */
const KILL_IDIOM_AFTER =
  /^\W*(?:laughing|with (?:work|studying|stress|this|that)|at (?:the )?(?:gym|work|office)|trying\b|to (?:finish|get|make|meet|please|keep|impress)|over (?:this|that|work|a|an|the|nothing)|for (?:this|that|a|an|the|work|nothing|them|him|her|forgetting|being)|in the foot|in (?:the |this )?(?:game|minecraft|fortnite|level|round))/

/** Accidents and sport: "cut myself chopping onions", "hurt myself at the gym". */
const ACCIDENT =
  /\b(?:accident|accidentally|by mistake|fell|fall|falling|tripped|tripping|slipped|chopping|cooking|kitchen|shaving|onions?|paper ?cut|oven|stove|frying|iron(?:ing)?|gym|workout|working out|lifting|deadlift|running|playing|football|soccer|basketball|hockey|rugby|skat(?:e|ing|eboard)|bike|biking|cycling|ski(?:ing)?|hiking|climbing|sprain(?:ed)?|twisted|stubbed|bumped|door|ladder|stairs|ice|icy|snow|skid(?:ded)?|slid|brakes|fog)\b/

/** "kms" is also Linux kernel mode setting, Windows KMS activation and kilometres. */
const KMS_TECH =
  /\b(?:kernel|driver|drm|mesa|modeset(?:ting)?|activation|activate|activator|windows|office|licen[cs]e|server|host|key|xorg|wayland|gpu|nvidia|amd|intel|linux|boot|grub|ubuntu|fedora|distance|drive|drove|ran|run|walk(?:ed)?|hike(?:d)?|away|miles?)\b|\d\s?kms\b/

/** Talk about support and awareness, not risk: "suicide prevention line", "self-harm awareness". */
const TOPIC_AFTER =
  /^\W*(?:prevention|awareness|rates?|statistics|stats|research|hotline|helpline|line|lines|squad|support group|training|policy|resources?|month|week|day|survivors? (?:network|group)|charity)\b/

/** A farewell that is just a sign-off: "goodbye everyone, see you next week". */
const FAREWELL_NOT =
  /\b(?:see (?:you|ya|u)|later|tmrw|next (?:week|time|month|year)|good ?night|night night|nite|sleep well|logging off|log off|off to bed|going to bed|gtg|g2g|ttyl|brb|have a (?:good|great|nice|lovely)|enjoy|holiday|vacation|trip|for now|for (?:the|this) (?:day|night|weekend|week|summer)|moving|new job|old job|my job|at work|school|graduat\w*|retir\w*|leaving (?:the|this) (?:server|group|room|chat)|signing off|until|till|soon|back (?:on|in|next)|semester|class|trial|subscription)\b/

const rules: DistressRule[] = [
  // --- suicide ---
  rule(
    'want to die',
    S,
    'concern',
    new RegExp(
      `\\b(?:wanna|(?:want|wants|wanted|wanting|need|needs|needed|would like|ready) ${TO}) (?:just |simply |really |honestly |fucking |fkn )?${DIE}\\b`
    ),
    { notAfter: DIE_IDIOM_AFTER }
  ),
  rule(
    "don't want to live",
    S,
    'concern',
    new RegExp(
      `\\b(?:don'?t|doesn'?t|does not|do not|didn'?t|no longer|not) (?:really |even |honestly )?(?:want|wanna|wish) ${TO}? ?(?:(?:live|be alive|exist|stay alive)(?! (?:in|with|near|at|there|like that|together|on my own|alone|here|abroad))|(?:go on|keep (?:going|living)|carry on)(?= (?:any ?more|like this|with (?:life|this)|living)\\b|$)|be here (?:any ?more|on (?:this )?earth)|be here$|wake up(?! (?:early|at|so|before|tomorrow for)))|\\bdon'?t deserve ${TO} (?:live|be alive|exist|be here)\\b|\\b(?:want|wanna|wish) ${TO}? ?(?:just )?not (?:be here|exist|be alive|be around|wake up)\\b|\\bcan'?t (?:be here|exist|live) any ?more\\b`
    ),
    { negatable: false }
  ),
  rule(
    'wish I was dead',
    S,
    'concern',
    new RegExp(
      `\\bwish(?:ing|ed)? (?:i|id|i'd)(?: was| were| had| could| would)? ?(?:just )?(?:dead|never (?:been )?born|not (?:alive|born|exist|be here)|die|disappear(?: forever| for good)?$|sleep forever|not wake up|stop existing|never (?:wake|woke) up|didn'?t exist|wouldn'?t wake up|wasn'?t (?:alive|born|here))(?:\\b|$)`
    ),
    { negatable: false, timingEscalates: false, notAfter: /^\W*(?:serious|tired|wrong|set|sure|ass|on (?:time|arrival))/ }
  ),
  rule(
    'better off without me',
    S,
    'concern',
    /\bbetter off (?:not (?:waking up|being (?:here|alive|born))|never waking up|asleep forever)\b|\b(?:better (?:off )?|happier |easier |lighter |simpler )(?:for (?:everyone|everybody|them|people|my family|all of them|the world) )?(?:dead|without me|if i (?:wasn'?t|weren'?t) (?:in it|here|around|alive)|if i (?:just )?(?:ended it(?: all)?|killed myself)|if i (?:was|were|wasn'?t|weren'?t|died|disappeared|just disappeared|didn'?t exist|was gone|were gone|(?:was|were) dead))\b|\b(?:nobody|no one|no-one|noone|who) would (?:even )?(?:notice|care|miss me) if i (?:died|was gone|were gone|disappeared|killed myself|wasn'?t here)\b|\b(?:nobody|no one|no-one|noone) (?:cares|would care|gives a \w+) (?:if|whether) i (?:live or die|die|died|lived or died)\b|\b(?:nobody|no one|no-one|noone) (?:would|will|is going to) (?:even )?miss me\b|\bif i (?:died|disappeared|was gone|were gone|wasn'?t here|killed myself)(?: [\w']+){0,2} (?:nobody|no one|no-one|noone) would (?:even )?(?:notice|care|miss me)\b/,
    { negatable: false, selfOnly: false, timingEscalates: false }
  ),
  rule('kill myself', S, 'concern', new RegExp(`\\b(?:${KILL}(?:ing|ed|s)?|hang(?:ing|ed)?|shoot(?:ing)?|off(?:ing)?|end(?:ing)?) ?${SELF}\\b`), {
    notAfter: KILL_IDIOM_AFTER,
    notIn:
      /\b(?:bike|skateboard|tripping|tripped|slipped|stairs|ladder|accidentally|hang ?out)\b|\bif i (?:have to|hear|see|get) .{0,60}(?:one more time|again)\b/
  }),
  rule('kms', S, 'concern', /\bkms\b/, { notIn: KMS_TECH }),
  rule(
    'unalive',
    S,
    'concern',
    new RegExp(
      `\\bunaliv(?:e|ing) ?(?:${SELF}|me)\\b|\\b(?:wanna|want ${TO}|going ${TO}|gonna|thinking (?:about|of)|think about|plan(?:ning)? ${TO}) (?:be )?unaliv(?:e|ing)\\b|\\b(?:want ${TO}|wanna|going ${TO}|gonna|thinking (?:about|of)|about ${TO}) self[- ]?delet(?:e|ing)\\b`
    )
  ),
  rule(
    'sewerslide',
    S,
    'concern',
    /\b(?:commit(?:ting)?|thinking (?:about|of)|think about|considering|contemplating|plan(?:ning)? on|attempt(?:ed|ing)?) (?:a )?sewer ?slide\b/
  ),
  rule(
    'suicidal',
    S,
    'concern',
    new RegExp(
      `(?:^|\\b(?:i'?m|i am|im|feel(?:ing|s)?|felt|been|being|get(?:ting)?|got|so|very|really|pretty|super|kinda|kind of|extremely|actively|passively|still|quite|is|he'?s|she'?s|they'?re|are) )${GAP2}suicidal\\b(?! (?:people|person|friend|friends|patients?|clients?|students?|callers?|ideation research))`
    ),
    // a state, not a plan: "suicidal again today" is concern; a plan or means elsewhere still escalates
    { timingEscalates: false }
  ),
  rule(
    'suicidal thoughts',
    S,
    'concern',
    new RegExp(
      `\\b(?:having|have|had|get|getting|got|dealing with|struggling with|fighting|battling|my) ${GAP2}(?:suicidal (?:thoughts|ideation|feelings|urges)|thoughts (?:of|about) (?:suicide|killing ${SELF}|ending (?:it|my life|things)|dying|death))\\b`
    )
  ),
  rule(
    'end my life',
    S,
    'concern',
    /\b(?:end(?:ing|ed)?|take|taking|took|took away) (?:my|me) (?:own )?life\b|\bend(?:ing)? it (?:all|for good)\b|\bend(?:ing)? (?:every|some)thing\b$|\bend(?:ing)? things\b(?! (?:with|between|on|here|there|for (?:today|now|the day)|early|off))/,
    { notAfter: /^\W*(?:back|into|in (?:my|a|another)|seriously|to the next|in (?:my|our) own hands)/ }
  ),
  rule(
    'want to end it',
    S,
    'concern',
    new RegExp(
      `\\b(?:plan\\w*|close|courage|strength|going|gonna|about|want\\w*|wanna|ready|decided|decide|think\\w*|consider\\w*|tempted|urge|need|tried|try|trying|will|i'?ll|might|just) (?:[\\w']+ ){0,3}?end(?:ing)? (?:it|this|things|everything)(?: all)?(?:$| (?:now|right now|tonight|today|this (?:weekend|week)|soon|for good|forever|already|tomorrow)\\b)`
    )
  ),
  rule(
    'no reason to live',
    S,
    'concern',
    /\b(?:no|any|zero|not a single|not one) (?:\w+ )?(?:reason|point|purpose) (?:in |of )?(?:to |2 |for )?(?:liv(?:e|ing)|be(?:ing)? alive|go(?:ing)? on|keep(?:ing)? (?:going|living)|exist(?:ing)?|stay(?:ing)? alive|carry(?:ing)? on|(?:trying|fighting) any ?more)\b(?! (?:in|at|on|with|near|there|here|together|downtown|abroad|that way|like that))|\bnothing (?:left )?(?:to|2) live for\b|\bno way out (?:of this |of it )?(?:except|but|other than|besides) (?:dying|death|suicide|to die|ending it|killing myself)\b|\bwhat(?:'?s| is) the point (?:of|in) (?:living|life|going on|being alive|anything|trying any ?more)\b|\blife (?:is(?:n'?t| not)|isnt|aint|ain'?t) worth (?:living|it(?: any ?more)?)\b|\b(?:can'?t|don'?t) see (?:a |the |any )?(?:point|reason) (?:in |to |of )?(?:living|going on|being alive|life|staying alive)\b/,
    { negatable: false, timingEscalates: false }
  ),
  rule(
    'feel like dying',
    S,
    'concern',
    /\bfeel(?:ing|s)? like (?:dying|i want to die|ending it(?: all)?|i'?d be better off dead)\b|\b(?:i'?d|i would|id) rather (?:be dead|not (?:be alive|exist|be here|wake up))\b/
  ),
  rule(
    'should just die',
    S,
    'concern',
    new RegExp(`\\b(?:should|deserve ${TO}|might as well|may as well) (?:just )?(?:${DIE}|${KILL} ?${SELF}|end it|disappear$)(?:\\b|$)`)
  ),
  rule(
    'jump off a bridge',
    S,
    'concern',
    new RegExp(
      `\\b(?:want|wanna|going|gonna|thinking (?:about|of)|thought about|planning|plan) (?:${TO} )?(?:jump(?:ing)? (?:off|from|in front of)|throw(?:ing)? ${SELF} (?:off|from|in front of|under)|step(?:ping)? in front of|walk(?:ing)? in front of) (?:a |the |this |that |my )?(?:bridge|building|roof|cliff|train|car|bus|truck|balcony|ledge|tower|window|overpass)\\b`
    )
  ),
  rule(
    'want to overdose',
    S,
    'concern',
    new RegExp(
      `\\b(?:going ${TO}|gonna|want ${TO}|wanna|thinking (?:about|of)|plan(?:ning)? ${TO}|tried ${TO}|trying ${TO}|attempted ${TO}) (?:just )?(?:overdos(?:e|ing)|od)\\b`
    )
  ),
  rule(
    'only way out',
    S,
    'concern',
    /\bsuicide (?:is|seems like|feels like|is starting to look like|might be|may be|could be|would be) (?:the|my) (?:only )?(?:way out|answer|option|solution)\b|\bthe only (?:way out|option|answer|solution) (?:is|would be) (?:death|suicide|to die|dying|ending it)\b/
  ),
  rule('want it all to end', S, 'concern', /\bwant (?:it all|everything|all of it|all of this) to (?:end|stop)(?: (?:for good|forever|permanently))?\b/, {
    timingEscalates: false
  }),
  rule(
    'want to stop living',
    S,
    'concern',
    new RegExp(
      `\\b(?:want|wanna|wanting|wish|wishing|long|longing|yearn|hope|pray|praying|ready) (?:${TO} |for )?(?:just )?(?:stop (?:living|existing|being alive|breathing)|cease to exist|not exist any ?more|fade away (?:forever|for good)|be gone for good|be gone$|death to (?:take|come for) me)(?:\\b|$)|\\b(?:(?:just )?waiting (?:${TO}|for) (?:${DIE}|death|it all to end)|can'?t wait ${TO} ${DIE}|looking forward to dying|praying for death|begging to ${DIE})\\b|\\b(?:hope|hoping|wish|wishing|praying) (?:that )?(?:i (?:get|got) (?:hit|run over|killed)|something (?:would |will )?(?:just )?kills? me|(?:a|the) (?:car|bus|truck|train) (?:hits|would hit) me|i (?:just )?die in (?:my sleep|an accident|a crash))\\b`
    )
  ),
  rule(
    'not alive by then',
    S,
    'concern',
    /\b(?:don'?t|can'?t|cannot|do not) (?:see|imagine|picture) (?:myself|me) (?:growing old|getting old|having a future)\b|\b(?:don'?t|can'?t|cannot|do not) (?:see|imagine|picture) (?:myself|me) (?:being |still )?(?:alive|around|here|living|making it) (?:by|for|past|in|at|much longer|next|after|until|to see|through)\b|\b(?:won'?t|not going to|not gonna|might not|may not) (?:be )?(?:alive|around|here) (?:by|for|next|in a (?:week|month|year)|to see|much longer|for long|tomorrow)\b/,
    { negatable: false, timingEscalates: false }
  ),
  rule(
    'why stay alive',
    S,
    'concern',
    /\bwhy (?:should|would|do|even|bother)(?: i)?(?: even)?(?: bother)? (?:stay|staying|keep|keeping|be|being|go|going) (?:alive|living|on living|here|on)\b|\bwhy am i (?:still )?(?:alive|living|breathing)\b|\bwhy (?:was i|did i (?:have to be|get)) born\b/,
    { negatable: false }
  ),
  rule(
    'want out of this life',
    S,
    'concern',
    /\bwant out of (?:this|my) (?:life|world|existence)\b|\b(?:i'?m|im|i am) (?:just )?(?:a )?waste of (?:space|oxygen|air|life)\b|\b(?:contemplat|consider)(?:ing|ed|e) (?:death|dying|ending (?:it|my life|things))\b|\bsuicide (?:crosses|has crossed|keeps crossing|is always on|is on|never leaves) my mind\b|\b(?:thought|idea) of (?:dying|death|not existing|not waking up|ending it) (?:is|feels|sounds) (?:so )?(?:comforting|peaceful|appealing|tempting|nice|like a relief|good)\b|\b(?:there'?s|there is|i see|i have) no (?:way out|escape|other way out)$/
  ),
  rule(
    'crash the car',
    S,
    'concern',
    /\b(?:crash(?:ing)?|driv(?:e|ing)|drove|swerv(?:e|ing)|steer(?:ing)?) (?:my car |the car )?(?:into (?:a |the )?(?:tree|wall|traffic|oncoming \w+|truck|river|lake|pole)|on purpose|off (?:a |the )?(?:road|cliff|bridge))\b|\b(?:walk|step)(?:ing)? (?:out )?into (?:the )?(?:traffic|oncoming \w+)\b/,
    { notIn: ACCIDENT }
  ),
  rule(
    'want to jump',
    S,
    'concern',
    /\b(?:want|wanna|going|gonna|about|ready|tempted|thinking about|close) (?:to )?jump(?:ing)?(?:$| (?:tonight|now|right now|today|soon)\b| off\b(?! (?:the |a )?(?:diving board|boat|dock|swing|bed|couch|sofa|trampoline)))/
  ),
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
    'death as relief',
    S,
    'concern',
    /\b(?:death|dying|being dead|not existing|not waking up|never waking up|sleeping forever)\b(?: [\w']+){0,4} (?:sounds|seems|feels|looks|would be|is) (?:like )?(?:a |such a |the )?(?:relief|peaceful|peace|comforting|appealing|tempting|better|nice|welcome|easier|escape|answer)\b|\b(?:welcome|crave|craving|long for|longing for|dream(?:ing)? (?:of|about)) (?:death|dying|being dead|the end)\b|\b(?:go|going) to sleep forever\b/,
    { timingEscalates: false }
  ),
  rule(
    "can't handle being alive",
    S,
    'concern',
    /\b(?:can'?t|cannot|unable to|can no longer) (?:handle|bear|stand|take|face|do|cope with|deal with) (?:being alive|living$|life any ?more|existing|another day(?: of this)?|waking up)\b|\b(?:exhausted|tired|sick|weary|worn out) (?:of|from) (?:fighting|trying|struggling) (?:to stay|to keep myself|to be) alive\b|\b(?:so )?done with (?:being alive|existing|living)\b|\b(?:lost|losing|lose) (?:the|my|all) will to live\b/,
    { negatable: false, timingEscalates: false }
  ),
  rule(
    'ways to die',
    S,
    'concern',
    /\bways (?:to|of|i could|i can) (?:die|dying|kill myself|end it|end my life|commit suicide|not wake up)\b|\b(?:want|wanna) (?:it|this|everything) (?:all )?to be over\b|\bwhat'?s (?:even )?the point any ?more$|\bsee the point any ?more$/,
    { timingEscalates: false }
  ),
  rule(
    'voices tell me',
    S,
    'concern',
    /\bvoices? (?:[\w']+ ){0,3}?(?:telling|tell|told|say|saying|says|keep telling) me (?:to|i should) (?:die|kill myself|end it|end my life|hurt myself|jump|cut|do it)\b/,
    { selfOnly: false }
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
    'staring at the means',
    S,
    'concern',
    /\b(?:looking|staring|stare|look|holding|hold) (?:at )?(?:the |my |these |those |a )?(?:pills|tablets|rope|gun|noose|bridge|train tracks|ledge)\b(?:[^.]{0,60}?\b(?:thinking|tonight|wondering|could|should|night))/
  ),
  rule(
    'on the ledge',
    S,
    'urgent',
    /\b(?:(?:i'?m|im|i am) (?:standing |sitting )?|^(?:standing|sitting) )(?:on|at) (?:the )?(?:edge of (?:the|a) )?(?:ledge|bridge|roof(?:top)?|train tracks|railway|cliff)(?:$|(?: [\w']+){0,4} (?:right now|now|again|tonight))/
  ),
  rule(
    'nothing left for me',
    S,
    'concern',
    /\bnothing (?:left )?for me(?: here| in this world| any ?more)?$|\b(?:life|living|existing|everything)\b(?: [\w']+){0,6} (?:i )?(?:just )?want out$|\b(?:picture|picturing|imagine|imagining|planning|plan) (?:my )?(?:own )?funeral\b|\bno (?:hope|future) (?:for me|left)\b/,
    { timingEscalates: false }
  ),
  rule(
    'world goes on without me',
    S,
    'concern',
    /\b(?:world|everyone|everybody|everything|life) (?:would|will) (?:keep (?:spinning|going|turning)|go on|carry on|move on)(?: [\w']+){0,2} without me\b|\bfade away(?: forever| for good)?$|\bi (?:just )?(?:want|wanna|wish i could|am ready) (?:to )?(?:be|go) (?:with [\w']+ (?:[\w']+ )?)?(?:in heaven|to heaven|home to god)\b/,
    { negatable: false, selfOnly: false, timingEscalates: false }
  ),
  rule(
    'tired of living',
    S,
    'concern',
    /\b(?:tired|sick|exhausted|so done) of (?:living|being alive|life|existing|waking up|being here)\b(?! (?:in|with|at|here|there|like this|on|under|paycheck|out of|off))/,
    { timingEscalates: false }
  ),
  rule('burden', S, 'concern', new RegExp(`\\b(?:i'?m|i am|im|feel(?:ing)? like|i feel) ${GAP2}(?:a |such a |just a |nothing but a )?burden\\b(?! of)`), {
    timingEscalates: false
  }),
  rule(
    'disappear forever',
    S,
    'concern',
    new RegExp(
      `\\b(?:want|wanna|wish i could|wish to|just want ${TO}) ${TO}? ?(?:just )?(?:disappear|vanish)(?: (?:forever|for good|permanently|from (?:this|the) (?:world|earth|planet)|and never come back)\\b|$)`
    ),
    { timingEscalates: false }
  ),
  rule(
    'never wake up',
    S,
    'concern',
    /\b(?:hope|hoping|wish|want|pray|praying) (?:that )?i (?:don'?t|never|won'?t|do not|will not|wouldn'?t) wake up\b|\b(?:go to sleep|fall asleep|sleep|close my eyes) and (?:never|not) (?:wake up|open them)\b|\b(?:want|wanna|wish i could) (?:to )?(?:just )?sleep forever\b/,
    { negatable: false, timingEscalates: false }
  ),
  rule(
    'thinking about suicide',
    S,
    'concern',
    new RegExp(
      `\\b(?:think(?:ing|s)?|thought|obsess(?:ing|ed)?|fantasi[sz](?:ing|e)) (?:a lot |again |seriously |constantly |all the time )?(?:about|of) (?:suicide|killing ${SELF}|ending (?:it all|my life|it|things)|taking my (?:own )?life|dying|not being (?:here|alive|around)|sewer ?slide|unaliving(?: ${SELF})?)\\b`
    ),
    { notAfter: TOPIC_AFTER }
  ),
  rule(
    'considering suicide',
    S,
    'concern',
    /\b(?:consider(?:ing|ed)?|contemplat(?:e|ing|ed)|attempt(?:ing|ed)?|commit(?:ting)?|plan(?:ning)? on) (?:a |another )?suicide\b/,
    { notAfter: TOPIC_AFTER }
  ),
  rule(
    'suicide note',
    S,
    'urgent',
    /\b(?:my|a|the) suicide (?:note|letter)\b|\b(?:wrote|written|writing|write|left|leave) (?:my|a) (?:goodbye|suicide|final) (?:note|letter)s?\b/
  ),
  rule(
    'giving away my things',
    S,
    'concern',
    /\b(?:giving|gave|give|given) away (?:all )?(?:of )?(?:my|all my) (?:stuff|things|belongings|possessions|cat|dog|pets?)\b|\b(?:giving|gave|give|gifting) (?:all )?(?:my|all my) (?:stuff|things|belongings|possessions) away\b/,
    { timingEscalates: false }
  ),
  rule(
    'means at hand',
    S,
    'urgent',
    /\b(?:pills|tablets|meds|medication|rope|noose|gun|pistol|shotgun|rifle|knife|blades?|razors?|poison|charcoal)\b[^.]{0,30}?\b(?:in front of me|next to me|beside me|in my hand|on my (?:desk|bed|lap)|right here|ready)\b|\b(?:bought|ordered|got|picked up|found) (?:a |the |some )?(?:rope|noose|gun|pistol|shotgun|charcoal|poison|razor blades)\b(?! (?:for|to) (?:climbing|camping|the (?:garden|boat|tent|range)|hunting|a (?:swing|project)))|\b(?:loaded|cleaned|took out|got out) (?:my |the |a |[a-z]+'?s )?(?:gun|pistol|shotgun|rifle)\b|\b(?:gun|pistol|shotgun|rifle)\b[^.]{0,20}\bloaded\b|\b(?:balcony|roof|window|ledge)\b[^.]{0,40}\b(?:thinking about|going to|want to|about to) jump(?:ing)?\b|\balready (?:took|taken|swallowed) (?:the|my|all (?:the|my)) (?:pills|tablets|meds)\b|\b(?:saving|saved|stockpiling|hoarding|collecting) (?:up )?(?:my |the )?(?:[\w']+ ){0,2}?(?:pills|meds|tablets|medication|prescriptions)\b|\bi have enough (?:pills|tablets|meds)\b|\b(?:gun|shotgun|rifle|pistol|pills|rope|knife|blade)\b[^.]{0,40}\b(?:keep thinking about (?:it|them|using)|can'?t stop (?:thinking about|looking at) (?:it|them))\b|\b(?:knife|blade|razor) (?:to|against|on) my (?:wrist|arm|throat|skin)\b|\b(?:on|at) the (?:train )?(?:platform|tracks)\b[^.]{0,30}\bjump\b/,
    { notIn: /\b(?:hunting|range|camping|climbing|vitamins?|antibiotics|prescribed|pharmacy run)\b/ }
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
  // --- self-harm ---
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
    'blade in hand',
    H,
    'urgent',
    /\b(?:have|got|holding|hold) (?:the |a |my )?(?:razor|blade|knife|lighter)s? (?:out|ready|in my hand|with me|next to me)\b|\b(?:razor|blade|knife)s? (?:is |are )?(?:out|ready|in my hand|next to me)\b/,
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
  rule(
    'cut too deep',
    H,
    'urgent',
    /\b(?:cut|went) (?:too |really |very |so )deep\b|\bcan'?t (?:stop|make) (?:the )?bleeding(?: stop)?\b|\bbleeding (?:a lot|heavily|won'?t stop|everywhere|badly)\b|\bwon'?t stop bleeding\b|\b(?:a lot of|so much|lots of) blood\b|\bneed(?:s)? stitches\b/,
    { notIn: ACCIDENT }
  ),
  rule('self-harm short form', H, 'concern', /^(?:sh|cut|cutting|self[- ]?harm(?:ed|ing)?|burned|relapsed)(?: again| today| tonight)?$/),
  // --- acute crisis ---
  rule(
    "can't go on",
    A,
    'concern',
    /\b(?:i'?m|im|i am) (?:really |just |so |still )?not (?:ok|okay)\b(?! with)|\bnothing matters any ?more\b|\b(?:i'?m|im|i am) done trying\b|\bfalling apart\b|\b(?:completely|totally|so|utterly) hopeless\b|\bfeel hopeless\b|\b(?:everything|it all|my life) is (?:crashing|falling|collapsing) (?:down|apart)?\b|\b(?:having|had) a (?:mental )?breakdown\b|\bwant the pain to stop\b|\b(?:i'?m|im|i am) drowning\b|\btrapped (?:with )?no way out\b|\b(?:can'?t|cannot|could ?n'?t|can not) (?:go on|keep going|carry on|do this|take (?:it|this|any ?more|much more)|cope|handle (?:it|this|life)|hold on|survive this|live (?:like this|with this)|keep living (?:like this)?|do it any ?more)(?: (?:any ?more|any longer|like this|much longer)\b|$)|\b(?:i'?m|im|i am) (?:so )?done with (?:life|everything|living|it all|all of this)\b(?! (?:admin|insurance|lessons|coaching|hacks|on my list))|\b(?:give|giving|gave|given) up on (?:life|everything|living|myself)\b|\b(?:i'?m|im|i am) in (?:a )?crisis\b|\bcan'?t any ?more$|\b(?:at|reached) (?:my |the )?breaking point|\bcan'?t take (?:one|another) more day\b\b|\bdon'?t feel safe(?: (?:right now|tonight|at all|any ?more))?$|\b(?:going to|gonna|about to|might) do something (?:bad|stupid|drastic|terrible|i'?ll regret)\b|\bdid something (?:stupid|bad|drastic|terrible)\b|\bat (?:the )?end of my (?:rope|tether)\b|\b(?:in|at) (?:a |such a )?(?:really |very |so )?dark (?:place|spot)\b|\b(?:don'?t know|not sure|no idea) how (?:much )?(?:longer|long) i can (?:hold on|keep going|do this|take (?:it|this)|cope|survive|last|keep living|go on)\b/,
    { negatable: false }
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
  // --- general forms: farewells, plans by their time, means where they lie, short forms ---
  rule(
    'farewell with finality',
    A,
    'urgent',
    /\b(?:won'?t|will never|never going to) see (?:you|any of you|you all|y'?all) (?:all )?again\b|\b(?:you|you all|y'?all) (?:won'?t|will never) see me again\b|\bthis (?:will be|is) my (?:last|final) (?:post|message)\b|\b(?:sorry|love you)\b[^.]{0,40}[.!]? (?:i love you all[.!]? )?goodbye$/,
    {
      scope: 'message',
      negatable: false,
      selfOnly: false,
      notIn: /\b(?:see you (?:soon|tomorrow|next|later)|holidays?|vacation|trip|break|for now|logging off|until|till)\b/
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
    /\b(?:rope|noose|pills|tablets|meds|gun|pistol|blades?|razor)\b (?:is |are )?(?:open |ready |loaded )?(?:in my (?:bag|pocket|hand|car|room|backpack)|on my (?:bed|desk|table|lap))\b|\b(?:bottle|box|pack) of (?:pills|tablets|meds) is open\b|\b(?:sitting|standing|climbed) on the (?:railing|parapet|edge|ledge) of (?:the|a) (?:bridge|roof|balcony|building)\b|\bswallowed (?:the rest|all|the whole lot) of my (?:meds|pills|tablets|medication)\b|\bswallowed (?:everything|every pill|all the pills) in (?:the|my) (?:medicine cabinet|house|cupboard|drawer)\b/
  ),
  rule('ready to die', S, 'concern', /^(?:so |just )?ready to die\b(?! on)|\bi'?m ready to die\b(?! on)|\bbarely holding on\b|\bhanging by a thread\b/),
  rule(
    'not being here, said plainly',
    S,
    'concern',
    /\bif i (?:didn'?t|did not|never) wake up\b[^.]{0,40}\b(?:relie\w+|better|peace)\b|\b(?:planning|thinking about|working out) how (?:to not|not to|to stop) (?:be|being) here\b|\b(?:don'?t|do not) want to do (?:life|this life) any ?more\b|\b(?:sick|tired) of existing\b|^(?:so )?done with everything$|\bneed (?:this|it|everything) to stop\b|\bbetter off with (?:a|an) \w+ who is dead\b|\b(?:think|thinking|thought) (?:a lot |most days |every day )?about not (?:being alive|being here|existing|waking up)\b|\bused (?:a |the |my )?(?:razor|blade) (?:again|on myself)\b/,
    { negatable: false, selfOnly: false }
  ),
  rule('do something to myself', A, 'concern', /\b(?:do|doing) (?:something|anything) (?:to|with) myself\b/),
  rule(
    'indirect wishes to be gone',
    S,
    'concern',
    /\b(?:cope|do|manage|be (?:fine|better|lighter|happier|okay|ok))\b[^.]{0,20}\bwithout me\b|\bif i (?:just )?(?:stopped being here|wasn'?t (?:around|here)|weren'?t (?:around|here))\b|\bwake up disappointed\b|\bhop(?:e|ing) i (?:just )?(?:won'?t|don'?t|never) wake up\b|\bpretending (?:i want to|to want to) (?:be alive|live|be here)\b|\bdeath\b(?: [\w']+){0,3} (?:feels|seems|looks) like the only\b|\bonly peace\b[^.]{0,40}\b(?:not being alive|dying|death|not existing)\b|\bmy time is (?:up|over)\b|\bsaying goodbye (?:in my head|to (?:everyone|everything|the world))\b/,
    { negatable: false, selfOnly: false, timingEscalates: false }
  ),
  rule(
    'researching how to die',
    S,
    'urgent',
    /\b(?:googl|search|look)\w* (?:up )?(?:whether|if|how) (?:people|you) (?:feel (?:pain|anything)|die|suffer)\b|\bhow (?:long|much) it takes to (?:die|drown|bleed out)\b/,
    { selfOnly: false }
  ),
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
    'urgent, other words',
    S,
    'urgent',
    /\b(?:top|edge|roof) of (?:the|a) (?:[\w-]+ ){0,2}?(?:car park|building|bridge|cliff|tower|block)\b[^.]{0,20}\blooking down\b|\blooking down from the (?:top|edge|roof) of\b|\b(?:rope|noose|gun|rifle|pistol|pills|tablets|knife|blade)\b[^.]{0,30}\bin my (?:room|bag|pocket|car|lap|wardrobe|hand)\b|\bsafety(?: catch)? is off\b|\btook every (?:pill|tablet|capsule)\b|\balready (?:took|swallowed|taken) them\b|\bcut (?:my \w+ )?open\b|\bgushing\b|\b(?:it'?s|it is|cut) (?:really|very|so) deep\b|\b(?:have|got) (?:it|everything) (?:all )?(?:worked out|planned|ready|arranged|sorted) for (?:tonight|tomorrow|this \w+|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:it'?s|it is) all (?:arranged|planned|set) for\b|\b(?:chosen|picked|worked out) (?:the |which )?(?:bridge|place|spot|method)\b[^.]{0,15}\b(?:and )?(?:the |what )?time\b|\bwhere and when\b|\b(?:left|written|wrote) (?:notes?|letters?) (?:for|to) (?:the people i love|everyone|my family)\b|\bwritten my letter\b|\bwon'?t be (?:here|around|alive) (?:in|by) the morning\b|\bdon'?t think i'?ll (?:see|make it to|live to see) (?:christmas|my birthday|next (?:week|month|year)|the weekend|tomorrow)\b|\bif (?:you'?re|you are) reading this\b|\bthanks? (?:to )?(?:everyone|you all)\b[^.]{0,40}\bi'?m done now\b/,
    { negatable: false, selfOnly: false }
  ),
  // --- someone else ---
  rule(
    'someone else suicidal',
    S,
    'concern',
    /\b(?:kill|killing|kills|hang|hanging|hangs|shoot|shooting|shoots) (?:himself|herself|themselves|themself)\b|\b(?:take|taking|takes|end|ending|ends) (?:his|her|their) (?:own )?life\b|\b(?:talks?|talking|talked) about (?:suicide|ending (?:it|it all|his life|her life|their life)|killing (?:himself|herself|themselves)|dying|wanting to die)\b|\b(?:be|are) better off without (?:him|her|them)\b|\buse it on (?:himself|herself|themselves)\b|\bsent me a (?:photo|picture|pic) of (?:pills|tablets|a rope|a gun|blades?)\b|\bsaid goodbye\b[^.]{0,40}\b(?:won'?t|isn'?t|doesn'?t|not) (?:pick(?:ing)? up|answer(?:ing)?|respond(?:ing)?|reply(?:ing)?)\b|\b(?:sent|texted|posted|left) (?:me |us )?(?:a )?(?:goodbye|suicide|farewell) (?:message|note|letter|text)\b/,
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

export const en: DistressLexicon = {
  language: 'en',
  rules,
  clauseSplit: /[.!?;\n…]+|\s(?:but|though|although|however|whereas)\s/,
  negators: words(
    "not never don't dont doesn't didn't didnt won't wont wouldn't wouldnt isn't aren't wasn't weren't ain't aint haven't havent hasn't nor neither stopped quit without"
  ),
  negatorPhrases: /\b(?:no longer|no way|no intention|no plans? (?:to|of)|not going to|not gonna|do not|would never|will never)\b/,
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
    /\b(?:killing me|kills me|killed me|dying (?:to|for|of)|die (?:of|from|laughing)|died (?:laughing|of)|to death|dead tired|i'?m dead|deceased|to die for|could kill for|killing it|killed it|murder me|death of me|in the foot)\b/,
  mediaMarkers:
    /\b(?:film|movie|show|series|episode|season|book|novel|story|song|lyrics|album|news|article|documentary|podcast|game|character|protagonist|scene|play|poem|anime|manga|comic|headline|report(?:ed)?|study|statistics)\b/,
  reportedSpeech:
    /\b(?:he|she|they|someone|somebody|my \w+|a \w+|the \w+|his \w+|her \w+)\s(?:(?:just|once|always|kept|keeps|then|literally)\s)?(?:said|says|say|saying|told me|tells me|texted|texts|wrote|writes|posted|posts|screamed|yelled|yells|sang|sings|goes|went|asked|asks|messaged|tweeted)\b[,:]?\s*(?:"[^"]*$|'(?:[^']|'(?=[a-z]))*$|(?:that\s)?(?:(?:i|i'?m|im|he|she|they)\s)?$)/,
  pastMarkers:
    /\b(?:used to|years ago|months ago|spent years|last (?:year|summer|winter|spring|autumn)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:years?|months?) ago|when i was (?:a |in |younger|little|\d+)|in my (?:early |late |mid )?(?:teens|twenties|thirties|20s|30s)|as a teenager|i'?m \d+ now|(?:glad|happy|grateful) i'?m (?:still )?(?:here|alive)|back in (?:high school|school|college|uni|the day|(?:19|20)\d\d)|in (?:19|20)\d\d|in the past|as a (?:teen(?:ager)?|kid|child)|(?:\d+|a few|several|many) (?:days|weeks|months|years) (?:clean|free|sober)|clean (?:for|since)|in recovery|recovered from|survivor of)\b/,
  pastOverride: /\b(?:relaps\w*|again|slipped up|broke (?:my )?(?:\w+ ){0,3}streak|came back|are back|is back)\b/,
  escalatorsAnywhere:
    /\b(?:i (?:have|'?ve got|got|made|'?ve made|came up with|'?ve worked out|worked out|picked) a (?:plan|date|method|spot)|i know (?:how|when|where) (?:i'?(?:ll|m going to)|i will|to) do it|(?:i'?ve|i have|i) (?:decided|made up my mind)|(?:planning|planned|researching|researched|looked up|looking up|googled|googling|searched|searching)(?: for)? (?:how|when|where|ways|methods|the best way|the easiest way|what)|(?:bought|got|have|found|saved|saving|stockpil(?:ed|ing)|hoarding|collected) (?:up )?(?:a |the |my |enough |all (?:the|my) )?(?:rope|gun|pills|tablets|razor blades?|blades?|charcoal|poison)|(?:wrote|written|writing|left) (?:a |my |the )?(?:goodbye |suicide |final )?(?:note|letter)s?|(?:i'?m|i am|im) (?:standing |sitting )?(?:on|at) (?:the )?(?:edge of (?:the|a) )?(?:bridge|ledge|roof(?:top)?|train tracks|railway|cliff))/,
  escalatorsInClause:
    /\b(?:tonight|today|right now|now|this (?:weekend|evening|morning|afternoon)|tomorrow|soon|next week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in (?:an|a few|a couple of|\d+) (?:hours?|minutes?|mins?))\b/
}
