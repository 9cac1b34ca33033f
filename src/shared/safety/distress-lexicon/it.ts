import { A, H, rule, S, words } from './rule.ts'
import { fourthIt } from './fourth-rules.ts'
import { secondIt } from './fourth-rules-second.ts'
import { thirdIt } from './third-rules-de-pt-it.ts'
import { widerIt } from './wider-rules.ts'
import type { DistressLexicon } from './types.ts'

/**
 * Italian. Patterns run on normalised text: lower case, accents removed ("più" → "piu",
 * "perché" → "perche"). "voglio uccidermi" is about the writer, "vuole uccidersi" about someone
 * else; "il mio capo mi ammazza" and "questo caldo mi uccide" are idioms. Bounded quantifiers only.
 */

const PILLS = '(?:pastiglie|pillole|farmaci|medicine|medicinali|compresse|sonniferi|psicofarmaci|tachipirin[ae]|paracetamolo|ibuprofene|benzodiazepine)'
const TIME =
  '(?:stanotte|stasera|oggi|domani|domattina|adesso|ora|subito|questo (?:weekend|fine settimana)|(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)(?: sera)?)'
const ACCIDENT = /\b(?:cucin\w*|per sbaglio|giocando|calcio|palestra|ginocchio|capelli|unghie|barba|sono cadut\w*|bici\w*|forno|ferro da stiro)\b/
const FAREWELL_NOT = /\b(?:ci vediamo|(?<!arrivare )a domani|a presto|buonanotte|vacanz\w*|settimana prossima|buon weekend|torno)\b/

