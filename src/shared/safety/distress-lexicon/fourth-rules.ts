import { A, rule, S } from './rule.ts'
import type { DistressRule } from './types.ts'

/**
 * Issue 14's fourth pass: urgent cues and "someone else in danger now" as word families, for
 * Spanish, German, French, Portuguese and Italian, from the training drafts only (extra-d-*.ts).
 * Each rule is a family of verbs and nouns, not a sentence: "took" + "all of / the whole" + a
 * medicine; standing on a roof, a bridge or a platform edge while looking down or waiting for a
 * train; a weapon or rope brought to a room; a time word with jumping or a train; a goodbye "for
 * ever"; someone who shut themselves in with a means. Patterns run on normalised text (no accents).
 */

interface Families {
  /** A medicine or a means, as a noun. */
  pills: string
  /** "I took / swallowed / just took" in the first person. */
  took: string
  /** "all (the) / the whole / a box of / 30". */
  all: string
  /** "I am on / at", first person. */
  iAmOn: string
  /** A high place or a track. */
  place: string
  /** Looking down, at the water, waiting for the train, about to jump. */
  edge: string
  /** "I brought / hid / put" first person + weapon or rope. */
  brought: string
  /** A time word. */
  time: string
  /** First-person "I jump / I throw myself (under the train)". */
  jump: string
  /** Goodbye for ever, "you won't see me again". */
  forever: string
  /** Someone else shut themselves in. */
  shutIn: string
  /** What must follow the medicine for "took" to be complete (German: "genommen"). */
  tookAfter?: string
  /** "I took it all" as a whole phrase, and what says it is done or working ("sleepy", "dizzy"). */
  tookAll: string
  effect: string
  /** A rope or poison put away at home ("the rope is in the wardrobe"). */
  stored: string
  /** "Sorry mum, it's not your fault". */
  notYourFault: string
  /** Thanks for everything, then a farewell word. */
  thanksFarewell: string
  /** A letter left for the family. */
  letterLeft: string
  /** The whole draft is "help please". */
  helpOnly: string
  /** Words that make the sentence everyday ("sunbathing", "parachute", "party"). */
  everyday: RegExp
}

function familyRules(f: Families): DistressRule[] {
  const b = (s: string) => `\\b(?:${s})\\b`
  const after = f.tookAfter ? `.{0,25}?${b(f.tookAfter)}` : ''
  return [
    rule(
      'took all the pills',
      S,
      'urgent',
      new RegExp(`(?:${b(f.took)}.{0,30}?${b(f.all)}.{0,25}?${b(f.pills)}|${b(f.took)}.{0,12}?\\b\\d{2,3} ?${b(f.pills)})${after}`)
    ),
    rule('on the edge', S, 'urgent', new RegExp(`${b(f.iAmOn)}.{0,30}?${b(f.place)}.{0,50}?${b(f.edge)}`), { scope: 'message', notIn: f.everyday }),
    rule('weapon in the room', S, 'urgent', new RegExp(b(f.brought)), { notIn: f.everyday }),
    rule('time and a jump', S, 'urgent', new RegExp(`${b(f.time)}.{0,50}?${b(f.jump)}|${b(f.jump)}.{0,30}?${b(f.time)}`), { notIn: f.everyday }),
    rule('goodbye for ever', S, 'urgent', new RegExp(b(f.forever)), { notIn: f.everyday, negatable: false }),
    rule('took it all, done', S, 'urgent', new RegExp(`${b(f.tookAll)}.{0,60}?${b(f.effect)}|${b(f.effect)}.{0,60}?${b(f.tookAll)}`), {
      scope: 'message',
      negatable: false
    }),
    rule('rope put away', S, 'urgent', new RegExp(b(f.stored)), { notIn: f.everyday }),
    rule('not your fault', S, 'urgent', new RegExp(b(f.notYourFault)), { scope: 'message', negatable: false, selfOnly: false }),
    rule('thanks and farewell', S, 'urgent', new RegExp(b(f.thanksFarewell)), { scope: 'message', negatable: false, notIn: f.everyday }),
    rule('letter left for family', S, 'urgent', new RegExp(b(f.letterLeft)), { notIn: f.everyday }),
    rule('help please', A, 'concern', new RegExp(`^(?:${f.helpOnly})[ !.]{0,6}$`), { scope: 'message', negatable: false }),
    rule('shut in with means', S, 'urgent', new RegExp(`${b(f.shutIn)}.{0,40}?${b(f.pills)}`), { about: 'other', selfOnly: false })
  ]
}

