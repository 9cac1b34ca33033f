import { A, H, rule, S, words } from './rule.ts'
import { fourthEs } from './fourth-rules.ts'
import { secondEs } from './fourth-rules-second.ts'
import { thirdEs } from './third-rules.ts'
import { widerEs } from './wider-rules.ts'
import type { DistressLexicon } from './types.ts'

/**
 * Spanish (Spain and Latin America). Patterns run on normalised text: lower case, accents removed
 * ("mañana" → "manana", "corté" → "corte"). First-person forms ("quiero matarme") are about the
 * writer; third-person forms ("quiere matarse") are about someone else. Every quantifier is bounded.
 */

const PILLS =
  '(?:pastillas|pildoras|comprimidos|medicamentos|medicinas|somniferos|calmantes|antidepresivos|paracetamol(?:es)?|ibuprofenos?|tranquilizantes|clonazepam)'
const TIME =
  '(?:esta noche|hoy|manana|ahora(?: mismo)?|este fin de semana|(?:el |del |este |el proximo )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))'
const PLACE = '(?:azotea|puente|tejado|techo|cornisa|acantilado|vias del tren|vias|anden|borde de[l]? \\w+)'
const ACCIDENT =
  /\b(?:cocin\w*|sin querer|por accidente|jugando|futbol|gimnasio|afeit\w*|depil\w*|horno|plancha|pelo|cabello|unas|flequillo|barba|rodilla|tobillo|bici\w*|me cai)\b/
const FAREWELL_NOT =
  /\b(?:navidad|cumple\w*|reyes magos|san valentin|boda|aniversario|agradecimiento|nos vemos|hasta (?:manana|luego|pronto|el \w+|la \w+)|buenas noches|vacaciones|viaje|semana que viene|me voy a dormir|me desconecto|del trabajo|de la empresa|del grupo de whatsapp)\b/

/** "no aguanto más este calor": everyday annoyances, not a crisis. */
const TRIVIAL_ES =
  /^,? (?:con )?(?:este|esta|estos|estas|el|la|los|las|ese|esa|a (?:mi|este|esta|ese|esa)) (?:calor|frio|trafico|ruido|lluvia|clima|tiempo|bus|autobus|metro|tren|wifi|internet|vecin[oa]s?|profe\w*|examen(?:es)?|deberes|tarea|jefe|jefa|perro|gato|resaca|dolor de (?:cabeza|muelas|espalda)|atasco|cola|fila|mosquitos?|humedad)\b/

