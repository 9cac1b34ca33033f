import { S, rule } from './rule.ts'
import { TO, SELF, GAP2, TOPIC_AFTER } from './en-shared.ts'
import type { DistressRule } from './types.ts'

/**
 * English: thoughts of death as relief, being a burden, no future, sleep without waking, giving
 * things away; concern unless a plan, means or time elsewhere raises them.
 * Patterns run on normalised text; bounded quantifiers only (see en.ts).
 */
export const enThoughts: DistressRule[] = [
  rule(
    'death as relief',
    S,
    'concern',
    /\b(?:death|dying|being dead|not existing|not waking up|never waking up|sleeping forever)\b(?: [\w']+){0,4} (?:sounds|seems|feels|looks|would be|is) (?:like )?(?:a |such a |the )?(?:relief|peaceful|peace|comforting|appealing|tempting|better|nice|welcome|easier|escape|answer|vacation|holiday|rest)\b|\b(?:welcome|crave|craving|long for|longing for|dream(?:ing)? (?:of|about)) (?:death|dying|being dead|the end)\b|\b(?:go|going) to sleep forever\b/,
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
    'staring at the means',
    S,
    'concern',
    /\b(?:looking|staring|stare|look|holding|hold) (?:at )?(?:the |my |these |those |a )?(?:pills|tablets|rope|gun|noose|bridge|train tracks|ledge)\b(?:[^.]{0,60}?\b(?:thinking|tonight|wondering|could|should|night))/
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
    // "sleep forever this weekend, no alarms" is a lie-in
    {
      negatable: false,
      timingEscalates: false,
      notAfter: /^\W*(?:this (?:weekend|morning)|on (?:my|the|sunday|saturday)|till|until|tomorrow|today|no alarms?)\b/
    }
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
    'giving away my things',
    S,
    'concern',
    /\b(?:giving|gave|give|given) away (?:all )?(?:of )?(?:my|all my) (?:stuff|things|belongings|possessions|cat|dog|pets?)\b|\b(?:giving|gave|give|gifting) (?:all )?(?:my|all my) (?:stuff|things|belongings|possessions) away\b/,
    { timingEscalates: false }
  ),
  rule('ready to die', S, 'concern', /^(?:so |just )?ready to die\b(?! on)|\bi'?m ready to die\b(?! on)|\bbarely holding on\b|\bhanging by a thread\b/),
  rule(
    'not being here, said plainly',
    S,
    'concern',
    /\bif i (?:didn'?t|did not|never) wake up\b[^.]{0,40}\b(?:relie\w+|better|peace)\b|\b(?:planning|thinking about|working out) how (?:to not|not to|to stop) (?:be|being) here\b|\b(?:don'?t|do not) want to do (?:life|this life) any ?more\b|\b(?:sick|tired) of existing\b|^(?:so )?done with everything$|\bneed (?:this|it|everything) to stop\b|\bbetter off with (?:a|an) \w+ who is dead\b|\b(?:think|thinking|thought) (?:a lot |most days |every day )?about not (?:being alive|being here|existing|waking up)\b|\bused (?:a |the |my )?(?:razor|blade) (?:again|on myself)\b/,
    { negatable: false, selfOnly: false }
  ),
  rule(
    'indirect wishes to be gone',
    S,
    'concern',
    /\b(?:cope|do|manage|be (?:fine|better|lighter|happier|okay|ok))\b[^.]{0,20}\bwithout me\b|\bif i (?:just )?(?:stopped being here|wasn'?t (?:around|here)|weren'?t (?:around|here))\b|\bwake up disappointed\b|\bhop(?:e|ing) i (?:just )?(?:won'?t|don'?t|never) wake up\b|\bpretending (?:i want to|to want to) (?:be alive|live|be here)\b|\bdeath\b(?: [\w']+){0,3} (?:feels|seems|looks) like the only\b|\bonly peace\b[^.]{0,40}\b(?:not being alive|dying|death|not existing)\b|\bmy time is (?:up|over)\b|\bsaying goodbye (?:in my head|to (?:everyone|everything|the world))\b/,
    { negatable: false, selfOnly: false, timingEscalates: false }
  )
]
