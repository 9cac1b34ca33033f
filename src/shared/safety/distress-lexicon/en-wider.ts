import { A, H, rule, S } from './rule.ts'
import type { DistressRule } from './types.ts'

/**
 * English phrase families added in issue 14's second pass, from the training drafts only: means
 * named by their drug or object, acts already taken, plans tied to a time or a condition, farewells
 * that ask people not to grieve, and a few indirect wishes to be gone. Same rules as en.ts: bounded
 * quantifiers, no nested repeats, normalised text.
 */

/** Things people use to end their lives, by the names they give them. */
const MEANS =
  '(?:pills|tablets|meds|medication|medicine|painkillers|sleeping (?:pills|tablets)|antidepressants|paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|codeine|oxy|oxycodone|oxycontin|morphine|tramadol|fentanyl|diazepam|valium|xanax|benzos|clonazepam|lorazepam|lithium|sertraline|zoloft|fluoxetine|prozac|citalopram|quetiapine|seroquel|insulin|rope|noose|belt|cord|gun|pistol|shotgun|rifle|knife|knives|blades?|razors?|razor blades|charcoal|poison|bleach)'
/** Where means lie when they are at hand: in reach, not merely owned. */
const AT_HAND = '(?:in (?:my|both) hands?|on my lap|next to me|beside me|in front of me|right here|within reach)'
/** A quantity: pills are a danger by the handful, not one at a time. */
const AMOUNT = '(?:all|every|enough|a handful of|a (?:whole |full )?(?:box|bottle|pack|packet|strip) of|the whole|\\d{2,3}(?! ?(?:mg|mcg|ml|milligrams?)\\b))'
const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)'
/** Drugs named in an act already taken. */
const DRUGS =
  '(?:pills|tablets|meds|medication|painkillers|antidepressants|paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|codeine|oxy|oxycodone|morphine|tramadol|diazepam|valium|xanax|benzos|clonazepam|lorazepam|lithium|sertraline|zoloft|fluoxetine|prozac|citalopram|quetiapine|seroquel|insulin|prescription|supply)'