const rules = [
  // --- suicide ---
  rule(
    'quiero morir',
    S,
    'concern',
    /\b(?:quiero|quisiera|queria|deseo|necesito|tengo ganas de|ganas de|me gustaria|me dan ganas de) (?:solo |solamente |simplemente |ya |tanto )?morir(?:me)?\b|\bme quiero morir\b/,
    {
      notAfter:
        /^ de (?:la |el |lo )?(?:risa|verguenza|ganas|calor|frio|hambre|sueno|aburrimiento|amor|envidia|pena|susto|asco|nervios|emocion|ternura|cansancio|gusto|aburrida)/
    }
  ),
  rule(
    'no quiero vivir',
    S,
    'concern',
    /\b(?:no|ya no) (?:quiero|deseo|tengo ganas de|me apetece) (?:seguir )?(?:vivir|viviendo|existir|estar aqui|estar viv[oa]|despertar(?:me)?)\b|\bno quiero seguir(?: asi| viviendo| adelante)?$|\bya no quiero (?:nada|estar aqui)\b/,
    { negatable: false }
  ),
  rule(
    'matarme',
    S,
    'concern',
    /\b(?:matarme|suicidarme|quitarme la vida|me (?:voy a |quiero |podria |deberia |puedo )?(?:matar|suicidar|quitar la vida)|me mataria|me suicidaria|(?<!\b(?:examen|trabajo|jefe|calor|chiste|profe|clase|partido|dia|semana|viaje|entreno|gimnasio) )me mato(?:$| (?:hoy|esta noche|manana|ya|de verdad|en serio)\b)|acabar con mi vida|terminar con mi vida|me suicido|poner fin a mi vida|ahorcarme|colgarme|pegarme un tiro)\b/,
    { notAfter: /^ (?:trabajando|estudiando|a (?:trabajar|estudiar)|en el (?:gimnasio|gym|trabajo)|de (?:risa|trabajo|hambre))/ }
  ),
  rule(
    'ideas suicidas',
    S,
    'concern',
    /\b(?:pensamientos|ideas|ideacion|impulsos) suicidas?\b|^suicida\b|\b(?:me siento|estoy|soy|sentirme|me noto|otra vez|de nuevo) (?:muy |tan |bastante |otra vez |de nuevo )?suicida\b/
  ),
  rule(
    'mejor sin mi',
    S,
    'concern',
    /\b(?:estaria|estarian|estariamos|seria|serian|vivirian|iria) mejor sin mi\b|\bmejor sin mi\b|\b(?:nadie|ninguno) (?:me )?(?:echaria de menos|extranaria|notaria|lloraria)\b|\ba nadie le importa(?:ria)? si (?:vivo o muero|me muero|desaparezco|no estoy)\b/,
    { negatable: false, selfOnly: false, timingEscalates: false }
  ),
  rule(
    'sin sentido vivir',
    S,
    'concern',
    /\bno (?:le )?(?:veo|encuentro|tiene) (?:ningun |el |mas )?sentido (?:a |en )?(?:seguir|vivir|la vida|nada|seguir viviendo|mi vida)\b|\bla vida no vale la pena\b|\bpara que (?:seguir|vivir)\b|\bno tengo (?:razones|motivos|ninguna razon|ningun motivo) para vivir\b|\b(?:perdi|sin) (?:las )?ganas de vivir\b|\b(?:cansad[oa]|hart[oa]) de (?:vivir|la vida|existir)\b/,
    { negatable: false, timingEscalates: false }
  ),
  rule(
    'desaparecer',
    S,
    'concern',
    /\b(?:quiero|quisiera|ojala pudiera|ganas de|deseo) (?:solo |simplemente )?(?:desaparecer(?: para siempre| del mundo|$)|irme para siempre|dejar de (?:vivir|existir))/,
    {
      timingEscalates: false
    }
  ),
  rule(
    'no despertar',
    S,
    'concern',
    /\b(?:ojala|deseo|quiero|espero|quisiera) (?:\w+ )?(?:no despertar(?:me)?|no volver a despertar|dormir(?:me)? y no despertar|no amanecer)\b|\bojala no (?:despertara|despierte|hubiera nacido)\b|\bdormir(?:me)? y no (?:volver a )?despertar\b|\bojala (?:nunca )?no hubiera nacido\b|\bojala no haber nacido\b/,
    { negatable: false, timingEscalates: false }
  ),
  rule(
    'estar muerta',
    S,
    'concern',
    /\b(?:ojala|desearia|quisiera|preferiria|prefiero) (?:estar|estuviera) muert[oa]\b|\bseria mejor (?:si )?(?:estuviera|estar) muert[oa]\b/,
    {
      timingEscalates: false
    }
  ),
  rule('soy una carga', S, 'concern', /\bsoy (?:una|un) (?:carga|estorbo)\b/, { timingEscalates: false }),
  rule(
    'muerte alivio',
    S,
    'concern',
    /\b(?:la muerte|morir(?:me)?|estar muert[oa]) (?:me )?(?:parece|seria|es) (?:un |una |la )?(?:alivio|mas facil|solucion|unica salida|descanso)\b|\bmi (?:propio )?funeral\b|\bla unica salida (?:que veo )?es (?:matarme|morir|la muerte|el suicidio)\b/,
    { timingEscalates: false }
  ),
  rule(
    'acabar con todo',
    S,
    'concern',
    /\b(?:acabar|terminar) con todo(?:$| (?:ya|de una vez|para siempre|hoy|esta noche|manana|ahora))|\b(?:quiero|quisiera|voy a|pienso|ganas de|necesito) (?:acabar|terminar) con todo\b(?! (?:el|la|los|las|lo|esto|eso|este|esta|ese|esa|mi|mis|tu|tus|su|sus|nuestr\w+|que)\b)|\bla voy a acabar\b|\bacabo con todo\b(?! (?:el|la|los|las|lo|esto|eso|este|esta|mi|mis|tu|tus|su|sus|que)\b)/
  ),
  rule(
    'suicidio en mente',
    S,
    'concern',
    /\b(?:pienso|pensando|pensar|considerando|considero|contemplando|planeando) (?:mucho |seriamente |en serio |todo el tiempo |cada dia |otra vez )?(?:en )?(?:el )?suicidio\b|\bel suicidio no se me va\b|\bsuicidio (?:es|parece) (?:la|mi) (?:unica )?(?:salida|solucion|opcion)\b/,
    { negatable: false }
  ),
  rule(
    'tirarme',
    S,
    'concern',
    /\b(?:tirarme|lanzarme|aventarme|arrojarme|me tiro|me lanzo|me voy a tirar|saltar) (?:por|de|desde|a|bajo|al|del) (?:la |el |un |una |las |los )?(?:ventana|puente|balcon|azotea|edificio|tren|metro|vias|techo|tejado|acantilado|coche|camion|piso)\b/
  ),
  // --- urgent: means at hand, an act taken, a plan with a time, a farewell ---
  rule(
    'medios a mano',
    S,
    'urgent',
    new RegExp(
      String.raw`\b${PILLS}\b[^.]{0,40}?\b(?:en la mano|en la mesa|delante de mi|frente a mi|aqui (?:en|conmigo|al lado)|al lado|alineadas|listas|preparad[oa]s|suficientes|conmigo)\b|\b(?:juntando|guardando|acumulando|ahorrando) (?:mis |las )?${PILLS}\b|\b(?:pistola|arma|revolver|escopeta|rifle)\b(?: [\w]+){0,4}? cargad[oa]\b|\bcargue (?:la|el|mi) (?:pistola|arma|revolver|escopeta)\b|\b(?:compre|consegui|me compre|ate|prepare|tengo lista) (?:una |la |mi )?(?:cuerda|soga)(?! para| de saltar)\b|\btengo (?:el|un) (?:veneno|cuchillo) aqui\b|\b(?:cuchillo|cuchilla|navaja) (?:en|sobre|contra) (?:la |mi )?(?:muneca|brazo|cuello)\b|\b(?:pistola|arma|revolver)\b[^.]{0,30}\bno dejo de pensar\b|\b(?:cuchilla|navaja|cuchillo)\b[^.]{0,30}\b(?:al lado|conmigo|en la mano)\b|\bsuficientes ${PILLS}\b`
    ),
    { negatable: false }
  ),
  rule(
    'en el borde',
    S,
    'urgent',
    new RegExp(
      String.raw`\bestoy (?:sentad[oa] |de pie |parad[oa] )?(?:en|sobre|al borde de|al borde del) (?:el borde (?:de|del) )?(?:la |el |las )?${PLACE}\b(?! (?:de (?:mi casa|la playa)|tomando|con amigos|del parque))|\b(?:balcon|ventana|azotea)\b[^.]{0,40}\b(?:pensando en saltar|mirando hacia abajo|para saltar)\b`
    ),
    {
      notIn:
        /\b(?:esperando|esperar|quede|con (?:mis? |unos |unas )?(?:amig\w+|novi[oa]|familia|pareja)|fotos?|paseando|turistas?|vista|barco|trafico|atasco|coche|autobus|bici|corriendo|caminando|atardecer)\b/
    }
  ),
  rule(
    'sobredosis',
    A,
    'urgent',
    new RegExp(
      String.raw`\b(?:me tome|tome|me trague|trague|me bebi|bebi|me he tomado|acabo de (?:tomarme|tomar|tragarme)|ya me tome) (?:una |un |la |el )?(?:caja|bote|frasco|blister|tableta|paquete|punado|monton) (?:enter[oa] )?(?:de )?(?:\w+ ){0,2}?${PILLS}\b|\b(?:me tome|tome|me trague|trague|ya me tome|acabo de tomarme) (?:todas (?:mis |las )?|(?:como |unos |unas |mas de )?\d{2,3} )(?:\w+ ){0,2}?${PILLS}\b|\bsobredosis\b|\b(?:bebi|me bebi|trague|tome) (?:\w+ ){0,2}?(?:lejia|veneno|cloro|lavandina|matarratas|anticongelante|insecticida)\b|\bintente (?:ahorcarme|matarme|suicidarme) (?:hace (?:un rato|poco|una hora)|ahora|anoche)\b|\bya me tome (?:las|mis) ${PILLS}\b`
    )
  ),
  rule(
    'plan con fecha',
    S,
    'urgent',
    new RegExp(
      String.raw`\bno hay vuelta atras\b|\bya (?:se|tengo pensado|tengo decidido) (?:como y cuando|cuando y como|como lo voy a hacer)\b|\b(?:tengo|hay) un plan y una fecha\b|\bya lo (?:tengo )?decidid[oa](?:$|,? (?:esta noche|hoy|manana|me (?:mato|suicido|voy)|lo hago)\b)|\b(?:elegi|escogi|puse) (?:la |una )?fecha\b|\b(?:busque|estuve buscando) (?:como|cuantas|la mejor forma|formas)\b|\bya tengo todo (?:pensado|planeado|preparado) para hacerlo\b|\bdecidi hacerlo ${TIME}\b|\bse (?:como y cuando|cuando y como) voy a morir\b|\bcuando (?:mis padres|todos) se (?:vayan|duerman) me (?:tomo|mato|tiro)\b`
    )
  ),
  rule(
    'despedida',
    A,
    'urgent',
    /\b(?:adios|me despido|hasta siempre) (?:a todos|de todos|para siempre|mundo)\b|\besta es mi despedida\b|\besto es un adios\b|\beste es mi ultimo (?:mensaje|post)\b|\bcuando (?:lean|leas|leais) esto (?:ya )?no (?:estare|voy a estar)\b|\bcartas? de despedida\b|\bme despedi de todos\b|\bno me busquen\b|\bno (?:creo que )?(?:llegue|llegare|voy a llegar) (?:a|al|hasta) (?:manana|el fin de semana|la noche|el final|fin de semana|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))\b|\bno voy a estar (?:mucho tiempo mas|manana)\b|\bmanana ya no estare\b|\bme voy de este mundo\b|\b(?:diganle|decidle) a mi familia que lo siento\b|\bperdon(?:enme|adme)\b|\b(?:deje|escribi) (?:una |unas )?cartas? (?:a|para) (?:mis?|todos)\b|\bdespedirme (?:\w+ ){0,3}para siempre\b/,
    { negatable: false, notIn: FAREWELL_NOT }
  ),
  // --- self-harm ---
  rule(
    'cortarme',
    H,
    'concern',
    /\b(?:cortarme|autolesion\w*|hacerme dano|lastimarme|quemarme(?! con el sol)|me (?:hago|hice|he hecho|estoy haciendo|voy a hacer|hare) dano|me (?:lastimo|lastime|estoy lastimando)|me (?:corto|corte|estoy cortando|volvi a cortar|he cortado|he vuelto a cortar|vuelvo a cortar|quemo|queme)(?= (?:los brazos|las munecas|los muslos|las piernas|la piel|otra vez|de nuevo|a proposito|anoche|ayer|hoy|con|cuando|para)\b|$)|me (?:golpeo|pego) (?:hasta|en la cabeza|contra))/,
    { notIn: ACCIDENT }
  ),
  rule(
    'cortes y cuchillas',
    H,
    'concern',
    /\b(?:escondo|guardo) (?:las |unas |mis )?(?:cuchillas|navajas|hojas de afeitar)\b|\bmerezco (?:sufrir|dolor|el dolor)\b|\bquiero sentir dolor\b|\bcortes (?:nuevos|recientes|frescos|profundos)\b|\bme rasco (?:\w+ ){0,3}hasta sangrar\b|\brecai\b/
  ),
  rule(
    'corte profundo',
    H,
    'urgent',
    /\b(?:me corte|cortarme|me he cortado) (?:\w+ ){0,2}(?:muy |demasiado |tan )?(?:hondo|profundo)\b|\bno (?:para|deja) de sangrar\b|\bnecesito puntos\b|\bsangr\w* (?:mucho|muchisimo|sin parar)\b|\bsale mucha sangre\b|\bgolpes? contra la pared\b[^.]{0,20}\bhasta sangrar\b/
  ),
  // --- acute crisis ---
  rule(
    'no puedo mas',
    A,
    'concern',
    /\b(?:ya )?no (?:puedo|aguanto|soporto) (?:mas|con (?:esto|todo|la vida)|la vida|esta (?:situacion|vida))\b|\bno puedo seguir(?: asi| adelante| viviendo)?\b|\bno aguanto (?:\w+ ){0,3}mas\b/,
    { negatable: false, notAfter: TRIVIAL_ES }
  ),
  rule(
    'al limite',
    A,
    'concern',
    /\bestoy (?:al|en el) limite\b|\b(?:en|a) un lugar (?:muy )?oscuro\b|\bno (?:hay|veo) salida\b|\bme estoy (?:derrumbando|ahogando|volviendo loc[oa]|rompiendo)\b|\btengo miedo de (?:hacerme algo|lo que (?:pueda|podria|voy a) hacer(?:me)?)\b|\b(?:a punto de|por) hacer una locura\b|\bestoy en crisis\b|\bme rendi con todo\b|\b(?:totalmente|completamente) desesperad[oa]\b|\bno se (?:como|cuanto tiempo mas) (?:seguir|voy a aguantar|aguantar)\b|\b(?:quiero|necesito) que (?:todo|el dolor|esto) (?:se )?(?:acabe|termine|pare)\b|\bnada importa ya\b|\bdeje de intentarlo\b|\btodo se (?:derrumba|viene abajo|desmorona)\b|\bno estoy bien\b|\bteniendo una crisis\b|\batrapad[oa]\b/,
    { negatable: false }
  ),
  rule('no estoy a salvo', A, 'urgent', /\bno (?:estoy|me siento) a salvo(?: conmigo| sol[oa])?\b|\bsoy un peligro para mi\b/, { negatable: false }),
  // --- general forms: farewells, plans by their time, means where they lie, short forms ---
  rule(
    'despedida final',
    A,
    'urgent',
    /\bno (?:los|las|te|os) (?:volvere|voy a volver) a ver\b|\bno me (?:volveran|vais a volver|van a volver) a ver\b|\beste (?:sera|es) mi ultimo (?:mensaje|post)\b|\b(?:perdon|lo siento|los quiero|las quiero)\b[^.]{0,40}[.!]? adios$/,
    { scope: 'message', negatable: false, selfOnly: false, notIn: FAREWELL_NOT }
  ),
  rule(
    'plan por su hora',
    S,
    'urgent',
    /\b(?:ese|este) (?:dia|sera el dia)$|\bla fecha (?:esta|ya esta) (?:puesta|decidida|elegida)\b|\blo (?:voy a hacer|hago|hare) (?:cuando|despues de que) (?:todos|mis \w+|mi \w+)\b/,
    { selfOnly: false }
  ),
  rule(
    'medios a la vista',
    S,
    'urgent',
    /\b(?:cuerda|soga|pastillas|pildoras|pistola|cuchilla|bote de pastillas)\b (?:esta |estan )?(?:abiert[oa]s? )?(?:en (?:la|mi) (?:mochila|bolsa|mano|cama|mesa|bolsillo|coche))\b|\b(?:sentad[oa]|de pie|subid[oa]) (?:en|sobre) (?:la barandilla|el borde|la cornisa|el pretil) del? (?:puente|tejado|balcon|edificio)\b|\b(?:me trague|me tome|me bebi) (?:el resto|todo el resto|lo que quedaba) de (?:la|mi|mis) (?:medicacion|pastillas|medicamentos)\b/
  ),
  rule(
    'lista para morir',
    S,
    'concern',
    /\b(?:list[oa]|preparad[oa]) para morir\b|\bapenas me sostengo\b|\bpendiendo de un hilo\b|\b(?:mejor|mejores) sin (?:una|un) (?:madre|padre|hermana|hermano|hija|hijo) como yo\b|\buna voz (?:me dice|me dijera|que me dice) que (?:lo termine|me mate|acabe)/
  ),
  rule(
    'no estar, dicho claro',
    S,
    'concern',
    /\bsi (?:manana )?no me despertara\b[^.]{0,30}\balivio\b|\bcomo dejar de estar aqui\b|\bya no quiero esta vida\b|\bhart[oa] de existir\b|^(?:estoy )?hart[oa] de todo$|\bnecesito que esto pare\b/,
    { negatable: false }
  ),
  // --- someone else ---
  rule(
    'quiere matarse',
    S,
    'concern',
    /\b(?:matarse|suicidarse|quitarse la vida|se (?:quiere |va a |piensa )?(?:matar|suicidar|quitar la vida)|acabar con su vida|(?:quiere|queria|dice que quiere) morir(?:se)?|(?:ya )?no quiere (?:seguir )?vivir|va a saltar|ganas de morirse|tiene (?:pensamientos|ideas) suicidas|habla de (?:suicidarse|matarse|quitarse la vida|morirse|acabar con todo))\b|\bmejor sin (?:el|ella)\b/,
    { about: 'other', negatable: false }
  ),
  rule(
    'otro en peligro ahora',
    A,
    'urgent',
    new RegExp(
      String.raw`\bse (?:tomo|trago|bebio) (?:una |un |la |el |todas (?:las |sus )?|\d{2,3} )?(?:\w+ ){0,3}?(?:${PILLS}|lejia|veneno)\b|\b(?:me )?(?:mando|envio|escribio|dejo) (?:un |una )?(?:mensaje|carta|nota) de despedida\b|\b(?:tomo|tuvo) una sobredosis|\bfoto de (?:pastillas|una cuerda|un arma)\b`
    ),
    { about: 'other', negatable: false }
  ),
  rule(
    'se corta',
    H,
    'concern',
    /\b(?:se (?:corta|corto|autolesiona|hace dano|lastima|quema|esta (?:cortando|lastimando|haciendo dano|quemando))|cortarse|autolesionarse)\b/,
    { about: 'other', notIn: ACCIDENT }
  )
]

