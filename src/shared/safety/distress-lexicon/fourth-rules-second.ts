import { A, H, rule, S } from './rule.ts'
import type { DistressRule } from './types.ts'

/**
 * Issue 14's fourth pass, second round (from batch D2 only, after it was scored): word families
 * for Spanish, German, French, Portuguese and Italian. A car in a closed garage with the engine
 * running; "if you are reading this I am gone"; a possession handed on because it won't be needed;
 * a deep cut that won't stop; days without sleep and losing one's mind; and someone else who took
 * something and won't wake, sent a goodbye and won't answer, or gives things away. Patterns run on
 * normalised text (lower case, no accents).
 */

interface Families {
  /** Car + closed garage + engine running, in any order within the message. */
  garage: string
  /** "If you read this, I'm no longer here." */
  readingThis: string
  /** "I won't need / use it any more", after handing something on. */
  wontNeed: string
  handOn: string
  /** A cut said to be deep, or bleeding that won't stop. */
  deepCut: string
  /** Days without sleep or food, with losing one's mind. */
  noSleep: string
  losingMind: string
  /** Someone else took something and won't wake / is vomiting. */
  otherTook: string
  /** Someone else sent a goodbye and won't answer. */
  otherGoodbye: string
  /** Someone else gives their things away, and the writer fears they'll do something. */
  otherGivesAway: string
}

function secondRules(f: Families): DistressRule[] {
  const b = (s: string) => `\\b(?:${s})\\b`
  return [
    rule('engine running in the garage', S, 'urgent', new RegExp(b(f.garage)), { scope: 'message' }),
    rule('if you read this', S, 'urgent', new RegExp(b(f.readingThis)), { scope: 'message', negatable: false }),
    rule('handed on, not needed', S, 'urgent', new RegExp(`${b(f.handOn)}.{0,60}?${b(f.wontNeed)}`), { scope: 'message', negatable: false }),
    rule('deep cut', H, 'urgent', new RegExp(b(f.deepCut)), { scope: 'message' }),
    rule('no sleep, losing my mind', A, 'concern', new RegExp(`${b(f.noSleep)}.{0,60}?${b(f.losingMind)}`), { scope: 'message' }),
    rule('someone took something', S, 'urgent', new RegExp(b(f.otherTook)), { about: 'other', selfOnly: false, scope: 'message' }),
    rule('someone said goodbye', S, 'urgent', new RegExp(b(f.otherGoodbye)), { about: 'other', selfOnly: false, scope: 'message', negatable: false }),
    rule('someone gives things away', S, 'concern', new RegExp(b(f.otherGivesAway)), { about: 'other', selfOnly: false, scope: 'message', negatable: false })
  ]
}

export const secondEs = secondRules({
  garage: '(?:coche|carro|auto)\\b.{0,30}?\\bgaraje\\b.{0,30}?\\bmotor (?:prendido|encendido|en marcha)',
  readingThis: 'si (?:estan leyendo|leen|lees|estas leyendo) esto,? (?:es porque )?ya no (?:estoy|existo)',
  handOn: 'denle|dale|regalen|que se quede con',
  wontNeed: 'ya no (?:la|lo|las|los) (?:voy a usar|necesito|voy a necesitar)',
  deepCut: '(?:me corte|me he cortado|me acabo de cortar) (?:muy )?(?:hondo|profundo)|(?:me corte|cortarme)\\b.{0,40}?\\bno (?:para|deja) de (?:sangrar|salir)',
  noSleep: '(?:dias|noches) sin (?:dormir|comer)|sin comer ni dormir',
  losingMind: 'perdiendo la cabeza|me voy a volver loc[oa]|cosas feas|me estoy volviendo loc[oa]',
  otherTook: '(?:se tomo|tomo) algo\\b.{0,40}?\\b(?:no (?:se )?despierta|vomitando|no reacciona)',
  otherGoodbye: '(?:me escribio|me mando|me dijo) (?:un )?(?:adios|mensaje de despedida)\\b.{0,60}?\\bno (?:me )?contesta',
  otherGivesAway: '(?:anda |esta )?regalando sus cosas\\b.{0,80}?\\b(?:miedo|preocupa)'
})

export const secondPt = secondRules({
  garage: 'carro\\b.{0,30}?\\bgaragem\\b.{0,30}?\\bmotor (?:ligado|a trabalhar|funcionando)',
  readingThis: 'se (?:estao lendo|voces leem|voce esta lendo|estiverem a ler|estao a ler) (?:isso|isto),? (?:e porque )?(?:eu )?(?:ja )?nao (?:estou|existo)',
  handOn: 'deem|deixem|fica com|pode ficar com|podem ficar com',
  wontNeed: '(?:eu )?nao (?:vou )?(?:precisar|usar) mais',
  deepCut:
    '(?:me cortei|acabei de me cortar) (?:muito )?fundo|(?:me cortei|me cortar)\\b.{0,40}?\\bnao (?:para|parou) de sangrar|fundo na (?:perna|coxa|braco)\\b.{0,20}?\\bnao para',
  noSleep: '(?:dias|noites) sem (?:dormir|comer)|sem comer nem dormir',
  losingMind: 'perdendo a cabeca|ficando louc[oa]|pensando besteira|enlouquecendo',
  otherTook: 'tomou (?:alguma coisa|algo)\\b.{0,40}?\\b(?:nao acorda|vomitando|nao reage)',
  otherGoodbye: '(?:me mandou|me escreveu|me disse) (?:um )?(?:adeus|mensagem de despedida)\\b.{0,60}?\\bnao (?:me )?responde',
  otherGivesAway: '(?:ta |esta )?(?:dando|doando) as coisas dela\\b.{0,80}?\\bmedo|(?:ta |esta )?(?:dando|doando) as coisas dele\\b.{0,80}?\\bmedo'
})

