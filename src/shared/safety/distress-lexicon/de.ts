import { A, H, rule, S, words } from './rule.ts'
import { fourthDe } from './fourth-rules.ts'
import { secondDe } from './fourth-rules-second.ts'
import { thirdDe } from './third-rules-de-pt-it.ts'
import { widerDe } from './wider-rules.ts'
import type { DistressLexicon } from './types.ts'

/**
 * German. Patterns run on normalised text: lower case, umlauts folded ("müde" → "mude",
 * "Brücke" → "brucke", "ß" → "ss"). German says "ich will sterben" and "sie will sterben" with the
 * same verb, so the subject check (ich / sie / meine Freundin) decides who is at risk; reflexive
 * "sich" forms are always about someone else. Every quantifier is bounded.
 */

const PILLS = '(?:tabletten|pillen|medikamente|schlaftabletten|beruhigungsmittel|antidepressiva|ibuprofen|paracetamol)'
const TIME =
  '(?:heute nacht|heute abend|heute|morgen|jetzt|gleich|sofort|am wochenende|dieses wochenende|am (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag))'
const ACCIDENT =
  /\b(?:kochen|kuche|gemuse|rasier\w*|sport|fussball|training|gestolpert|gestürzt|gesturzt|unfall|versehentlich|aus versehen|fahrrad|knie|haare|zwiebeln|backofen|herd)\b/
const FAREWELL_NOT = /\b(?:bis (?:morgen|bald|spater|nachste woche|dann|montag)|urlaub|schones wochenende|gute nacht|feierabend|ferien|melde mich)\b/

