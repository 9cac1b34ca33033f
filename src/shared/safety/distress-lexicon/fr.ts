import { A, H, rule, S, words } from './rule.ts'
import { fourthFr } from './fourth-rules.ts'
import { secondFr } from './fourth-rules-second.ts'
import { thirdFr } from './third-rules.ts'
import { widerFr } from './wider-rules.ts'
import type { DistressLexicon } from './types.ts'

/**
 * French. Patterns run on normalised text: lower case, accents removed ("réveiller" → "reveiller",
 * "ça" → "ca"), apostrophes straightened ("j'ai", "n'en"). "je veux mourir" is about the writer,
 * "elle veut se tuer" about someone else; "il va me tuer" is an idiom, not a risk. Bounded quantifiers only.
 */

const PILLS = '(?:medicaments|cachets|comprimes|pilules|somniferes|anxiolytiques|antidepresseurs|paracetamol|doliprane|ibuprofenes?)'
const TIME =
  "(?:ce soir|cette nuit|demain|aujourd'hui|maintenant|tout de suite|ce week-end|ce weekend|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: soir)?)"
const ACCIDENT =
  /\b(?:cuisin\w*|legumes|rasant|rasoir en|cheveux|ongles|frange|repassage|four|foot|sport|tombe[e]?|par accident|sans faire expres|genou|cheville|velo)\b/
const FAREWELL_NOT = /\b(?:a demain|a plus|a bientot|a la semaine prochaine|bonne nuit|vacances|bon week-end|bonne soiree|je reviens)\b/