export const es: DistressLexicon = {
  language: 'es',
  rules: [...rules, ...widerEs, ...thirdEs, ...fourthEs, ...secondEs],
  clauseSplit: /[.!?;\n…]+|\s(?:pero|aunque|sin embargo)\s/,
  negators: words('no nunca jamas tampoco ni ningun ninguna nada'),
  negatorPhrases: /\b(?:ya no|para nada|de ninguna manera|ni de broma|no (?:significa|quiere decir) que)\b/,
  negationBreakers: words('pero porque si y aunque que'),
  negationWindow: 4,
  firstPerson: words('yo me mi mis conmigo'),
  otherPerson: words(
    'ella ellos ellas amigo amiga amigos amigas hermano hermana madre padre mama papa hijo hija novio novia pareja marido esposo esposa mujer primo prima tio tia abuelo abuela nieto nieta companero companera alumno alumna vecino vecina colega jefe suegra suegro sobrino sobrina'
  ),
  prepositions: words('de del a al con para por sin'),
  genericPerson: words('alguien gente nadie usted ustedes nosotros personaje protagonista cantante'),
  idioms:
    /\b(?:me muero (?:de|por)|muert[oa] de (?:risa|sueno|cansancio|hambre|frio|miedo|verguenza)|me (?:esta|estan) matando|me mata\b|me va a matar|me mataste|de muerte|casi me muero|mataria por|antes muert[oa])/,
  mediaMarkers:
    /\b(?:pelicula|serie|capitulo|episodio|libro|novela|cancion|noticias?|periodico|articulo|documental|podcast|juego|videojuego|personaje|protagonista|escena|obra|poema|anime|estadisticas?|telediario|informe)\b/,
  reportedSpeech: /\b(?:dijo|dice|me dijo|me conto|escribio|publico|me escribio|me mando|conto|comento)(?: que)?\s*$/,
  pastMarkers:
    /\b(?:hace (?:\w+ )?(?:anos|meses|tiempo|mucho)|antes (?:me|era|tenia|pensaba|solia)|solia|de (?:joven|adolescente|nin[oa]|pequen[oa])|cuando (?:tenia|era) |a los \d+|en el (?:instituto|colegio|liceo)|en la (?:secundaria|prepa|adolescencia)|en (?:19|20)\d\d|llevo (?:\w+ ){0,2}(?:dias?|semanas?|mes|meses|anos?) sin|(?:\d+|un|una|dos|tres|cuatro|cinco|seis) (?:dias?|semanas?|mes|meses|anos?) sin|cumplo (?:\w+ ){0,3}sin|lo (?:supere|he superado)|sobrevivi|el ano pasado|ya paso|pase anos|por fin me siento (?:libre|bien|mejor)|en el pasado|intente (?:suicidarme|matarme|quitarme la vida)$)\b/,
  pastOverride: /\b(?:otra vez|de nuevo|volvi a|vuelvo a|recai|recaida|he vuelto)\b/,
  escalatorsAnywhere: new RegExp(
    String.raw`\b(?:(?:tengo|hice|ya tengo) (?:un |el )?plan|lo tengo decidido|ya (?:lo )?decidi|(?:elegi|escogi|puse) (?:la |una )?fecha|ya se (?:como|cuando)|(?:compre|tengo|consegui) (?:una |la |el |mis |las )?(?:cuerda|soga|pistola|arma|veneno|${PILLS})|(?:escribi|deje) (?:una |mi |la )?carta)`
  ),
  escalatorsInClause: new RegExp(String.raw`\b(?:${TIME}|en (?:una|unas|dos|\d+) horas?|ya mismo|esta tarde)\b`)
}