export const secondFr = secondRules({
  garage: 'voiture\\b.{0,30}?\\bgarage\\b.{0,30}?\\bmoteur (?:tourne|allume|en marche)',
  readingThis: "si (?:vous lisez|tu lis) (?:ca|ceci|ce message),? (?:c ?'?est que )?(?:je (?:ne )?suis (?:plus|pu) la|j ?'?existe plus)",
  handOn: 'donnez|donne|laissez',
  wontNeed: "j ?'?en aurai (?:plus|pu) besoin|je m ?'?en servirai plus",
  deepCut:
    "je me suis (?:coupe|ouvert)e? (?:tres )?profond|je me suis coupee?\\b.{0,40}?\\b(?:ca|ça) (?:s ?'?arrete|saigne) (?:pas|plus)|profond\\b.{0,30}?\\bs ?'?arrete pas",
  noSleep: 'pas dormi depuis (?:des jours|\\w+ jours)|(?:jours|nuits) sans dormir',
  losingMind: 'je perds la tete|je deviens fou|je deviens folle|je vais devenir fou',
  otherTook: 'a pris quelque chose\\b.{0,40}?\\b(?:se reveille pas|vomit|repond pas)',
  otherGoodbye: "(?:m ?'?a ecrit|m ?'?a envoye|m ?'?a dit) (?:un message d ?'?)?adieu\\b.{0,60}?\\b(?:repond (?:pas|plus)|telephone est eteint)",
  otherGivesAway: 'donne ses affaires\\b.{0,80}?\\bpeur'
})

export const secondIt = secondRules({
  garage: 'macchina\\b.{0,30}?\\bgarage\\b.{0,30}?\\bmotore acceso',
  readingThis: 'se (?:state leggendo|leggete|stai leggendo) (?:questo|questa|questo messaggio),? (?:vuol dire che )?(?:io )?non ci sono piu',
  handOn: 'datela|datelo|date|lasciate',
  wontNeed: 'non mi servira piu|non mi serve piu|non la usero piu',
  deepCut: 'mi sono tagliat[oa] (?:molto )?(?:profondo|a fondo)|mi sono tagliat[oa]\\b.{0,40}?\\bnon smette di sanguinare|profondo\\b.{0,30}?\\bnon smette',
  noSleep: 'non dormo da (?:giorni|notti)|(?:giorni|notti) senza dormire',
  losingMind: 'sto perdendo la testa|sto impazzendo|divento pazz[oa]',
  otherTook: 'ha preso qualcosa\\b.{0,40}?\\b(?:non si sveglia|vomita|non risponde)',
  otherGoodbye: '(?:mi ha scritto|mi ha mandato) (?:un messaggio di )?addio\\b.{0,60}?\\bnon risponde',
  otherGivesAway: 'regala le sue cose\\b.{0,80}?\\bpaura'
})

export const secondDe = secondRules({
  garage: 'auto\\b.{0,30}?\\bgarage\\b.{0,30}?\\bmotor (?:la(?:e)?uft|an)',
  readingThis: 'wenn (?:ihr|du) (?:das|dies) (?:lest|liest),? (?:bin ich|dann bin ich) nicht mehr (?:da|am leben)',
  handOn: 'soll|kriegt|bekommt|schenk',
  wontNeed: '(?:ich )?brauch(?:e)? (?:sie|ihn|es|das) nicht mehr',
  deepCut:
    'tief (?:ins|in den|in die) (?:bein|arm|oberschenkel)\\b.{0,20}?\\bgeschnitten|geschnitten\\b.{0,40}?\\b(?:ho(?:e)?rt) nicht auf (?:zu bluten)?|es hoert nicht auf zu bluten',
  noSleep: 'seit tagen kein(?:en)? schlaf|seit tagen nicht geschlafen|(?:tage|na(?:e)?chte) ohne schlaf',
  losingMind: 'verlier den verstand|verliere den verstand|werd(?:e)? verru(?:e)?ckt|dreh(?:e)? durch',
  otherTook: '(?:hat|hatte) (?:was|etwas) genommen\\b.{0,40}?\\b(?:wird nicht wach|erbricht|kotzt|reagiert nicht)',
  otherGoodbye: '(?:hat mir) (?:tschu(?:e)?ss?|adieu|lebwohl|eine abschiedsnachricht) geschrieben\\b.{0,60}?\\b(?:geht nicht ran|antwortet nicht)',
  otherGivesAway: 'verschenkt (?:ihre|seine) sachen\\b.{0,80}?\\bangst'
})