export const fourthEs = familyRules({
  tookAll: 'me (?:lo )?tome todo|ya (?:me )?(?:lo )?tome todo|me tome todas?|trague todo',
  effect: 'ya esta|ya esta hecho|listo|sueno|mareo|mareado|maread[oa]|me duermo|me da vueltas',
  stored:
    '(?:la )?(?:soga|cuerda|veneno|pistola) (?:\\w+ ){0,2}?(?:en|del|de la|dentro del?) (?:el |la |mi )?(?:ropero|armario|closet|mochila|cajon|placard)|(?:tengo|compre) (?:el |un |la )?veneno (?:\\w+ ){0,3}?(?:en|y lo tengo en) (?:la|mi) (?:mochila|cajon|cuarto)',
  notYourFault: '(?:mama|papa|mami|papi|hermanit[oa]|perdon\\w*|lo siento)\\b.{0,30}?\\bno (?:fue|es) (?:tu|su) culpa',
  thanksFarewell: '(?:gracias por todo|gracias a todos)\\b.{0,80}?\\b(?:adios|hasta siempre|me despido)',
  letterLeft: '(?:deje|dejo|escribi) una carta (?:\\w+ ){0,4}?(?:para|a) (?:mi familia|mis padres|mi mama|mi papa|mis hijos)',
  helpOnly: 'ayuda(?: porfa| por favor| plis| pls)?|ayudenme|auxilio|socorro',
  pills:
    'pastillas|pastis|pildoras|medicamentos|medicinas|remedios|calmantes|somniferos|clonazepam|paracetamol|ibuprofeno|frasco|blister|veneno|cuchillo|navaja|soga|cuerda|pistola|arma|escopeta',
  took: 'me (?:acabo de )?(?:tome|trague|meti|bebi)|acabo de tomar(?:me)?|ya (?:me )?(?:lo )?tome|ya tome',
  all: 'tod[oa]s?|entero|entera|una caja|un frasco|el frasco|la caja|un monton de',
  iAmOn: 'estoy|ando|sigo',
  place: 'azotea|techo|tejado|cornisa|edificio|puente|viaducto|balcon|acantilado|barranco|vias?|anden',
  edge: 'mirando (?:para |hacia )?abajo|mirando el (?:agua|vacio|rio)|esperando (?:el|al) tren|a punto de (?:saltar|tirarme)|en la orilla|en el borde',
  brought:
    'me (?:traje|lleve|subi|escondi) (?:el|la|un|una) (?:cuchillo|navaja|soga|cuerda|pistola|arma|escopeta|veneno)(?: \\w+)? (?:a|en) (?:la|el|mi) (?:pieza|cuarto|habitacion|bano|cama)',
  time: 'manana|esta noche|hoy|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)',
  jump: 'salto|me tiro|me lanzo|me aviento|me cuelgo|me ahorco|me (?:tiro|aviento|lanzo|acuesto) (?:a|en|bajo|frente a|delante de)l? (?:las vias|tren)',
  forever: 'ya no me (?:van|vas) a (?:ver|volver a ver)|no me (?:van|vas) a volver a ver|adios para siempre|me despido para siempre',
  shutIn: 'se (?:encerro|ha encerrado|encierra)',
  everyday:
    /\b(?:alegria|gusto|emocion|cuerda con|sol|fiesta|asado|paracaidas|piscina|trampolin|bungee|clase|tender|foto|obra|pintando|reparando|arreglando|concierto|vacaciones|viaje|aventura)\b/
})