export const widerRules: DistressRule[] = [
  rule(
    'means named, at hand',
    S,
    'urgent',
    new RegExp(
      `\\b(?:have|got|holding|hold)\\b (?:[\\w']+ ){0,2}?(?:gun|pistol|shotgun|rifle|rope|noose|blades?|razors?|knife)\\b[^.]{0,25}?\\b${AT_HAND}|\\b(?:have|got|holding|hold) ${AMOUNT} (?:of )?(?:[\\w']+ ){0,2}?${MEANS}\\b[^.]{0,25}?\\b(?:${AT_HAND}|in my (?:room|bag|pocket|car))|\\b(?:have|got) (?:a |the |some |\\d+ (?:of )?)?(?:[\\w']+ ){0,2}?${MEANS}\\b[^.]{0,30}\\b(?:nobody|no one|noone) (?:is |'?s )?(?:home|here|around)\\b|\\blegs (?:dangling )?over the edge\\b|\\b(?:i'?m|im|i am) (?:standing |sitting )?on (?:the )?(?:train |railway )?tracks\\b|\\b(?:i'?m|im|i am) (?:sitting|standing) on (?:the )?(?:roof|ledge|railing|parapet)\\b`
    ),
    {
      notIn:
        /\b(?:hunting|range|camping|climbing|vitamins?|antibiotics|prescribed|pharmacy|as usual|like always|with (?:food|breakfast|dinner)|cooking|chopping|kitchen)\b/
    }
  ),
  rule(
    'act already taken',
    A,
    'urgent',
    new RegExp(
      `\\b(?:took|taken|swallowed|downed) (?:(?:a|the|my) (?:whole |entire )?(?:bottle|box|pack|packet|strip|supply) of |(?:my|the) (?:whole|entire) |all (?:of )?(?:my|the) |\\d{2,3}(?! ?(?:mg|mcg|ml|milligrams?)\\b) (?:of )?(?:my )?)(?:[\\w']+ ){0,2}?${DRUGS}\\b|\\b(?:took|taken|swallowed) (?:every ?thing|all the pills) in (?:the|my) (?:medicine cabinet|cupboard|drawer|house)\\b|\\b(?:took|taken|swallowed) (?:the first |half )(?:half )?(?:of )?(?:the |my )?(?:pills|tablets|meds)\\b|\\b(?:overdosed|od'?d) on\\b|\\b(?:poured|held|pressed) (?:boiling|hot) [\\w ]{0,12}? on my (?:arms?|legs?|skin|hands?)\\b[^.]{0,20}\\bon purpose\\b`
    ),
    // "took my whole prescription to the pharmacy", "took all my meds with breakfast"
    { negatable: false, notAfter: /^\W*(?:to|back|in|into|from|out|with (?:food|water|breakfast|lunch|dinner)|as prescribed|on time)\b/ }
  ),
  // the writer names themselves; "them" is the pills, not another person
  rule('took them all', A, 'urgent', /\bi (?:already |just )?(?:took|swallowed) (?:them|it) all\b/, { negatable: false, selfOnly: false }),
  rule(
    'plan tied to a time',
    S,
    'urgent',
    new RegExp(
      `\\bdecided (?:it'?s|it will be|it'?ll be) (?:tonight|tomorrow|today|this weekend|(?:on )?${DAY})$|\\b(?:i'?ll|i will|i'?m going to|going to|gonna) end (?:it|things|everything|my life)(?: all)? (?:once|as soon as|after|when) (?!(?:we|he|she|they|you|it'?s|the (?:meeting|call|lease|contract|semester|game|show)))|\\bso (?:nobody|no one|noone) (?:finds|will find|can find|would find) me\\b|\\b(?:nobody|no one|noone) will find me (?:until|till|before)\\b|\\b(?:going to|gonna|will) (?:kill myself|end my life|take my life) (?:on|at|after|before|when) (?:my|the|christmas|new year)\\b`
    ),
    { negatable: false }
  ),
  rule(
    'farewell asking not to grieve',
    A,
    'urgent',
    /\blove (?:you|u) all\b.{0,60}\b(?:please )?(?:don'?t|do not) (?:be sad|cry|blame yourselves|blame yourself|miss me|grieve)\b|\bthis is the end for me\b(?! (?:at|in|with|on) )|\bwanted to (?:say )?thank (?:you|u) all\b.{0,80}\bgood ?bye\b|\b(?:won'?t|not going to|not gonna) be (?:here|around) (?:much longer|for (?:much )?longer)\b.{0,60}\b(?:good ?byes?|bye)\b|\bbye forever\b/,
    { scope: 'message', negatable: false, selfOnly: false, notIn: /\b(?:see (?:you|ya|u)|holiday|vacation|trip|new job|moving|semester)\b/ }
  ),
  rule(
    'wishes to be gone, other words',
    S,
    'concern',
    /\b(?:how |so )?(?:nice|good|easy|peaceful|restful) (?:it'?d|it would) be (?:to )?(?:just )?(?:not (?:be here|exist|be alive|wake up)|die|disappear for good)\b|\b(?:all|the only thing) i (?:want|need) is (?:to )?(?:be dead|die|not exist|not be here|not be alive)\b|\bwish i could (?:just )?(?:cease to (?:be|exist)|stop being|not exist)\b|\b(?:dying|death|suicide|ending it|killing myself) (?:is|seems|feels like|might be|would be) (?:the|my) (?:only )?(?:way out|escape|answer|solution)\b|\btired of surviving\b|^(?:there'?s )?no point any ?more$/,
    // the "not" is part of the wish ("how nice it'd be to not be here")
    { timingEscalates: false, negatable: false }
  ),
  rule(
    'self-harm on purpose',
    H,
    'concern',
    /\b(?:burn(?:ed|t)?|scald(?:ed)?|scratch(?:ed)?|punch(?:ed)?|hit) (?:[\w']+ ){0,3}?(?:on|into|to) my (?:arms?|legs?|skin|wrists?|hands?|thighs?|face)\b[^.]{0,20}\bon purpose\b/
  ),
  // --- someone else ---
  rule(
    'someone else wishes to be gone',
    S,
    'concern',
    /\bwish(?:es|ed)? (?:she|he|they) (?:was|were|had)? ?(?:dead|never been born|not alive)\b|\b(?:he|she|they) (?:can'?t|cannot|doesn'?t|don'?t) see (?:a |the |any )?(?:point|reason) (?:in |to |of )?(?:keep )?(?:living|going on|being alive|staying alive)\b/,
    { about: 'other', negatable: false }
  ),
  rule(
    'someone else with means now',
    A,
    'urgent',
    /\blocked (?:himself|herself|themselves) in\b[^.]{0,40}\b(?:razor|blades?|knife|pills|rope|gun)\b|\b(?:he|she|they)(?:'s| is| are|'re) (?:standing |sitting )?(?:on|at) (?:the )?(?:edge of (?:the|a) )?(?:bridge|ledge|roof|tracks|cliff) (?:right )?now\b|\bmy (?:[\w']+ ){1,2}(?:is|'s) (?:standing |sitting )?on (?:the )?(?:bridge|ledge|roof|tracks|cliff) (?:right )?now\b/,
    { about: 'other', negatable: false }
  )
]
