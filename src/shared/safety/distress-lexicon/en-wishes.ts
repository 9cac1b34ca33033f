import { S, rule } from './rule.ts'
import { TO, SELF, KILL, DIE, GAP2, DIE_IDIOM_AFTER, KILL_IDIOM_AFTER, ACCIDENT, KMS_TECH } from './en-shared.ts'
import type { DistressRule } from './types.ts'

/**
 * English: wishes to die, to be dead or gone, suicide named and its slang ("kms", "unalive",
 * "sewerslide"); concern unless a plan, means or time elsewhere raises them.
 * Patterns run on normalised text; bounded quantifiers only (see en.ts).
 */
export const enWishes: DistressRule[] = [
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
    { negatable: false, selfOnly: false, timingEscalates: false, notIn: /\b(?:she|he|they)(?:'?d| would) be better off dead\b/ }
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
  )
]