export const fourthPt = familyRules({
  tookAll: 'tomei tudo|ja tomei tudo|tomei todos|tomei todas|engoli tudo',
  effect: 'pronto|ja foi|sono|tontura|tont[oa]|zonz[oa]|apagando',
  stored:
    '(?:a )?(?:corda|veneno|arma) (?:\\w+ ){0,2}?(?:no|na|dentro do|dentro da) (?:meu |minha )?(?:guarda roupa|armario|mochila|gaveta)|veneno (?:\\w+ ){0,3}?(?:ta|esta) na (?:mochila|gaveta)',
  notYourFault: '(?:mae|pai|mamae|papai|desculpa|perdao)\\b.{0,30}?\\bnao (?:foi|e) (?:culpa tua|culpa sua|sua culpa|tua culpa)',
  thanksFarewell: '(?:obrigad[oa] por tudo|obrigad[oa] a todos)\\b.{0,80}?\\b(?:adeus|me despeco)',
  letterLeft: '(?:deixei|escrevi) uma carta (?:\\w+ ){0,4}?(?:pra|para|a) (?:minha familia|meus pais|minha mae|meu pai|meus filhos)',
  helpOnly: 'socorro(?: pfv| por favor| pf)?|ajuda(?: pfv| por favor| pf)?|me ajudem',
  pills: 'remedios|comprimidos|pilulas|calmantes|rivotril|paracetamol|cartela|frasco|caixa|veneno|faca|corda|arma|pistola',
  took: '(?:acabei de |ja )?(?:tomei|engoli|bebi)|(?:ja )?tomei',
  all: 'tud[oa]|todos?|todas?|inteir[oa]|uma caixa|um frasco|a cartela',
  iAmOn: 'to|tou|estou|ando',
  place: 'terraco|telhado|laje|beirada|beira|predio|ponte|viaduto|varanda|falesia|penhasco|linha|trilhos|plataforma',
  edge: 'olhando (?:pra|para) baixo|olhando (?:pra|para) a? ?agua|esperando o (?:trem|comboio)|a espera do comboio|prestes a pular|na beirada|na beira',
  brought: '(?:trouxe|levei|escondi) (?:a|o|uma|um) (?:faca|corda|arma|pistola|veneno) (?:pro|para o|no|pra o) (?:quarto|banheiro)',
  time: 'amanha|hoje a noite|esta noite|hoje|sabado|domingo|sexta',
  jump: 'pulo|me jogo|me atiro|me enforco|(?:me jogo|me atiro|vou) (?:na|pra|para a|para) (?:linha|frente) do (?:trem|comboio)',
  forever: 'nunca mais (?:voces )?(?:vao|vai) me ver|adeus para sempre|me despeco para sempre',
  shutIn: 'se trancou|se fechou|esta trancad[oa]',
  everyday:
    /\b(?:alegria|emocao|sol|festa|churrasco|paraquedas|piscina|trampolim|bungee|aula|varal|foto|obra|pintando|consertando|show|ferias|viagem|aventura)\b/
})