const rules = [
  // --- suicide ---
  rule(
    'will sterben',
    S,
    'concern',
    /\b(?:will|mochte|wurde gern|wunschte,? ich konnte|wunsche mir,?) (?:\w+ ){0,3}?(?:sterben|tot (?:zu )?sein)\b|^sterben wollen\b|\bsterben (?:will|mochte)\b/
  ),
  rule(
    'will nicht mehr leben',
    S,
    'concern',
    /\b(?:will|mochte|kann) (?:\w+ ){0,2}?nicht mehr (?:leben|weiterleben|existieren|da sein|hier sein)\b|\b(?:will|kann) (?:echt |einfach |wirklich |so |langsam |bald )?nicht mehr$|\bnicht mehr leben (?:will|mochte)\b|\baufhoren zu leben\b|\bwill nicht mehr weiter\b|\bkeine lust mehr (?:auf (?:das )?leben|zu leben)\b|\blebensmude\b|\b(?:bin es|es) (?:so )?leid,? zu leben\b/,
    { negatable: false }
  ),
  rule(
    'mich umbringen',
    S,
    'concern',
    /\b(?:mich|mir) (?:\w+ ){0,2}?(?:umbringen|umzubringen|toten|zu toten|das leben (?:nehmen|zu nehmen)|erhangen|zu erhangen|erschiessen|aufhangen)\b|\bbringe? mich (?:\w+ ){0,2}?um\b|\bnehme? (?:ich )?mir (?:\w+ ){0,2}?das leben\b|\b(?:selbstmord|suizid) (?:begehen|zu begehen)\b|\bmich (?:vor einen zug|vor den zug|von (?:der|einer) brucke) (?:werfen|zu werfen|sturzen|zu sturzen)\b/
  ),
  rule('suizidgedanken', S, 'concern', /\b(?:suizidgedanken|selbstmordgedanken|suizidale gedanken|todesgedanken|todeswunsch|suizidal|suizidgefahrdet)\b/),
  rule(
    'besser ohne mich',
    S,
    'concern',
    /\bohne mich (?:\w+ ){0,3}?(?:besser|leichter)\b|\bbesser (?:dran )?ohne mich\b|\bniemand (?:wurde|wird) mich vermissen\b|\b(?:allen|jedem|keinem) (?:ist es )?egal,? ob ich (?:lebe|sterbe)\b|\bes ist allen egal,? ob ich\b/,
    { negatable: false, selfOnly: false, timingEscalates: false }
  ),
  rule(
    'kein sinn mehr',
    S,
    'concern',
    /\bkeinen sinn mehr\b|\bmein leben ist sinnlos\b|\bkeinen grund (?:mehr )?(?:zu leben|zum leben|weiterzuleben)\b|\bdas leben ist (?:nicht|nichts) (?:lebenswert|mehr wert)\b|\bwozu (?:noch )?(?:weitermachen|leben|weiterleben)\b|\b(?:lebenswillen|lebensmut|willen zu leben) verloren\b/,
    { negatable: false, timingEscalates: false }
  ),
  rule('verschwinden', S, 'concern', /\b(?:will|mochte|wurde gern|wunschte) (?:\w+ ){0,2}?(?:fur immer )?verschwinden\b/, { timingEscalates: false }),
  rule(
    'nicht mehr aufwachen',
    S,
    'concern',
    /\b(?:hoffentlich|wunschte|wunsche|will|mochte),? (?:\w+,? ){0,4}?(?:nicht mehr|nie (?:mehr|wieder)) auf(?:zu)?wach\w*\b|\bhoffentlich wache ich (?:\w+ ){0,2}?nicht (?:mehr )?auf\b|\bich hoffe,? (?:dass )?ich (?:wache (?:\w+ ){0,2}?nicht (?:mehr )?auf|(?:\w+ ){0,2}?nicht (?:mehr )?aufwache)\b|\bwenn ich tot (?:ware|waer)\b|\beinschlafen und nie (?:mehr|wieder) aufwachen\b|\bnie geboren\b|\b(?:ware|waer) (?:ich )?(?:doch |lieber |einfach )?tot\b|\blieber tot\b/,
    { negatable: false, timingEscalates: false }
  ),
  rule('eine last', S, 'concern', /\b(?:bin|fuhle mich wie) (?:fur alle |fur jeden )?(?:nur )?eine last\b/, { timingEscalates: false }),
  rule(
    'tod als erleichterung',
    S,
    'concern',
    /\b(?:der tod|sterben|tot zu sein|gedanke an den tod)\b(?: \w+){0,4} (?:wie )?(?:erleichterung|erlosung|leichter|ausweg)\b|\b(?:meine|meiner) (?:eigene[n]? )?beerdigung\b|\bder einzige ausweg\b/,
    { timingEscalates: false }
  ),
  rule(
    'schluss machen',
    S,
    'concern',
    /\ballem ein ende (?:setzen|machen)\b|\bschluss machen$|\b(?:mache|mach) (?:\w+ ){0,2}?schluss$|\bmache (?:heute|jetzt|sofort) schluss\b|\b(?:mache|mach) (?:\w+ ){0,2}?schluss mit (?:allem|dem leben|mir|meinem leben)\b|\bwill schluss machen\b(?! mit (?:ihm|ihr|meinem|meiner|dem|der))/
  ),
  rule(
    'an suizid denken',
    S,
    'concern',
    /\b(?:denke|denken|nachdenken|gedanken) (?:\w+ ){0,3}?(?:an|uber) (?:den )?(?:suizid|selbstmord|den tod|das sterben)\b|\bsuizid geht mir nicht (?:mehr )?aus dem kopf\b|\b(?:ziehe|ziehen) (?:\w+ ){0,3}?(?:suizid|selbstmord) in (?:erwagung|betracht)\b/,
    { negatable: false }
  ),
  rule(
    'springen',
    S,
    'concern',
    /\b(?:springe|spring|springen|werfe mich|mich werfen|mich zu werfen|sturze mich|mich sturzen) (?:\w+ ){0,3}?(?:von der|vor den|vor einen|aus dem|vom) (?:brucke|dach|zug|fenster|hochhaus|balkon|klippe|turm|auto)\b|\bzur brucke (?:\w+ ){0,2}?und springe\b/
  ),
  // --- urgent: means at hand, an act taken, a plan with a time, a farewell ---
  rule(
    'mittel bereit',
    S,
    'urgent',
    new RegExp(
      String.raw`\b${PILLS}\b[^.]{0,40}?\b(?:vor mir|neben mir|in der hand|bereit|aufgereiht|hier bei mir)\b|\b(?:sammle|horte|gesammelt|gehortet) (?:\w+ ){0,3}?${PILLS}\b|\bgenug ${PILLS}\b|\b(?:waffe|pistole|gewehr|revolver)\b(?: \w+){0,4}? geladen\b|\b(?:geladen|lade) (?:die|meine|seine) (?:waffe|pistole|gewehr)\b|\b(?:seil|strick|schlinge)\b(?: \w+){0,3}? (?:gekauft|besorgt|geknupft|gemacht|bereit)\b|\b(?:kaufe|besorge|knupfe) (?:mir )?(?:ein |einen |eine |den |die )?(?:seil|strick|schlinge)\b|\b(?:messer|klinge|rasierklinge)\b (?:\w+ ){0,2}?(?:an|auf|gegen) (?:mein|meinen|meine) (?:handgelenk|arm|hals|haut)\b|\b(?:pistole|waffe|tabletten|seil)\b[^.]{0,40}\bdenke (?:standig|immer|die ganze zeit) (?:daran|dran)\b|\b(?:rasierklinge|klinge|messer)\b[^.]{0,40}\b(?:neben mir|in der hand|bereit)\b|\bam (?:bahnsteig|gleis)\b[^.]{0,30}\bspringen\b|\bkohle und klebeband\b|\b(?:balkon|dach|fenster)\b[^.]{0,40}\b(?:ans springen|zu springen|springen will|runterspringen)\b`
    ),
    { negatable: false, notIn: /\b(?:klettern|camping|wasche|garten|boot|zelt)\b/ }
  ),
  rule(
    'an der kante',
    S,
    'urgent',
    /\b(?:stehe|sitze|bin) (?:\w+ ){0,2}?(?:auf|an|am) (?:der |dem )?(?:brucke|dachkante|dach|klippe|gleisen|bahnsteig|gelander|rand (?:der|des) \w+)\b/
  ),
  rule(
    'uberdosis',
    A,
    'urgent',
    new RegExp(
      String.raw`\buberdosis\b|\b(?:die |eine )?(?:ganze|gesamte) (?:packung|schachtel|dose|flasche)\b(?: \w+){0,2}? (?:genommen|geschluckt)\b|\b(?:eine|die|ganze) packung (?:\w+ )?${PILLS}\b(?: \w+){0,3}? (?:genommen|geschluckt|runtergespult)\b|\b${PILLS} (?:schon|bereits) (?:genommen|geschluckt)\b|\b(?:alle|\d{2,3}|zu viele|eine handvoll|einen haufen) (?:\w+ ){0,2}?${PILLS}\b(?: \w+){0,3}? (?:genommen|geschluckt|eingenommen|runtergespult)\b|\b(?:gift|bleiche|reinigungsmittel|frostschutzmittel|rattengift|abflussreiniger) (?:\w+ )?getrunken\b|\bversucht,? mich (?:zu erhangen|aufzuhangen)\b`
    )
  ),
  rule(
    'plan mit zeit',
    S,
    'urgent',
    new RegExp(
      String.raw`\bheute nacht ist es soweit\b|\bes ist entschieden$|\beinen plan und ein datum\b|\bweiss,? (?:genau,? )?wie und wann\b|\bbeschlossen,? es ${TIME} zu tun\b|\bnehme ich alle ${PILLS}\b|\b(?:morgen|heute nacht|bald)(?: fruh)? bin ich tot\b|\b(?:datum|tag) (?:ausgesucht|festgelegt|gewahlt)\b|\b(?:recherchiert|gegoogelt|nachgeschaut|gesucht),? wie\b(?= (?:man sich|viele tabletten|ich es))|\b${TIME} (?:mache|tue|tu|mach) ich es\b|\b(?:mache|tue) ich es ${TIME}\b|\bgenau durchdacht,? wie ich es\b`
    ),
    // "es ist entschieden" also announces trips, diets and moves
    { notIn: /\b(?:fahren|fahre|reise\w*|urlaub|ostsee|nordsee|meer|diat|umzug|ziehen|party|feier|kino|essen|friseur)\b/ }
  ),
  rule(
    'abschied',
    A,
    'urgent',
    /\b(?:das ist|dies ist) (?:mein|ein) abschied\b|\b(?:habe|hab|schreibe|schrieb) (?:\w+ ){0,3}?abschieds(?:brief|nachricht)\w*\b|\bmeine abschiedsbriefe\b|\bfur immer\b.{0,30}\bverabschieden\b|\b(?:sachen|alles) verschenkt\b.{0,40}\bverabschiedet\b|\bmeine letzte nachricht\b|\bwenn ihr das lest,? bin ich (?:nicht mehr da|tot|weg)\b|\bsucht nicht nach mir\b|\bverlasse (?:\w+ ){0,2}?diese welt\b|\bglaube nicht,? dass ich (?:das wochenende|den morgigen tag|morgen|die nacht|die woche|den \w+) (?:noch )?(?:erlebe|uberlebe|schaffe)\b|\bwerde nicht mehr lange (?:da|hier) sein\b|\bsagt meiner familie,? (?:dass )?es mir leid tut\b|\bdanke fur alles\b.{0,60}\b(?:abschied|macht es gut|lebt wohl|hab euch lieb)\b|\b(?:macht es gut|lebt wohl)\b.{0,60}\bdanke fur alles\b|\blebt wohl\b|\bfur immer (?:verabschieden|tschuss)\b|\bverabschieden\b.{0,30}\bfur immer\b/,
    { scope: 'message', negatable: false, notIn: FAREWELL_NOT }
  ),
  // --- self-harm ---
  rule(
    'ritzen',
    H,
    'concern',
    /\b(?:ritze|ritzen|geritzt|ritzte)\b|\bmich (?:\w+ ){0,3}?(?:geschnitten|selbst verletzt|verletzt|verbrannt|aufgekratzt|geschlagen)\b|\b(?:verletze|schneide|verbrenne|schlage|kratze) (?:ich )?mich\b|\bselbstverletz\w*\b|\bsvv\b|\bmich (?:zu )?(?:ritzen|schneiden|verletzen|verbrennen)\b|\b(?:schneide|ritze|schnitt) mir (?:\w+ ){0,4}?in (?:die|den|meine) (?:arme?|haut|beine?|oberschenkel|handgelenke?)\b|\b(?:verbrenne|schneide|kratze) mir (?:\w+ ){0,2}?(?:die haut|die arme|in die arme|die handgelenke|die beine)\b|\bmir (?:\w+ ){0,2}?(?:die handgelenke|die arme|die pulsadern) aufgeschnitten\b|\bwill mir (?:\w+ )?weh ?tun\b/,
    { notIn: ACCIDENT }
  ),
  rule(
    'klingen und schnitte',
    H,
    'concern',
    /\b(?:verstecke|horte|sammle) (?:\w+ ){0,2}?(?:rasierklingen|klingen)\b|\bverdiene (?:es )?(?:schmerzen|zu leiden|weh zu tun)\b|\bkorperlichen schmerz spuren\b|\bneue schnitte\b|\bruckfall\b(?: \w+){0,5} (?:geritzt|geschnitten|verletzt|ritzen)\b|\bkopf gegen die wand\b/
  ),
  rule(
    'zu tief',
    H,
    'urgent',
    /\bzu tief geschnitten\b|\bhort nicht auf zu bluten\b|\bblutet (?:stark|sehr|ohne ende)\b|\bmuss genaht werden\b|\buberall ist blut\b|\bblutet (?:so )?stark\b/
  ),
  // --- acute crisis ---
  rule(
    'kann nicht mehr',
    A,
    'concern',
    /\bkann nicht mehr\b(?! \w*(?:en|ern|eln)\b)|\b(?:halte|ertrage) (?:\w+ ){0,3}?nicht mehr(?: aus)?\b|\bso kann ich nicht (?:mehr )?weiter(?:machen)?\b|\bkeine kraft mehr\b|\bweiss nicht,? wie lange ich (?:das )?noch durchhalte\b/,
    { negatable: false }
  ),
  rule(
    'am ende',
    A,
    'concern',
    /\bbin (?:total |vollig |echt )?am ende\b|\bweiss nicht (?:mehr )?weiter\b|\bsehe keinen ausweg\b|\bausweglos\b|\bangst,? (?:mir|dass ich mir) (?:etwas|was) an(?:zu)?tun\b|\bwas ich mir antun\b|\bkurz davor,? etwas dummes zu tun\b|\bbin in einer krise\b|\b(?:zerbreche|breche zusammen)\b|\balles bricht (?:\w+ ){0,2}zusammen\b|\b(?:vollig|total) hoffnungslos\b|\bhabe alles aufgegeben\b|\bdunklen ort\b|\bdass (?:es|der schmerz|alles) aufhort\b|\bes ist alles zu viel\b|\bzusammenbruch\b|\bmir geht(?:s| es) (?:wirklich |gar |echt |so )?nicht gut\b|\bich ertrinke\b|\bich gebe auf\b|\bnichts ist mehr wichtig\b|\bohne ausweg\b|\bkeinen ausweg\b/,
    { negatable: false }
  ),
  rule('nicht sicher', A, 'urgent', /\bkann mich nicht (?:mehr )?schutzen\b|\bbin eine gefahr fur mich\b|\bfuhle mich (?:mit mir|allein) nicht sicher\b/, {
    negatable: false
  }),
  // --- general forms: farewells, plans by their time, means where they lie, short forms ---
  rule(
    'abschied endgultig',
    A,
    'urgent',
    /\b(?:ihr werdet|ihr seht) mich (?:nicht|nie) (?:mehr |wieder )?(?:sehen|wieder)\b|\bseht ihr mich nicht wieder\b|\b(?:das wird|das ist) mein letzter (?:beitrag|post)\b|\b(?:es tut mir leid|hab euch lieb)\b[^.]{0,40}[.!]? (?:lebt wohl|tschuss|machts gut)$/,
    { scope: 'message', negatable: false, selfOnly: false, notIn: FAREWELL_NOT }
  ),
  rule(
    'plan nach zeit',
    S,
    'urgent',
    /\b(?:dann|an dem tag)$|\bdas datum steht\b|\bich mache es ,?(?:wenn|sobald) (?:alle|meine \w+|mein \w+)\b|\b(?:heute nacht|morgen),? wenn alle schlafen\b/,
    { selfOnly: false }
  ),
  rule(
    'mittel griffbereit',
    S,
    'urgent',
    /\b(?:seil|strick|tabletten|tablettendose|pistole|klinge|rasierklinge)\b (?:\w+ ){0,2}?(?:in meiner (?:tasche|hand)|auf meinem (?:bett|tisch)|offen)\b|\b(?:sitze|stehe) auf dem gelander (?:der|einer) brucke\b|\bden rest meiner (?:medikamente|tabletten) (?:\w+ ){0,2}?geschluckt\b/
  ),
  rule(
    'bereit zu sterben',
    S,
    'concern',
    /\bbereit zu sterben\b|\bhalte mich kaum noch\b|\bso fertig mit allem\b|\bohne eine (?:mutter|vater|schwester|bruder) wie mich besser\b|\beine stimme sagt mir\b[^.]{0,40}\bschluss machen\b/
  ),
  rule(
    'nicht mehr da sein, klar gesagt',
    S,
    'concern',
    /\bnicht (?:mehr )?aufwachen wurde\b[^.]{0,40}\berleichterung\b|\bwie ich nicht mehr da sein kann\b|\bwill dieses leben nicht mehr\b|\b(?:so )?satt,? zu existieren\b|\bes muss aufhoren\b|\bdass ich mir (?:\w+ ){0,2}?etwas antue\b/,
    { negatable: false }
  ),
  // --- someone else ---
  rule(
    'sich umbringen',
    S,
    'concern',
    /\bsich (?:\w+ ){0,3}?(?:umbringen|umzubringen|toten|zu toten|das leben (?:nehmen|zu nehmen)|erhangen)\b|\bbringt sich (?:\w+ ){0,2}?um\b|\bnimmt sich (?:\w+ ){0,2}?das leben\b|\bredet (?:\w+ ){0,2}?(?:vom|von) (?:sterben|tod|suizid|selbstmord)\b|\bohne (?:ihn|sie) besser dran\b/,
    { about: 'other' }
  ),
  rule(
    'jemand in gefahr',
    A,
    'urgent',
    new RegExp(
      String.raw`\b(?:hat|hatte) (?:mir |uns )?(?:eine |einen )?abschieds(?:brief|nachricht)\w* (?:geschrieben|geschickt|hinterlassen)\b|\b(?:er|sie) (?:springt|wird springen|will springen)\b|\bfoto von (?:tabletten|einem seil|einer waffe)\b|\b(?:er|sie) (?:hat )?(?:eine |die ganze )?(?:packung |alle )?${PILLS} (?:genommen|geschluckt)\b`
    ),
    { about: 'other', negatable: false }
  ),
  rule('verletzt sich', H, 'concern', /\b(?:ritzt|verletzt|schneidet|verbrennt) sich\b/, { about: 'other', notIn: ACCIDENT })
]

