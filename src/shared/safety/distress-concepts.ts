/**
 * Word families shared by the six languages, for the distress model (issue 14's fourth pass).
 * Each normalised word (lower case, no accents) that starts like a family member is also read as
 * that family ("pastillas", "comprimidos", "cachets", "Tabletten", "pastiglie" are all PILLS), so
 * what the model learns from one language's drafts carries to the others, and to wordings no
 * training draft used. Stems, not sentences: the model, not this list, decides what they mean.
 */
const FAMILIES: Record<string, string> = {
  DIE: 'die|dying|dead|death|mor(?:ir|ire|iria|iriria|i|ro|rer|reu|ta|to|te)|muer|muoi|muor|mour|meur|mort|sterb|starb|tot$|tod$|tode',
  KILL: 'kill|suicid|selbstmord|umbring|umzubring|mat(?:ar|o|e|ei|aria|arme|arse|ar-me|asse)$|tu(?:er|e|erai|erais|ee)$|uccid|ammazz|to(?:e)?t',
  WANT: 'want|wish|quier|quer(?:o|ia|er)|quisier|ojala|veux|veut|voudrais|will$|willst|mo(?:e)?cht|wuensch|wunsch|vogli|vorrei|vuole',
  LIVE: 'live$|living|life$|viv(?:ir|er|o|e|re)$|vida$|vie$|vita$|leben|lebt',
  GONE: 'disappear|vanish|gone$|desaparec|sumir|sumi$|dispar(?:a|ai)|verschwind|spari|weg$',
  END: 'end$|ending|over$|acab|termin|fin(?:ir|i|ito|ita|e)$|finish|finis|schluss|ende$|beend|aufho(?:e)?r',
  HARM: 'cut(?:s|ting)?$|harm(?:ed|ing|s)?$|hurt|burn|cort(?:o|e|ar|ei|arme|o-me)|lastim|machuc|queim|quem|dano|scarif|coup(?:e|er|ure)|bless(?:e|er|ure)|ritz|schneid|geschnitt|verletz|brenn|tagli|ferit|ferisc|bruci|male$',
  PILLS:
    'pill|tablet|meds$|overdos|pastill|pastis|pastigl|pildor|pilul|pillol|medicament|medikament|farmac|remedio|comprim|compress|cachet|somnif|sonnifer|schlaftabl|paracetam|ibuprof|rivotril|clonaz|doliprane|tachipir',
  MEANS:
    'rope|knife|blade|razor|poison|gun$|cuerda|soga|corda|corde|seil|strick|cuchill|faca|couteau|messer|coltell|navaja|lama$|lame$|klinge|rasierkl|lamett|estilete|cuter|veneno|poison|gift$|veleno|pistol|arma$|fusil|waffe|escopeta|fucile',
  HEIGHT:
    'bridge|roof|cliff|balcon|puente|ponte|pont$|bru(?:e)?ck|azotea|techo|telhado|terrac|toit|dach$|tetto|balkon|acantil|falesi|falais|klippe|scoglier|edific|predio|immeuble|palazz|hochhaus|jump|salt(?:ar|o|e)$|tirar(?:me)?$|pul(?:ar|o)$|saut|springe|springen|sprung|butt(?:o|are|armi|arsi)$',
  TRAIN: 'train$|tren$|trem$|comboio|zug$|treno|gleis|bahnhof|gare$|estacion|estacao|stazion|vias?$|linha',
  TIME: 'tonight|tomorrow|today|weekend|saturday|sunday|friday|noche|manana|hoy$|sabado|domingo|viernes|noite|amanha|hoje$|sexta|soir$|demain|samedi|dimanche|vendredi|heute|morgen|nacht|samstag|sonntag|freitag|stanotte|stasera|domani|oggi|sabato|domenica|venerdi',
  TOOK: 'took|taken|swallow|tome$|trague|meti$|tomei|engoli|avale|pris$|genommen|geschluckt|preso|ingoi|presi$',
  ALL: 'all$|whole|todo|todas?$|todos|tudo|inteir|entera?$|tout|toute|tous|alles?$|ganze|tutt[oaie]|intera?$',
  FAREWELL: 'goodbye|bye$|farewell|adios|adeus|adieu|addio|tschu|lebt$|despid|despec|despedi|verabschied|ultim[oa]s?$|letzte|dernier|last$',
  SORRY: 'sorry|forgive|perdon|perdao|desculp|pardon|scus|perdona|verzeih|leid$',
  LETTER: 'letter|note$|carta$|lettre|lettera|brief$|abschied|cuaderno|caderno|cahier|quaderno',
  CARE: 'care$|cuid|prenez|soin$|kuemmer|kummer|prendete|cura$|look$',
  THANKS: 'thank|gracias|obrigad|merci|danke|grazie',
  KIN: 'friend|sister|brother|daughter|mom$|mum$|dad$|mother|father|boyfriend|girlfriend|partner|husband|wife|cousin|roommate|colleague|student|amig|amic|ami$|amie$|pote$|herman|irma|irmao|soeur|frere|schwester|bruder|sorell|fratell|hij[oa]s?$|filh|fils$|fille|sohn|tochter|figli|novi[oa]|namorad|chum$|blonde|copain|copine|ragazz|freund|kumpel|madre|padre|mae$|pai$|mere$|pere$|mutter|vater|mamma|mama$|papa$|vieja|viejo|pareja|parceir|companer|companheir|compagn|conjoint|espos|sueg|sogr|schwieger|suocer|alumn|aluno|eleve|schu(?:e)?l|kolleg|collega|collegue|mitbewohn|cousin',
  HE_SHE: 'he$|she$|him$|her$|ella$|ele$|ela$|elle$|lui$|lei$|er$|ihm$|ihr$|sich$|se$|si$',
  SELF: 'i$|me$|myself|my$|yo$|eu$|je$|moi$|ich$|mich$|mir$|io$|mi$|mim$|j$',
  HELP: 'help|ayud|ajud|aide|aidez|hilfe|aiut|socorr|secours',
  WAKE: 'wake|awake|despert|acord|reveil|aufwach|wach$|svegli',
  SLEEP: 'sleep|sueno$|sommeil|schlaf|sonno|dorm',
  BLOOD: 'blood|bleed|sangr|sangu|saign|sang$|blut',
  WITHOUT: 'without|sin$|sem$|sans$|ohne|senza',
  BETTER: 'better|mejor|melhor|mieux|besser|meglio',
  NOMORE: 'anymore|more$|mas$|mais$|plus$|pu$|mehr$|nimmer|piu$',
  CANT: "can't|cant$|cannot|puedo|consigo|aguant|peux|kann$|schaff|pack|riesc|regg|posso",
  PAST: 'ago$|years$|hace$|anos$|ans$|jahre|anni$|fa$|fru(?:e)?her|damals|adolesc|teen|ragazzin|jugend|novo$|joven|jeune|giovane',
  MEDIA:
    'movie|film|series|song|book|news|documentar|serie$|pelicul|cancion|cancao|musica|chanson|livre|libro|livro|article|articolo|noticia|reportag|nachricht|doku|lied$|canzone|roman|novela',
  MILD: 'laugh|hunger|hungry|heat|boring|tired|risa|rir|rire|lach|rider|hambre|fome|faim|fame$|calor|chaleur|hitze|caldo|verguenz|vergonh|honte|cansad|cansanc|fatigu|crev|mu(?:e)?de|stanc|noia|ennui|langweil|jaja|kkk|lol$|haha|ahah'
}

const NAMES = Object.keys(FAMILIES)
const FAMILY_RE = new RegExp(`^(?:${NAMES.map((n) => `(${FAMILIES[n]})`).join('|')})`)

/** Words already looked up (drafts repeat their words); emptied when full so it stays small. */
const seen = new Map<string, string | null>()
const SEEN_MAX = 4096

/** The family a normalised word belongs to, or null. One regular expression per new word. */
export function wordFamily(word: string): string | null {
  const known = seen.get(word)
  if (known !== undefined) return known
  const m = FAMILY_RE.exec(word)
  let family: string | null = null
  if (m) for (let i = 1; i < m.length && family === null; i++) if (m[i] !== undefined) family = NAMES[i - 1]
  if (seen.size >= SEEN_MAX) seen.clear()
  seen.set(word, family)
  return family
}