export const fourthFr = familyRules({
  tookAll: "j ?'?ai tout (?:pris|avale)|j ?'?ai (?:pris|avale) tou(?:t|s|tes)",
  effect: "c ?'?est fait|sommeil|vertige|la tete qui tourne|je m ?'?endors|je m ?'?eteins",
  stored:
    "(?:la )?(?:corde|poison|arme) (?:\\w+ ){0,2}?(?:dans|sous) (?:mon |ma |le |la )?(?:garde robe|armoire|placard|sac|tiroir)|(?:j ?'?ai achete|j ?'?ai) du poison,? (?:il est )?dans mon sac",
  notYourFault: "(?:maman|papa|pardon|desole)\\b.{0,30}?\\b(?:c ?'?est pas|ce n ?'?est pas) (?:ta|votre) faute",
  thanksFarewell: 'merci pour tout\\b.{0,80}?\\badieu',
  letterLeft: "(?:j ?'?ai laisse|j ?'?ai ecrit) une lettre (?:\\w+ ){0,4}?pour (?:ma famille|mes parents|ma mere|mon pere|mes enfants)",
  helpOnly: "aide(?:z)?(?:[ -]moi)?(?: svp| stp| s'il vous plait)?|au secours",
  pills: 'pilules|cachets|comprimes|medicaments|medocs|somniferes|doliprane|paracetamol|boite|flacon|tube|poison|couteau|corde|arme|fusil',
  took: "(?:je viens d ?'?|j ?'?ai )(?:tout )?(?:pris|avale|avaler|prendre|bu|boire)",
  all: 'tou(?:te|s|tes)?|toute la|une boite|le flacon|entier|entiere',
  iAmOn: "je suis|j ?'?suis|chu",
  place: 'toit|pont|viaduc|balcon|falaise|immeuble|quai|voie|voies|rails|rebord|corniche',
  edge: "(?:je )?regarde (?:en bas|le vide|l ?'?eau)|attends? le train|pret a sauter|au bord|sur le rebord",
  brought: "j ?'?ai (?:ramene|pris|cache|monte) (?:le|la|un|une) (?:couteau|corde|arme|fusil|poison) (?:dans|a) (?:ma|la) (?:chambre|salle de bain)",
  time: 'demain|ce soir|cette nuit|aujourd ?hui|samedi|dimanche|vendredi',
  jump: 'je saute|je me jette|je me pends|je me (?:jette|couche|mets) (?:sous|devant|sur) (?:le train|les rails|la voie)',
  forever: 'vous (?:me )?(?:verrez|reverrez) plus|vous ne me (?:verrez|reverrez) plus|adieu pour toujours|je vous dis adieu',
  shutIn: "s ?'?est enferme(?:e)?|s ?'?enferme",
  everyday:
    /\b(?:repas|etape|joie|soleil|fete|barbecue|parachute|piscine|plongeoir|bungee|cours|linge|photo|travaux|peinture|reparer|concert|vacances|voyage|aventure|saut a l'elastique)\b/
})

export const fourthIt = familyRules({
  tookAll: 'ho preso tutto|ho ingoiato tutto|ho preso tutte',
  effect: 'fatto|sonno|mi gira la testa|stordit[oa]|mi addormento',
  stored:
    "(?:la )?(?:corda|veleno|pistola) (?:\\w+ ){0,2}?(?:e )?(?:nell ?'?|nel |nello |nella |in )(?:armadio|zaino|cassetto|borsa)|veleno (?:\\w+ ){0,3}?ce l ?'?ho nello zaino",
  notYourFault: '(?:mamma|papa|scusa|scusami|perdonami)\\b.{0,30}?\\bnon e (?:colpa tua|tua la colpa)',
  thanksFarewell: '(?:grazie di tutto|grazie per tutto|grazie a tutti)\\b.{0,80}?\\baddio',
  letterLeft: '(?:ho lasciato|ho scritto) una lettera (?:\\w+ ){0,4}?per (?:la mia famiglia|i miei|mia madre|mio padre|i miei figli)',
  helpOnly: 'aiuto(?: x favore| per favore| pls)?|aiutatemi',
  pills: 'pillole|pastiglie|compresse|farmaci|medicine|sonniferi|tachipirine|paracetamolo|scatola|flacone|boccetta|veleno|coltello|corda|pistola|fucile',
  took: '(?:ho (?:appena )?(?:preso|ingoiato|bevuto|mandato giu))',
  all: 'tutt[oaie]|intera|intero|una scatola|il flacone|la boccetta',
  iAmOn: 'sono|sto',
  place: 'tetto|terrazzo|ponte|viadotto|balcone|scogliera|palazzo|binari|binario|cornicione|bordo|banchina',
  edge: "guardo (?:giu|di sotto|l ?'?acqua|il vuoto)|aspetto il treno|pronto a buttarmi|pronta a buttarmi|sul bordo|sul cornicione",
  brought: '(?:ho portato|ho nascosto|mi sono portat[oa]) (?:il|la|un|una) (?:coltello|corda|pistola|fucile|veleno) in (?:camera|bagno)',
  time: 'domani|stanotte|stasera|oggi|sabato|domenica|venerdi',
  jump: 'mi butto|mi lancio|mi impicco|mi (?:butto|getto|metto) sotto (?:il|al) treno',
  forever: 'non mi vedrete (?:mai )?piu|addio per sempre|vi saluto per sempre',
  shutIn: 'si e chius[oa]|si e barricat[oa]|chius[oa] in bagno',
  everyday:
    /\b(?:sole|festa|grigliata|paracadute|piscina|trampolino|bungee|lezione|stendere|foto|lavori|dipingere|riparare|concerto|vacanza|viaggio|avventura)\b/
})

export const fourthDe = familyRules({
  tookAll: '(?:hab|habe) (?:\\w+ ){0,2}?alles (?:\\w+ ){0,2}?(?:genommen|geschluckt)|(?:hab|habe) das zeug (?:\\w+ )?geschluckt',
  effect: 'erledigt|schwindlig|mu(?:e)?de|mir wird schlecht|schlaf ein',
  stored: '(?:das )?(?:seil|strick|gift) (?:\\w+ ){0,3}?(?:im|in meinem|in der) (?:keller|schrank|kleiderschrank|rucksack|schublade|kofferraum)',
  notYourFault: '(?:mama|papa|es tut mir leid|verzeih)\\b.{0,30}?\\b(?:du kannst nichts dafu(?:e)?r|es ist nicht deine schuld)',
  thanksFarewell: 'danke fu(?:e)?r alles\\b.{0,80}?\\b(?:lebt wohl|lebwohl|adieu|tschu(?:e)?ss? fu(?:e)?r immer)',
  letterLeft: '(?:abschiedsbrief|(?:hab|habe) (?:einen|meinen) brief (?:\\w+ ){0,4}?fu(?:e)?r (?:meine familie|meine eltern|meine mama))',
  helpOnly: 'hilfe(?: bitte)?|bitte hilfe|helft mir',
  pills: 'tabletten|pillen|medikamente|schlaftabletten|ibus|ibuprofen|paracetamol|packung|packungen|dose|gift|messer|seil|strick|waffe|pistole',
  took: '(?:ich )?(?:hab|habe)',
  tookAfter: 'genommen|geschluckt|eingeworfen|runtergespu(?:e)?lt',
  all: 'alle|alles|die ganze|ganze|eine packung|zwei packungen|\\d{2,3}',
  iAmOn: 'ich (?:steh|stehe|bin|sitz|sitze)|bin',
  place: 'dach|bru(?:e)?cke|balkon|klippe|hochhaus|gleis|gleisen|bahnsteig|rand|parkhaus',
  edge: 'schau (?:runter|nach unten|ins wasser)|warte auf den zug|kurz vorm springen|am rand|ganz oben',
  brought: '(?:ich )?(?:hab|habe) (?:das|ein|den|einen|die) (?:messer|seil|strick|waffe|pistole|gift) (?:mit )?(?:ins|in mein|im) (?:zimmer|bad|bett)',
  time: 'morgen|heute nacht|heut nacht|heute|samstag|sonntag|freitag',
  jump: 'spring ich|springe ich|ich spring|ich springe|leg (?:ich )?mich vor den zug|werf (?:ich )?mich vor den zug|ha(?:e)?ng (?:ich )?mich auf',
  forever: 'ihr (?:werdet|seht) mich nie wieder|lebt wohl fu(?:e)?r immer|fu(?:e)?r immer tschu(?:e)?ss?|das wars mit mir',
  shutIn: 'hat sich (?:im \\w+ )?(?:eingesperrt|eingeschlossen|verbarrikadiert)',
  everyday:
    /\b(?:sonne|party|grillen|fallschirm|schwimmbad|sprungbrett|bungee|kurs|wa(?:e)?sche|foto|baustelle|streichen|reparieren|konzert|urlaub|reise|abenteuer|klettern)\b/
})