/** "j'en peux plus de ce bus": everyday annoyances, not a crisis. */
const TRIVIAL_FR =
  /^,? (?:de (?:ce|cette|ces|mon|ma|mes|la|le|les|l') ?(?:bus|train|metro|rer|chaleur|pluie|froid|bruit|voisins?|voisine|profs?|prof de \w+|chef|boss|devoirs|exams?|examens?|embouteillages?|bouchons?|wifi|connexion|clim|canicule|chat|chien|travaux|greve|file|queue|moustiques?|retards?)\b|d'attendre)/

const rules = [
  // --- suicide ---
  rule(
    'envie de mourir',
    S,
    'concern',
    /\b(?:veux|voudrais|voulais|envie de|besoin de|aimerais) (?:juste |seulement |simplement |tellement |vraiment )?(?:mourir|crever|en finir)\b|\bje meurs d'envie d'en finir\b/,
    { notAfter: /^ (?:de (?:rire|honte|faim|chaud|froid|fatigue|envie)|d'(?:ennui|impatience))/ }
  ),
  rule(
    'plus envie de vivre',
    S,
    'concern',
    /\bplus (?:aucune )?envie de vivre\b|\b(?:ne |je )veux plus (?:vivre|exister|etre la|me reveiller)\b|\b(?:veux|voudrais) arreter de vivre\b|\b(?:marre|ras le bol) de (?:vivre|la vie)\b|\bfatigue[e]? de (?:vivre|la vie)\b|\bperdu (?:l'envie|le gout) de vivre\b|\ble suicide ne me sort pas de la tete\b/,
    { negatable: false, timingEscalates: false }
  ),
  rule(
    'me tuer',
    S,
    'concern',
    /(?<!\b(?:va|vont|vas|allait) )\bme (?:tuer|suicider|pendre|flinguer|foutre en l'air|jeter (?:sous|du|d'un|de la|par))\b|\bje (?:vais |veux )?me tue\b|\bme suiciderais\b|\bme tuerais\b|\bmettre fin a (?:mes jours|ma vie)\b|\bm'ouvrir les veines\b|\ben finir avec (?:la vie|ma vie)\b/,
    {
      notAfter:
        /^ (?:au (?:travail|boulot|taf|sport)|a la (?:tache|salle)|a (?:bosser|travailler|reviser|courir|le dire|te le dire|vous le dire|repeter|expliquer)|pour (?:rien|des? \w+|ce|cette|ca))/
    }
  ),
  rule('idees suicidaires', S, 'concern', /\b(?:idees|pensees|envies|pulsions) (?:suicidaires|de suicide|de mort|noires)\b|\bsuicidaire\b/),
  rule(
    'mieux sans moi',
    S,
    'concern',
    /\bmieux sans moi\b|\bpersonne ne me regretterait\b|\bpersonne ne (?:remarquerait|verrait) (?:si|que) je\b|\b(?:tout le monde|personne) (?:se fiche|s'en fiche|s'en fout|s'en ficherait) que je (?:vive|meure)\b/,
    { negatable: false, selfOnly: false, timingEscalates: false }
  ),
  rule(
    'aucune raison de vivre',
    S,
    'concern',
    /\b(?:aucune|plus de|pas de|plus aucune) raisons? de vivre\b|\bla vie ne vaut (?:pas|plus) (?:la peine|le coup)\b|\ba quoi bon (?:continuer|vivre)\b|\bca ne sert a rien de (?:continuer|vivre)\b|\bma vie n'a (?:aucun|plus de) sens\b|\bplus rien n'a de sens\b/,
    { negatable: false, timingEscalates: false }
  ),
  rule(
    'disparaitre',
    S,
    'concern',
    /\b(?:veux|voudrais|envie de|aimerais) (?:juste )?(?:disparaitre|m'effacer|m'evaporer)(?: pour toujours| a jamais| pour de bon|$)/,
    {
      timingEscalates: false
    }
  ),
  rule(
    'ne plus me reveiller',
    S,
    'concern',
    /\b(?:m'endormir|dormir) et ne (?:jamais|plus|pas) (?:me )?reveiller\b|\bpourvu que je ne me reveille pas\b|\bne jamais (?:etre )?nee?\b|\bne jamais naitre\b|\b(?:prefererais|voudrais|aimerais|souhaiterais) (?:vraiment )?etre morte?\b|\bce serait mieux si j'etais morte?\b/,
    { negatable: false, timingEscalates: false }
  ),
  rule('fardeau', S, 'concern', /\b(?:suis|me sens comme) (?:un|une) (?:fardeau|poids|boulet)\b/, { timingEscalates: false }),
  rule(
    'mort soulagement',
    S,
    'concern',
    /\b(?:l'idee de mourir|mourir|la mort)\b(?: \w+){0,4} (?:me soulage|soulagement|plus facile|delivrance)\b|\bmon (?:propre )?enterrement\b|\bla seule issue(?: que je vois)?,? c'est de me\b/,
    { timingEscalates: false }
  ),
  rule(
    'en finir',
    S,
    'concern',
    /\ben finir(?:$| une bonne fois| pour de bon| ce soir| cette nuit| maintenant| demain)|\bj'en finis\b|\bc'est la fin,? je vais\b/
  ),
  rule(
    'pense au suicide',
    S,
    'concern',
    /\b(?:pense|pensais|penser|songe|reflechis) (?:\w+ ){0,2}?(?:au suicide|a la mort|a mourir|a me tuer|a en finir|a me suicider)\b/
  ),
  rule(
    'sauter',
    S,
    'concern',
    /\b(?:sauter|me jeter|me lancer|je saute) (?:du|de la|d'un|d'une|par la|sous un|sous le|sous les) (?:pont|toit|fenetre|train|metro|balcon|falaise|immeuble|voiture|camion|rails)\b/
  ),
  // --- urgent: means at hand, an act taken, a plan with a time, a farewell ---
  rule(
    'moyens a portee',
    S,
    'urgent',
    new RegExp(
      String.raw`\b(?:${PILLS}|boites de medicaments)\b[^.]{0,40}?\b(?:devant moi|a cote de moi|dans la main|dans ma main|prets|alignes|sur (?:mon|le) bureau|sur la table)\b|\b(?:garde|stocke|accumule|mets de cote|economise) (?:\w+ ){0,2}?(?:mes |des |les )?${PILLS}\b|\bassez de ${PILLS}\b|\b(?:fusil|pistolet|arme|revolver)\b(?: [\w']+){0,5}? charge\b|\bj'ai charge (?:le|la|mon) (?:fusil|pistolet|arme)\b|\b(?:achete|prepare|fait|procuree?) (?:une |un )?(?:corde|noeud coulant)\b|\b(?:couteau|lame|rasoir)\b (?:\w+ ){0,2}?(?:contre|sur) (?:mon|ma) (?:poignet|bras|gorge|peau)\b|\b(?:pistolet|arme|fusil|corde|cachets)\b[^.]{0,40}\b(?:j'y pense sans arret|je n'arrete pas d'y penser)\b|\b(?:lame|rasoir|couteau)\b[^.]{0,40}\b(?:a cote de moi|dans ma main|prete?)\b|\b(?:quai|rails|balcon|toit|fenetre)\b[^.]{0,40}\b(?:je veux sauter|je pense a sauter|pour sauter)\b|\bcharbon et du scotch\b`
    ),
    { negatable: false, notIn: /\b(?:escalade|corde a sauter|linge)\b/ }
  ),
  rule(
    'au bord',
    S,
    'urgent',
    /\b(?:suis|assise?|debout) (?:\w+ ){0,2}?(?:sur|au bord (?:du|de la)) (?:le |la )?(?:toit|pont|falaise|rebord|rails|voie ferree|parapet)\b/,
    {
      notIn:
        /\b(?:bateau|navire|ferry|croisiere|voilier|paquebot|attends|attendre|photos?|vue|promen\w*|touristes?|embouteillage|bouchon|voiture|bus|velo|coucher de soleil)\b/
    }
  ),
  rule(
    'overdose',
    A,
    'urgent',
    new RegExp(
      String.raw`\b(?:overdose|surdose)\b|\b(?:avale|pris|prise) (?:toute|tout|toutes|tous) (?:la |le |les |mes |ma |mon )?(?:boite|plaquette|flacon|tube)?s? ?(?:de |d')?(?:\w+ ){0,2}?${PILLS}\b|\b(?:avaler|avale|descendre|descendu) (?:une|la) boite (?:entiere )?(?:de |d')?(?:\w+ ){0,1}?${PILLS}\b|\bdeja pris (?:les|mes) ${PILLS}\b|\b(?:avale|pris|prise|prendre) (?:(?:environ |a peu pres |plus de )?\d{2,3}|trop de|une poignee de|plein de|un tas de) (?:\w+ ){0,2}?${PILLS}\b|\b(?:bu|avale) (?:de l'|du |de la )?(?:eau de javel|javel|antigel|poison|mort aux rats|destop)\b|\bessaye de me pendre\b`
    )
  ),
  rule(
    'plan et date',
    S,
    'urgent',
    new RegExp(
      String.raw`\bj'ai un plan et une date\b|\bje sais (?:exactement )?comment et quand\b|\bj'ai choisi (?:une|la) date\b|\bj'ai (?:tout )?prevu (?:pour )?(?:le faire|de le faire)\b|\bce soir c'est la fin\b|\bj'ai cherche (?:la meilleure facon|comment me|combien de ${PILLS})\b|\bdecide de le faire ${TIME}\b|\bje prendrai tous mes ${PILLS}\b|\bcombien de ${PILLS} (?:il )?faut\b`
    )
  ),
  rule(
    'adieu',
    A,
    'urgent',
    /\badieu (?:tout le monde|a tous|a toutes|le monde)\b|\blettres? d'adieu\b|\bc'est (?:mon dernier message|un adieu)\b|\bceci est mon dernier message\b|\bmes adieux\b|\bquand vous lirez (?:ceci|ce message|ca),? je ne serai plus la\b|\bne me cherchez pas\b|\bje quitte ce monde\b|\bje ne (?:pense|crois) pas (?:tenir|voir|passer) (?:jusqu'a )?(?:demain|la nuit|la fin de la semaine|ce week-end|le week-end|lundi)\b|\bje ne serai plus la (?:tres longtemps|demain)\b|\bdemain matin je ne serai plus la\b|\bdites a ma famille que je suis desolee?\b|\bmerci pour tout\b.{0,60}\b(?:adieu|au revoir|je vous aime|dernier message|prenez soin de vous)\b|\b(?:adieu|au revoir tout le monde|prenez soin de vous)\b.{0,60}\bmerci pour tout\b|\bdire adieu (?:au|a ce|a tout) \w+/,
    { scope: 'message', negatable: false, notIn: FAREWELL_NOT }
  ),
  // --- self-harm ---
  rule(
    'me couper',
    H,
    'concern',
    /\bme (?:couper|scarifier|taillader|bruler|faire du mal)\b|\bme (?:coupe|scarifie|taillade|brule|fais du mal|frappe|gratte)(?= (?:les bras|les poignets|les cuisses|les jambes|la peau|encore|a nouveau|expres|quand|pour|jusqu\w*)\b|,|$)|\bme tape la tete contre\b|\bme suis tapee? la tete contre\b|\bscarif\w*|\bautomutil\w*|\bm'automutil\w*|\bje me suis (?:encore |de nouveau )?(?:fait du mal|automutilee?|coupee?|recoupee?|scarifiee?|bruler?e?|tailladee?)\b|\bme suis (?:encore |de nouveau )?(?:fait du mal|recoupee?)\b/,
    { notIn: ACCIDENT }
  ),
  rule(
    'lames et coupures',
    H,
    'concern',
    /\b(?:cache|garde) (?:\w+ ){0,2}?(?:lames|rasoirs)\b|\bmeriter? (?:de souffrir|d'avoir mal)\b|\bressentir une douleur physique\b|\bnouvelles (?:coupures|cicatrices|blessures)\b|\bjusqu'au sang\b|\brechute\b(?: [\w']+){0,5} (?:coupe\w*|scarif\w*|mal)\b/
  ),
  rule(
    'trop profond',
    H,
    'urgent',
    /\bcoupee? trop profond\b|\bne s'arrete pas de saigner\b|\bn'arrete pas de saigner\b|\bsaigne (?:beaucoup|enormement|sans arret)\b|\bca saigne beaucoup\b|\bpoints de suture\b|\bdu sang partout\b/
  ),
  // --- acute crisis ---
  rule(
    "n'en peux plus",
    A,
    'concern',
    /\bj'en peux plus\b|\bj?en peux plus\b|\bn'en peux plus\b|\bje ne (?:tiens|supporte) plus(?: rien| la vie| le coup)?\b|\bje ne peux (?:pas|plus) continuer (?:comme ca|ainsi)\b|\bje craque\b|\bje suis a bout\b|\bplus la force\b/,
    { negatable: false, notAfter: TRIVIAL_FR }
  ),
  rule(
    'en crise',
    A,
    'concern',
    /\btout s'(?:effondre|ecroule)\b|\bje m'(?:effondre|ecroule)\b|\bpeur de (?:ce que je pourrais me faire|me faire quelque chose|faire une betise)\b|\bsur le point de faire une (?:betise|connerie)\b|\bje suis en crise\b|\bje ne vois (?:pas|plus) d'issue\b|\bsans issue\b|\b(?:completement|totalement) desesperee?\b|\bj'ai tout abandonne\b|\bendroit (?:tres )?sombre\b|\bje veux (?:juste )?que (?:tout|ca|la douleur) s'arrete\b|\bje me noie\b|\bcombien de temps je vais (?:encore )?tenir\b|\b(?:ca|ça) (?:ne )?va pas(?:, vraiment pas)?$|\bje fais une crise\b|\bplus rien ne compte\b|\bj'arrete d'essayer\b|\bpas d'issue\b/,
    { negatable: false }
  ),
  rule('pas en securite', A, 'urgent', /\bje ne suis pas en securite\b|\bje suis un danger pour moi\b/, { negatable: false }),
  // --- general forms: farewells, plans by their time, means where they lie, short forms ---
  rule(
    'adieu definitif',
    A,
    'urgent',
    /\bvous ne me (?:reverrez|verrez) plus\b|\bje ne vous reverrai plus\b|\bce (?:sera|est) mon dernier (?:post|message)\b|\b(?:pardon|desolee?|je vous aime)\b[^.]{0,40}[.!]? adieu$/,
    { scope: 'message', negatable: false, selfOnly: false, notIn: FAREWELL_NOT }
  ),
  rule(
    'plan par son heure',
    S,
    'urgent',
    /\bc'est ce jour-la$|\bla date est (?:fixee|choisie|prise)\b|\bje le fais (?:cette nuit|ce soir|demain) quand\b|\bje le (?:ferai|fais) quand (?:tout le monde|mes \w+|ma \w+|mon \w+)\b/,
    { selfOnly: false }
  ),
  rule(
    'moyens sous la main',
    S,
    'urgent',
    /\b(?:corde|cachets|medicaments|pistolet|lame|boite de cachets)\b (?:\w+ ){0,2}?(?:dans (?:mon|ma) (?:sac|poche|main|voiture)|sur (?:mon|ma) (?:lit|bureau|table)|ouverte? sur mon lit)\b|\b(?:assise?|debout) sur (?:la rambarde|le parapet|le rebord) du (?:pont|toit|balcon)\b|\bavale le reste de mes (?:medicaments|cachets)\b/
  ),
  rule(
    'prete a mourir',
    S,
    'concern',
    /\bpret(?:e)? a mourir\b|\bje tiens a peine\b|\btellement a bout\b|\bmieux sans une (?:mere|pere|soeur|frere) comme moi\b|\bune voix qui me dit d'en finir\b/
  ),
  rule(
    'ne plus etre la, dit clairement',
    S,
    'concern',
    /\bsi je ne me reveillais (?:pas|plus)\b[^.]{0,40}\bsoulagement\b|\bcomment ne plus etre la\b|\bne veux plus de cette vie\b|\bmarre d'exister\b|\bil faut que (?:ca|tout) s'arrete\b|\bfaut que (?:ca|tout) s'arrete\b/,
    { negatable: false }
  ),
  // --- someone else ---
  rule(
    'veut se tuer',
    S,
    'concern',
    /\bse (?:tuer|suicider|suicide|pendre|jeter|tue)\b|\bmettre fin a ses jours\b|\bs'ouvrir les veines\b|\b(?:veut|voulait|voudrait) (?:\w+ )?(?:mourir|en finir|disparaitre)\b|\bn'a plus envie de vivre\b|\bne voulait plus vivre\b|\bne veut plus vivre\b|\bparle (?:\w+ ){0,3}?de (?:vouloir )?(?:mourir|suicide|se tuer|en finir|la mort)\b|\bmieux sans (?:lui|elle)\b/,
    { about: 'other', negatable: false }
  ),
  rule(
    'quelqu un en danger',
    A,
    'urgent',
    new RegExp(
      String.raw`\b(?:m'a )?envoye (?:un |une )?(?:message|lettre|texto) d'adieu\b|\bphoto de (?:cachets|medicaments|une corde)\b|\b(?:il|elle) va sauter\b|\bqu'(?:il|elle) va sauter\b|\bqu'(?:il|elle) (?:a|avait) (?:avale|pris) (?:\w+ ){0,3}?${PILLS}\b`
    ),
    { about: 'other', negatable: false }
  ),
  rule('se scarifie', H, 'concern', /\bse (?:scarifie|coupe|mutile|fait du mal|brule|taillade)\b|\bs'automutile\b/, { about: 'other', notIn: ACCIDENT })
]

export const fr: DistressLexicon = {
  language: 'fr',
  rules: [...rules, ...widerFr, ...thirdFr, ...fourthFr, ...secondFr],
  clauseSplit: /[.!?;\n…]+|\s(?:mais|pourtant|cependant|alors que)\s/,
  negators: words("ne n'ai n'en n'est n'y n'a n'avais n'arrive pas jamais rien aucun aucune ni"),
  negatorPhrases:
    /\b(?:pas du tout|en aucun cas|hors de question|n'ai pas l'intention de|n'ai aucune intention de|(?:ne )?veut pas dire que|ne signifie pas que)\b/,
  negationBreakers: words("mais parce que si et quand comment pourquoi qu'il qu'elle"),
  negationWindow: 4,
  firstPerson: words("je j'ai j'en j'y j'avais j'etais j'aimerais j'aurais moi me m'en mon ma mes"),
  otherPerson: words(
    "il elle ils elles qu'il qu'elle qu'ils lui ami amie amis copain copine frere soeur mere pere maman papa fils fille mari femme compagnon compagne cousin cousine collegue coloc voisin voisine grand-mere grand-pere petit-fils petite-fille eleve oncle tante"
  ),
  prepositions: words('de du a au avec pour par sans chez'),
  genericPerson: words("quelqu'un on gens vous nous personnage heroine heros chanteur chanteuse"),
  idioms:
    /\b(?:(?:cru|failli|manque de) mourir|je meurs (?:de|d')|mort(?:e)? de (?:rire|honte|fatigue|faim|froid|peur)|me tuen?t?\b|va me tuer|tuerais pour|a mourir|plutot mourir|(?:je )?creve de|avoir ma peau|t'as tue|va mourir, a plus)/,
  mediaMarkers:
    /\b(?:film|serie|episode|saison|livre|roman|chanson|infos|informations|journal|article|documentaire|podcast|jeu|personnage|heroine|heros|scene|piece|poeme|anime|manga|statistiques|etude|reportage)\b/,
  reportedSpeech: /\b(?:dit|disait|a dit|m'a dit|a ecrit|m'a ecrit|a poste|a annonce|m'a confie|raconte)\b(?: que| qu')?\s*$/,
  pastMarkers:
    /\b(?:il y a (?:\w+ )?(?:ans|annees|mois|longtemps)|avant (?:je|j'|de)|autrefois|quand j'etais|a \d+ ans|au (?:lycee|college)|(?:19|20)\d\d|c'est fini|depuis longtemps|l'an dernier|l'annee derniere|enfin libre|lutte des annees|survecu|par le passe|(?:\d+|un|une|deux|trois|quatre|cinq|six) (?:jours|semaines|mois|ans|an) sans|j'ai arrete|je me scarifiais|je me coupais|j'avais des idees)\b/,
  pastOverride: /\b(?:a nouveau|de nouveau|rechute|recommence|encore (?:une fois|coupee?|scarifiee?|fait|envie|des idees))\b/,
  escalatorsAnywhere: new RegExp(
    String.raw`\b(?:j'ai un plan|c'est decide|j'ai decide|j'ai pris ma decision|j'ai choisi (?:une|la) date|je sais comment|(?:achete|j'ai) (?:une |la |mes |des )?(?:corde|arme|pistolet|poison|${PILLS})|lettres? d'adieu)`
  ),
  escalatorsInClause: new RegExp(String.raw`\b(?:${TIME}|dans (?:une|quelques|\d+) heures?)\b`)
}
