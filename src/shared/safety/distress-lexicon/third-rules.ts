import { A, H, rule, S } from './rule.ts'
import { finality, givenAway, letterForEach, betterIfGone, dayIsSet } from './third-shared.ts'
import type { DistressRule } from './types.ts'

/**
 * Phrase families added to the Spanish and French lexicons (German, Portuguese and Italian: third-rules-de-pt-it.ts)
 * in issue 14's third pass, from the training drafts only (extra-c-*.ts and the earlier sets): a last
 * message sent through someone ("tell my mum I'm sorry"), things given away because they will not
 * be needed, finality said in passing ("when I'm gone"), and bare plans ("I'll do it on Saturday")
 * unless the sentence says what "it" is. Patterns run on normalised text (lower case, no accents).
 */

/** Everyday errands that explain a bare "I'll do it tomorrow". */
const EVERYDAY_IT_ES =
  /\b(?:por fin|voy a (?:pedir|decir|hablar|llamar|comprar|preguntar|mandar|enviar|ir|presentar)|le (?:digo|pido|pregunto|escribo|llamo)|examen de conducir|tramite|pedido|tarea|deberes|mudanza|compra|entrevista|limpieza|maleta|aumento|declaracion|matricula|cita)\b/
const EVERYDAY_IT_FR =
  /\b(?:je (?:lui|leur) (?:dis|demande|parle|ecris|annonce)|je demande|je (?:m'inscris|reserve|commande|achete|appelle)|augmentation|entretien|devoirs|menage|courses|demenagement|valise|coiffeur|declaration|dossier|permis|inscription|rendez-vous)\b/

export const thirdEs: DistressRule[] = [
  rule('volvi a quemarme', H, 'concern', /\bme (?:volvi|he vuelto|vuelvo) a (?:cortar|quemar|lastimar|hacer dano)\b/),
  rule(
    'ojala un accidente',
    S,
    'concern',
    /\bojala (?:me )?(?:atropell\w+|pill\w+ un (?:coche|tren|camion)|estrell\w+)\b|\bno tengo ganas de nada,? ni (?:de )?vivir\b/,
    { negatable: false, timingEscalates: false }
  ),
  rule(
    'lo hago cuando se vayan',
    S,
    'urgent',
    /\bcuando (?:mis padres|todos|mi \w+|mis \w+) se (?:vayan|duerman|acuesten|marchen)\b.{0,30}?\blo (?:hago|hare|voy a hacer)\b/,
    { selfOnly: false }
  ),
  rule(
    'pastillas y alcohol',
    S,
    'urgent',
    /\b(?:pastillas|pildoras|calmantes|somniferos)\b.{0,30}?\b(?:una |la )?botella (?:entera )?de (?:ron|vodka|whisky|vino|ginebra|tequila|alcohol)\b/
  ),
  finality(
    'no estes triste',
    /\b(?:te quiero|te amo|perdon\w*|lo siento)\b.{0,40}?\bno (?:estes|este) triste\b|\bno (?:estes|este) triste\b.{0,40}?\b(?:te quiero|te amo|perdon\w*|lo siento)\b/,
    /\b(?:olvide|compenso|manana|pronto|luego|otra vez|la proxima|viaje|vacaciones)\b/
  ),
  rule('no se que hacer conmigo', A, 'concern', /\bno se que hacer conmigo\b|\btengo miedo de mi mism[oa]\b/, { negatable: false }),
  rule('todo el botiquin', A, 'urgent', /\b(?:tome|tomado|trague|tragado)\b.{0,30}?\btodo\b.{0,40}?\b(?:botiquin|pastillas|medicamentos|medicinas)\b/),
  dayIsSet(
    /\b(?:hoy|manana|esta noche|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)) es el dia\b.{0,40}?\b(?:todo (?:esta )?(?:listo|arreglado|preparado|organizado|decidido)|no hay vuelta atras)\b/
  ),
  rule(
    'medios en su sitio',
    S,
    'urgent',
    /\b(?:cuerda|soga|pistola|arma|escopeta|pastillas|veneno)\b (?:\w+ ){0,2}?(?:en|debajo de|bajo) (?:mi|el|la) (?:cuarto|habitacion|armario|cajon|mochila|coche|cama)\b/,
    { notIn: /\b(?:de saltar|para tender|escalada|vitaminas|alergia)\b/ }
  ),
  betterIfGone(
    /\b(?:mejor|mas felices|mas tranquil[oa]s|mas facil) si (?:yo )?(?:no (?:existiera|estuviera|hubiera nacido)|me muriera|desapareciera|me fuera para siempre)\b/
  ),
  letterForEach(/\b(?:escribi|deje|he escrito|dejo) (?:una )?cartas? (?:a|para) cada (?:uno|una)\b|\buna carta para cada (?:uno|una|\w+)\b/),
  finality(
    'diganle que lo siento',
    /\b(?:diganle|decidle|dile|digan|decile|decirle|diles|diganles) a (?:mi|mis) (?:\w+ ){0,2}?que (?:\w+ ){0,6}?(?:lo siento|l[oa]s? quiero|les quiero|perdon|me perdonen?|no (?:es|fue) (?:su|tu) culpa)\b/,
    /\b(?:llego tarde|no llego|no puedo ir|no voy a ir|la cena|la comida|la fiesta|el cumple|el viernes|manana)\b/
  ),
  givenAway(
    /\b(?:regale|regalando|he regalado|estoy regalando|done|di|deje)\b.{0,60}?\bya no (?:\w+ ){0,2}?(?:voy a necesitar|necesitare|me (?:van a|haran) falta)\b|\b(?:a )?donde voy no (?:\w+ ){0,2}?(?:voy a )?necesit\w*/
  ),
  finality(
    'cuando ya no este',
    /\bcuando (?:ya no (?:este|estare)|me haya ido|yo (?:no este|me vaya para siempre)|este muert[oa])\b/,
    /\b(?:vacaciones|viaje|de viaje|fuera|trabajo|fin de semana|semana|mes)\b/
  ),
  rule(
    'lo hago con fecha',
    S,
    'urgent',
    /\b(?:esta noche|hoy|manana|este fin de semana|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)) lo (?:hago|hare|voy a hacer)\b|\blo (?:hago|hare|voy a hacer) (?:esta noche|hoy|manana|este fin de semana|(?:el |este )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))\b/,
    { notIn: EVERYDAY_IT_ES }
  ),
  rule(
    'me tome el frasco entero',
    A,
    'urgent',
    /\b(?:me tome|tome|me trague|trague|me bebi|bebi) (?:el|la|un|una|todo el|toda la) (?:frasco|caja|bote|blister|tableta|paquete|tarro) (?:enter[oa]|complet[oa])\b/
  ),
  rule('no quiero seguir aqui', S, 'concern', /\bno quiero seguir (?:aqui|en este mundo|con vida|respirando)\b|\bme quiero ir de este mundo\b/, {
    negatable: false
  })
]