/** "non ce la faccio più con questo caldo": everyday annoyances, not a crisis. */
const TRIVIAL_IT =
  /^,? (?:con|a|di) (?:questo|questa|questi|queste|il|la|lo|i|le|gli|sto|sta|l') ?(?:caldo|freddo|traffico|rumore|pioggia|tempo|autobus|treno|metro|vicin\w+|prof\w*|capo|esam\w+|compiti|coda|fila|wifi|internet|mal di testa|zanzare|afa|umidita)\b|^ a (?:mangiare|camminare|aspettare)\b/

const rules = [
  // --- suicide ---
  rule('voglio morire', S, 'concern', /\b(?:voglio|vorrei|ho voglia di|voglia di|desidero|ho bisogno di) (?:solo |solamente |tanto |davvero )?morire\b/, {
    notAfter: /^ (?:dal ridere|di (?:vergogna|fame|caldo|freddo|noia|sonno|invidia))/
  }),
  rule(
    'non voglio vivere',
    S,
    'concern',
    /\bnon (?:voglio|riesco a) (?:piu |continuare a )?(?:vivere|esistere|stare qui|svegliarmi)\b|\bnon voglio continuare a vivere\b|\b(?:stanc[oa]|stuf[oa]) di (?:vivere|della vita)\b|\bho perso la voglia di vivere\b|\b(?:stanc[oa]|stuf[oa]) della vita\b|\bsmettere di vivere\b|\bil suicidio non mi esce dalla testa\b/,
    { negatable: false, timingEscalates: false }
  ),
  rule(
    'uccidermi',
    S,
    'concern',
    /\b(?:uccidermi|ammazzarmi|suicidarmi|togliermi la vita|impiccarmi|mettere fine alla mia vita)\b|\bmi (?:voglio |vado a |sto per )?(?:uccidere|ammazzare|suicidare|impiccare)\b|\bmi (?:uccido|ammazzo|suicido|ucciderei|ammazzerei|toglierei la vita|tolgo la vita)\b|\b(?:buttarmi|mi butto|lanciarmi) (?:dal|dalla|da un|da una|sotto|giu)\b|(?:\bla faccio|(?<!\bvuole )\bfarla) finita\b(?! con (?!(?:la |questa |sta )?vita\b|tutto\b|me stess)\w)/,
    { notAfter: /^ (?:di (?:lavoro|studio|fatica|risate|palestra)|a (?:lavorare|studiare|correre)|per (?:lavoro|studiare))/ }
  ),
  rule(
    'pensieri suicidi',
    S,
    'concern',
    /\b(?:pensieri|idee|impulsi|tendenze) (?:suicidi|suicidari|di morte)\b|^suicida\b|\b(?:mi sento|sono|di nuovo) (?:\w+ )?suicida\b/
  ),
  rule('meglio senza di me', S, 'concern', /\bmeglio senza di me\b|\bnessuno sentirebbe la mia mancanza\b|\ba nessuno importa se (?:vivo o muoio|muoio)\b/, {
    negatable: false,
    selfOnly: false,
    timingEscalates: false
  }),
  rule(
    'senza senso',
    S,
    'concern',
    /\bnon (?:vedo|ha|trovo) (?:piu )?(?:nessun |alcun )?senso (?:nella |alla |in |di )?(?:vita|vivere|andare avanti|continuare)\b|\bla vita non vale la pena\b|\ba che serve (?:continuare|vivere)\b|\bnon ho (?:motivi|ragioni|un motivo) per vivere\b|\bniente ha piu senso\b|\bla mia vita non ha senso\b/,
    { negatable: false, timingEscalates: false }
  ),
  rule('sparire', S, 'concern', /\b(?:voglio|vorrei|voglia di) (?:solo )?(?:sparire|scomparire)(?: per sempre|$)/, { timingEscalates: false }),
  rule(
    'non svegliarmi',
    S,
    'concern',
    /\b(?:addormentarmi|dormire) e non svegliarmi\b|\bspero di non svegliarmi\b|\bnon essere mai nat[oa]\b|\bnon svegliarmi piu\b|\b(?:preferirei|vorrei) (?:davvero )?essere mort[oa]\b|\bsarebbe meglio se fossi mort[oa]\b/,
    { negatable: false, timingEscalates: false }
  ),
  rule('un peso', S, 'concern', /\bsono (?:solo )?un peso\b/, { timingEscalates: false }),
  rule(
    'morte sollievo',
    S,
    'concern',
    /\b(?:la morte|morire|l'idea della morte)\b(?: [\w']+){0,4} (?:un )?(?:sollievo|piu facile|l'unica soluzione)\b|\bil mio funerale\b|\bl'unica via d'uscita\b/,
    { timingEscalates: false }
  ),
  rule(
    'penso al suicidio',
    S,
    'concern',
    /\b(?:penso|pensando|pensare|considerando|considero) (?:\w+ ){0,2}?(?:al suicidio|il suicidio|di uccidermi|di ammazzarmi|di togliermi la vita|di farla finita|alla morte)\b|\bil suicidio non mi esce dalla testa\b/
  ),
  // --- urgent: means at hand, an act taken, a plan with a time, a farewell ---
  rule(
    'mezzi a portata',
    S,
    'urgent',
    new RegExp(
      String.raw`\b${PILLS}\b[^.]{0,40}?\b(?:davanti a me|in mano|accanto a me|vicino a me|pronte|allineate|sulla scrivania|sul tavolo|qui con me)\b|\b(?:metto da parte|accumulando|accumulo|conservo) (?:\w+ ){0,2}?${PILLS}\b|\babbastanza ${PILLS}\b|\b(?:pistola|fucile|arma|revolver)\b(?: [\w']+){0,5}? caric[ao]\b|\bho caricato (?:la|il) (?:pistola|fucile)\b|\b(?:comprato|preparato|fatto|procurat[oa]) (?:una corda|un cappio)\b|\bcappio\b|\b(?:coltello|lametta|rasoio)\b (?:\w+ ){0,2}?(?:sul|contro il|sopra il) (?:polso|braccio|collo)\b|\b(?:pistola|arma|corda|pastiglie)\b[^.]{0,40}\b(?:continuo a pensarci|non smetto di pensarci)\b|\b(?:lametta|coltello|rasoio)\b[^.]{0,40}\b(?:accanto|in mano|vicino a me)\b|\b(?:balcone|tetto|finestra|binari?o?)\b[^.]{0,40}\b(?:penso di saltare|voglio saltare|per saltare|voglio buttarmi)\b|\bcarbonella e nastro\b`
    ),
    { negatable: false, notIn: /\b(?:arrampicata|saltare la corda|stendere)\b/ }
  ),
  rule(
    'sul tetto',
    S,
    'urgent',
    /\bsono (?:\w+ ){0,2}?(?:sul|sulla|sul bordo del|sul bordo della|sui) (?:tetto|ponte|cornicione|binari|binario|scogliera|parapetto|davanzale)\b/
  ),
  rule(
    'overdose',
    A,
    'urgent',
    new RegExp(
      String.raw`\boverdose\b|\bdose eccessiva\b|\bho (?:appena |gia )?(?:preso|ingoiato|bevuto|mandato giu) (?:una |un |il |la )?(?:scatola|flacone|confezione|blister|manciata|sacco) (?:intera |intero )?(?:di )?(?:\w+ ){0,2}?${PILLS}\b|\bho (?:appena |gia )?(?:preso|ingoiato|mandato giu) (?:tutte (?:le |mie )?|tutti (?:i )?|(?:circa |quasi |piu di )?\d{2,3} )(?:\w+ ){0,2}?${PILLS}\b|\bho bevuto (?:\w+ ){0,2}?(?:candeggina|veleno|antigelo|varechina)\b|\bho bevuto dell'antigelo\b|\bho gia preso (?:le|i) ${PILLS}\b|\bprovato a impiccarmi\b`
    )
  ),
  rule(
    'piano con data',
    S,
    'urgent',
    new RegExp(
      String.raw`\bho un piano e una data\b|\bso (?:esattamente )?come e quando\b|\bho scelto la data\b|\bho cercato (?:il modo migliore|come|quante pastiglie)\b|\b${TIME} (?:lo faccio|mi uccido|mi butto|mi ammazzo)\b|\bho gia pianificato tutto\b|\bprendo tutte le ${PILLS}\b|\bho deciso\b.{0,30}\b(?:sara|sabato|domenica|stasera|stanotte|domani)(?: sera| notte| mattina)?(?:$| (?:lo faccio|e il giorno|sara il giorno)\b)`
    ),
    // "ho deciso" with a day also announces trips, diets and haircuts: only an unexplained decision counts
    { notIn: /\b(?:viaggi\w*|vacanz\w*|mare|dieta|palestra|capelli|trasloco|festa|cena|cinema)\b/ }
  ),
  rule(
    'addio',
    A,
    'urgent',
    /\b(?:il )?mio (?:ultimo messaggio|addio)\b|\blettere? d'addio\b|\baddio a tutti\b|\bquando leggerete (?:questo|questo messaggio),? non ci saro piu\b|\bnon cercatemi\b|\blascio questo mondo\b|\bnon credo (?:di arrivare|che arrivero) (?:a |alla fine |al )?(?:domani|della settimana|weekend|fine settimana|lunedi)\b|\bnon ci saro (?:ancora per molto|piu domani)\b|\bdomattina non ci saro piu\b|\bdite alla mia famiglia che mi dispiace\b|\bho salutato tutti\b|\bquesto e un addio\b|\bgrazie di tutto\b.{0,60}\b(?:addio|vi voglio bene|ultimo messaggio|abbiate cura di voi)\b|\bnon credo di arrivare a domani\b|\bsalutare (?:\w+ ){0,3}per sempre\b/,
    { scope: 'message', negatable: false, notIn: FAREWELL_NOT }
  ),
  // --- self-harm ---
  rule(
    'tagliarmi',
    H,
    'concern',
    /\b(?:tagliarmi|farmi del male|autolesion\w*)\b|\bmi (?:taglio|sono tagliat[oa]|sto tagliando|faccio del male|sono fatt[oa] (?:di nuovo |ancora )?del male|brucio|sono bruciat[oa]|picchio|graffio|autolesiono|sono autolesionat[oa])\b/,
    { notIn: ACCIDENT }
  ),
  rule(
    'lamette e tagli',
    H,
    'concern',
    /\bnascondo (?:\w+ )?lamette\b|\bmerit\w* di soffrire\b|\bsbatto la testa contro\b|^tagliat[oa] di nuovo$|\bsentire dolore fisico\b|\btagli nuovi\b|\bfino a sanguinare\b|\bricaduta\b(?: \w+){0,5} (?:tagli\w*|autolesion\w*|male)\b|\bricaduta autolesionismo\b/
  ),
  rule(
    'troppo a fondo',
    H,
    'urgent',
    /\btagliat[oa] troppo (?:a fondo|in profondita)\b|\bnon smette di sanguinare\b|\bsanguin\w* (?:tanto|molto|troppo)\b|\bservono i punti\b|\bsangue dappertutto\b|\besce tanto sangue\b/
  ),
  // --- acute crisis ---
  rule(
    'non ce la faccio piu',
    A,
    'concern',
    /\bnon ce la faccio piu\b|\bnon ce la faccio$|\bnon reggo piu\b|\bnon sopporto piu (?:niente|la vita|nulla)\b|\bnon posso andare avanti cosi\b|\bnon ho piu forze\b/,
    { negatable: false, notAfter: TRIVIAL_IT }
  ),
  rule(
    'allo stremo',
    A,
    'concern',
    /\bsono (?:allo stremo|al limite)\b|\bsto (?:crollando|cadendo a pezzi|impazzendo|affogando)\b|\bcrollando tutto\b|\bho paura di (?:quello che potrei farmi|farmi qualcosa|fare una cazzata)\b|\bsto per fare una (?:cazzata|sciocchezza)\b|\bsono in crisi\b|\bsenza speranza\b|\b(?:non vedo|senza) via d'uscita\b|\bho rinunciato a tutto\b|\bposto (?:molto )?buio\b|\bvoglio solo che (?:finisca tutto|tutto finisca|il dolore finisca)\b|\bnon so quanto ancora resist\w*\b|\bnon vedo via d'uscita\b|\bnon sto bene\b|\bavendo una crisi\b|\bniente conta piu\b|\bho smesso di provarci\b/,
    { negatable: false }
  ),
  rule('non sono al sicuro', A, 'urgent', /\bnon sono al sicuro\b|\bsono un pericolo per me stess[oa]\b/, { negatable: false }),
  // --- general forms: farewells, plans by their time, means where they lie, short forms ---
  rule(
    'addio definitivo',
    A,
    'urgent',
    /\bnon mi vedrete piu\b|\bnon vi vedro piu\b|\bquesto (?:sara|e) il mio ultimo (?:post|messaggio)\b|\b(?:scusate|perdonatemi|vi voglio bene)\b[^.]{0,40}[.!]? addio$/,
    { scope: 'message', negatable: false, selfOnly: false, notIn: FAREWELL_NOT }
  ),
  rule('piano dall ora', S, 'urgent', /\bquel giorno$|\bla data e fissata\b|\blo faccio (?:stanotte|stasera|domani) quando\b/),
  // "la faccio finita" closing a clause is a declaration, like English "I'm ending it now"
  // (en-urgent.ts); "voglio farla finita" stays a wish (concern), "con lui" everyday
  rule(
    'la faccio finita',
    S,
    'urgent',
    /\bla faccio finita(?: (?:con (?:la |questa |sta |la mia )?vita|con tutto|adesso|ora|stasera|stanotte|oggi|per sempre|una volta per tutte))?$/
  ),
  rule(
    'mezzi a portata di mano',
    S,
    'urgent',
    /\b(?:corda|flacone di pillole|pastiglie|pistola|lametta)\b (?:\w+ ){0,2}?(?:nello zaino|in tasca|in mano|sul letto|aperto sul letto)\b|\bseduta? sulla ringhiera del ponte\b|\bmandato giu il resto dei farmaci\b/,
    { selfOnly: false }
  ),
  rule(
    'pronta a morire',
    S,
    'concern',
    /\bpront[oa] a morire\b|^meglio morire$|\bmi reggo a malapena\b|^allo stremo$|\bmeglio senza una (?:madre|padre|sorella|fratello) come me\b|\buna voce che mi dice di farla finita\b/
  ),
  rule(
    'smettere di esserci, detto chiaro',
    S,
    'concern',
    /\bse (?:domani )?non mi svegliassi\b[^.]{0,30}\bsollievo\b|\bcome smettere di esserci\b|\bnon voglio piu questa vita\b|\bstuf[oa] di esistere\b|\bdeve finire$/,
    { negatable: false }
  ),
  // --- someone else ---
  rule(
    'vuole uccidersi',
    S,
    'concern',
    /\b(?:uccidersi|ammazzarsi|suicidarsi|togliersi la vita|buttarsi)\b|\bsi (?:uccide|ammazza|suicida|butta|toglie la vita|e ucciso|e ucciso)\b|\b(?:vuole|voleva) morire\b|\bnon vuole piu vivere\b|\bvuole farla finita\b|\bparla (?:\w+ ){0,2}?di (?:suicidio|morire|uccidersi|togliersi la vita|farla finita)\b|\bmeglio senza di (?:lui|lei)\b/,
    { about: 'other', negatable: false }
  ),
  rule(
    'qualcuno in pericolo',
    A,
    'urgent',
    new RegExp(
      String.raw`\bha (?:appena |gia )?(?:preso|ingoiato|bevuto|mandato giu) (?:una |un |il |la |tutte le )?(?:scatola|flacone|confezione|manciata|sacco)? ?(?:di )?(?:\w+ ){0,2}?(?:${PILLS}|candeggina|veleno)\b|\bha fatto un'overdose\b|\bsi butta\b|\bmessaggio di addio\b|\bfoto di (?:pastiglie|pillole|una corda)\b|\blettera d'addio\b(?= e non)`
    ),
    { about: 'other', negatable: false }
  ),
  rule('si taglia', H, 'concern', /\bsi (?:taglia|tagli|e tagliat[oa]|fa del male|autolesiona|brucia)\b/, { about: 'other', notIn: ACCIDENT })
]

export const it: DistressLexicon = {
  language: 'it',
  rules: [...rules, ...widerIt, ...thirdIt, ...fourthIt, ...secondIt],
  clauseSplit: /[.!?;\n…]+|\s(?:ma|pero|anche se|tuttavia)\s/,
  negators: words('non mai nessun nessuna niente nulla ne'),
  negatorPhrases: /\b(?:per niente|in nessun modo|neanche per sogno|nemmeno per sogno|non (?:vuol dire|significa) che)\b/,
  negationBreakers: words('ma perche se e che quando'),
  negationWindow: 4,
  firstPerson: words('io mi me mio mia miei mie'),
  otherPerson: words(
    'lui lei loro amico amica amici fratello sorella madre padre mamma papa figlio figlia ragazzo ragazza marito moglie compagno compagna cugino cugina zio zia nonno nonna nipote collega coinquilina coinquilino vicino vicina alunno alunna'
  ),
  prepositions: words('di del della dei delle a al alla con per da dal dalla senza'),
  genericPerson: words('qualcuno gente persone tu voi noi personaggio protagonista cantante'),
  idioms:
    /\b(?:quasi mort[oa]|muoio (?:di|dalla)|mort[oa] (?:di|dal|dalla) (?:ridere|fame|sonno|stanchezza|vergogna|noia)|stanc[oa] mort[oa]|mi (?:uccide|uccidono|ammazza|sta uccidendo|stanno uccidendo)|ucciderei per|a morte|piuttosto muoio|da paura|sono mort[oa]\b|sta morendo)/,
  mediaMarkers:
    /\b(?:film|serie|episodio|stagione|libro|romanzo|canzone|notizi\w*|telegiornale|giornale|articolo|documentario|podcast|gioco|videogioco|personaggio|protagonista|scena|poesia|anime|statistich\w*|servizio)\b/,
  reportedSpeech: /\b(?:ha detto|dice|mi ha detto|ha scritto|mi ha scritto|ha postato|mi ha confidato|racconta)(?: che)?\s*$/,
  pastMarkers:
    /\b(?:anni fa|mesi fa|tempo fa|da (?:ragazz[oa]|giovane|adolescente|bambin[oa])|al liceo|a \d+ anni|quando ero|(?:19|20)\d\d|e una cosa passata|e passato|ho smesso di (?:tagliarmi|farmi del male)|l'anno scorso|in passato|(?:\d+|un|una|due|tre|quattro|cinque|sei) (?:giorni|settimane|mesi|anni|anno) senza|mi tagliavo|ero suicida|sopravvissut[oa]|prima pensavo|per anni|finalmente mi sento libera?)\b/,
  pastOverride: /\b(?:di nuovo|ancora una volta|ricaduta|ricominciato)\b/,
  escalatorsAnywhere: new RegExp(
    String.raw`\b(?:ho un piano|ho deciso|ho scelto la data|so come|(?:comprato|ho) (?:una |la |il |le )?(?:corda|pistola|arma|veleno|${PILLS})|lettera d'addio)`
  ),
  escalatorsInClause: new RegExp(String.raw`\b(?:${TIME}|tra (?:un'ora|qualche ora|\d+ ore))\b`)
}
