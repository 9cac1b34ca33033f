/** Pieces shared by the English lexicon files: word forms and the contexts that cancel a match. */

export const TO = '(?:to|2)'
export const SELF = '(?:my ?self|my ?sel|meself|myslef|mysefl|myselve)'
export const KILL = '(?:k[i*]l+|ki[il]{2})'
export const DIE = '(?:d[i*]+e+|be dead)'
// Gap of up to two words that are not negators ("so", "really", "pretty").
export const GAP2 = "(?:(?![a-z]+n't\\b|(?:dont|didnt|doesnt|isnt|arent|wasnt|havent|wouldnt|not|never|no)\\b)[a-z']+ ){0,2}?"

/** Idioms that follow "want to die": "... of embarrassment", "... on this hill", "... for pizza". */
export const DIE_IDIOM_AFTER =
  /^\W*(?:(?:of|from) (?:embarrassment|shame|cringe|boredom|laughter|laughing|heat|cuteness|happiness|joy|excitement|envy|jealousy|secondhand)|laughing|on (?:this|that) hill|for\b|in (?:the |this |that )?(?:game|level|round|match|raid|dungeon|boss fight|minecraft|fortnite|lobby)\b|happy\b)/

/** Idioms that follow "kill myself": "... laughing", "... at the gym", "... trying to finish". */
export const KILL_IDIOM_AFTER =
  /^\W*(?:laughing|with (?:work|studying|stress|this|that)|at (?:the )?(?:gym|work|office)|trying\b|to (?:finish|get|make|meet|please|keep|impress)|over (?:this|that|work|a|an|the|nothing)|for (?:this|that|a|an|the|work|nothing|them|him|her|forgetting|being)|in the foot|in (?:the |this )?(?:game|minecraft|fortnite|level|round))/

/** Accidents and sport: "cut myself chopping onions", "hurt myself at the gym". */
export const ACCIDENT =
  /\b(?:accident|accidentally|by mistake|fell|fall|falling|tripped|tripping|slipped|chopping|cooking|kitchen|shaving|onions?|paper ?cut|oven|stove|frying|iron(?:ing)?|gym|workout|working out|lifting|deadlift|running|playing|football|soccer|basketball|hockey|rugby|skat(?:e|ing|eboard)|bike|biking|cycling|ski(?:ing)?|hiking|climbing|sprain(?:ed)?|twisted|stubbed|bumped|door|ladder|stairs|ice|icy|snow|skid(?:ded)?|slid|brakes|fog)\b/

/** "kms" is also Linux kernel mode setting, Windows KMS activation and kilometres. */
export const KMS_TECH =
  /\b(?:kernel|driver|drm|mesa|modeset(?:ting)?|activation|activate|activator|windows|office|licen[cs]e|server|host|key|xorg|wayland|gpu|nvidia|amd|intel|linux|boot|grub|ubuntu|fedora|distance|drive|drove|ran|run|walk(?:ed)?|hike(?:d)?|away|miles?)\b|\d\s?kms\b/

/** Talk about support and awareness, not risk: "suicide prevention line", "self-harm awareness". */
export const TOPIC_AFTER =
  /^\W*(?:prevention|awareness|rates?|statistics|stats|research|hotline|helpline|line|lines|squad|support group|training|policy|resources?|month|week|day|survivors? (?:network|group)|charity)\b/

/** A farewell that is just a sign-off: "goodbye everyone, see you next week". */
export const FAREWELL_NOT =
  /\b(?:see (?:you|ya|u)|later|tmrw|next (?:week|time|month|year)|good ?night|night night|nite|sleep well|logging off|log off|off to bed|going to bed|gtg|g2g|ttyl|brb|have a (?:good|great|nice|lovely)|enjoy|holiday|vacation|trip|for now|for (?:the|this) (?:day|night|weekend|week|summer)|moving|new job|old job|my job|at work|school|graduat\w*|retir\w*|leaving (?:the|this) (?:server|group|room|chat)|signing off|until|till|soon|back (?:on|in|next)|semester|class|trial|subscription)\b/