export const de: DistressLexicon = {
  language: 'de',
  rules: [...rules, ...widerDe, ...thirdDe, ...fourthDe, ...secondDe],
  clauseSplit: /[.!?;\n…]+|\s(?:aber|obwohl|jedoch|sondern)\s/,
  negators: words('nicht kein keine keinen keiner nie niemals nichts nix'),
  negatorPhrases: /\b(?:auf keinen fall|ganz sicher nicht|gar nicht|(?:heisst|bedeutet) (?:das |es )?(?:noch )?nicht,? dass)\b/,
  negationBreakers: words('aber weil wenn und dass ob warum'),
  negationWindow: 4,
  firstPerson: words('ich mich mir mein meine meinen meinem meiner'),
  otherPerson: words(
    'er sie ihn ihm ihr ihre ihren freundin freund freunde bruder schwester mutter vater mama papa sohn tochter mann frau partner partnerin kollege kollegin cousin cousine oma opa enkel enkelin onkel tante nachbar nachbarin mitbewohnerin mitbewohner schuler schulerin'
  ),
  prepositions: words('von vom mit an fur bei zu zum zur uber ohne meiner meines seiner ihrer'),
  genericPerson: words('jemand man leute du ihr wir figur hauptfigur sanger sangerin'),
  idioms:
    /\b(?:fast gestorben|sterbe (?:vor|gleich)|vor (?:scham|lachen|langeweile|hunger) (?:fast )?(?:gestorben|sterben)|bringt mich (?:noch )?um|zu tode|todmude|totgelacht|bin (?:fast )?tot\b|lieber sterbe ich|ins grab|verhungere|akku stirbt)/,
  mediaMarkers:
    /\b(?:film|serie|folge|staffel|buch|roman|lied|song|nachrichten|artikel|zeitung|doku|dokumentation|podcast|spiel|figur|hauptfigur|szene|theaterstuck|gedicht|anime|statistik|bericht|studie)\w*\b/,
  reportedSpeech: /\b(?:sagt|sagte|schreibt|schrieb|hat (?:mir )?(?:gesagt|geschrieben|erzahlt)|postete|meinte)\b,?(?: dass)?\s*$/,
  pastMarkers:
    /\b(?:vor (?:\w+ )?(?:jahren|monaten|langer zeit)|fruher|damals|als ich (?:\w+ ){0,2}(?:war|klein|jung)|mit \d+|in der schule|in meiner jugend|(?:19|20)\d\d|ist (?:lange )?vorbei|aufgehort|uberwunden|uberlebt|letztes jahr|endlich frei|jahrelang (?:\w+ ){0,3}gekampft|in der vergangenheit|seit \d+ (?:tagen|wochen|monaten|jahren)|(?:\d+|ein|eine|zwei|drei|vier|funf) (?:tage|tag|wochen|woche|monate|monat|jahre|jahr) ohne)\b/,
  pastOverride: /\b(?:wieder|ruckfall|erneut|schon wieder)\b/,
  escalatorsAnywhere: new RegExp(
    String.raw`\b(?:(?:habe|hab) (?:einen|den) plan|habe (?:mich )?entschieden|beschlossen|steht fest|weiss,? wie ich es|(?:gekauft|besorgt|habe) (?:\w+ )?(?:ein |einen |die |meine )?(?:seil|strick|waffe|pistole|gift|${PILLS})|abschiedsbrief)`
  ),
  escalatorsInClause: new RegExp(String.raw`\b(?:${TIME}|in (?:einer|ein paar|\d+) stunden?)\b`)
}