export const thirdFr: DistressRule[] = [
  rule(
    'cachets et alcool',
    S,
    'urgent',
    /\b(?:cachets|medicaments|comprimes|plaquettes?|somniferes)\b.{0,30}?\b(?:une |la )?bouteille (?:entiere )?de (?:vodka|whisky|vin|rhum|gin|alcool)\b/
  ),
  finality(
    'sois pas triste',
    /\b(?:je t'aime|pardon|desolee?)\b.{0,40}?\b(?:ne )?sois pas triste\b|\b(?:ne )?sois pas triste\b.{0,40}?\b(?:je t'aime|pardon|desolee?)\b/,
    /\b(?:oublie|rattraper|demain|bientot|plus tard|la prochaine|voyage|vacances)\b/
  ),
  rule('plus quoi faire de moi', A, 'concern', /\b(?:sais|sait) plus quoi faire de moi\b|\bj'ai peur de moi\b/, { negatable: false }),
  rule('toute la pharmacie', A, 'urgent', /\b(?:pris|avale)\b.{0,10}?\btout\b.{0,40}?\b(?:armoire a pharmacie|pharmacie|cachets|medicaments|medocs)\b/),
  dayIsSet(
    /\b(?:aujourd'hui|demain|ce soir|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),? c'est (?:le jour|le soir|la nuit)\b.{0,40}?\b(?:tout est (?:pret|regle|organise|prevu|decide)|c'est decide)\b/
  ),
  rule(
    'quand ils dormiront, je le fais',
    S,
    'urgent',
    /\bquand (?:tout le monde|ils|mes parents|ma \w+|mon \w+) (?:dormira|dort|dormiront|sera parti|seront partis|sera sortie?)\b.{0,20}\bje le (?:fais|ferai)\b/,
    { selfOnly: false }
  ),
  rule('tout avale', A, 'urgent', /\bj'ai (?:deja )?tout (?:avale|pris)\b|\bc'est fait\b.{0,30}\bavale\b/, {
    notIn: /\b(?:faim|repas|assiette|gateau|pizza|plat|dessert|valises?|affaires)\b/
  }),
  rule(
    'moyens a leur place',
    S,
    'urgent',
    /\b(?:corde|arme|pistolet|fusil|cachets|medicaments|poison)\b (?:\w+ ){0,2}?(?:dans|sous) (?:ma|mon) (?:chambre|placard|tiroir|sac|voiture|lit)\b/,
    { notIn: /\b(?:a sauter|a linge|escalade|vitamines)\b/ }
  ),
  betterIfGone(/\b(?:mieux|plus heureux|plus simple|plus facile) si je (?:n'existais pas|n'etais (?:pas|plus) la|mourais|disparaissais|n'etais jamais nee?)\b/),
  letterForEach(/\b(?:ecrit|laisse) (?:une )?lettres? (?:pour|a) chacun(?:e)?\b|\bune lettre pour chacun(?:e)?\b/),
  finality(
    'dites-lui que je suis desolee',
    /\b(?:dites|dis) a (?:ma|mon|mes) (?:\w+ ){0,2}?(?:que|qu') ?(?:\w+ ){0,4}?(?:je suis desolee?|je (?:les|l'|la|le|vous|t') ?aime|pardon|je m'excuse|ce n'est pas (?:sa|leur|ta|votre) faute)\b/,
    /\b(?:en retard|ce soir pour|pour le diner|pour la fete|demain)\b/
  ),
  givenAway(/\b(?:donne|offert|distribue|legue)\b.{0,60}?\b(?:j'en|je n'en) (?:aurai|aurais) (?:plus|pas|jamais) besoin\b|\bla ou je vais\b.{0,30}?\bbesoin\b/),
  finality(
    'quand je ne serai plus la',
    /\bquand je (?:ne )?serai (?:plus la|partie? pour de bon|morte?)\b/,
    /\b(?:vacances|voyage|en deplacement|au travail)\b/
  ),
  rule(
    'je le fais avec une date',
    S,
    'urgent',
    /\b(?:ce soir|cette nuit|demain|ce week-end|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)),? je le (?:fais|ferai)\b|\bje le (?:fais|ferai) (?:ce soir|cette nuit|demain|ce week-end|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))\b/,
    { notIn: EVERYDAY_IT_FR }
  )
]
