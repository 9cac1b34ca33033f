import { A, H, rule, S } from './rule.ts'
import type { DistressRule } from './types.ts'

/**
 * Phrase families added to the Spanish, German, French, Portuguese and Italian lexicons in issue
 * 14's second pass, from the training drafts only: farewells that ask people not to grieve, letters
 * to be found, plans decided with a time, means put aside, and indirect wishes to be gone. Patterns
 * run on normalised text (lower case, no accents); bounded quantifiers only.
 */
const farewell = (pattern: RegExp): DistressRule =>
  rule('farewell asking not to grieve', A, 'urgent', pattern, { scope: 'message', negatable: false, selfOnly: false })

export const widerEs: DistressRule[] = [
  farewell(/\b(?:los|las) quiero (?:mucho|a todos|a todas)\b.{0,60}\bno (?:lloren|esten tristes|se culpen)\b|\bno (?:lloren|se culpen) por mi\b/),
  rule(
    'carta que encontraran',
    A,
    'urgent',
    /\b(?:les|te) dejo una carta\b(?! de (?:recomendacion|presentacion|motivacion))|\bcartas?\b.{0,60}\bla (?:encontraran|van a encontrar)\b/,
    {
      selfOnly: false
    }
  ),
  rule(
    'decidido con fecha',
    S,
    'urgent',
    /\b(?:ya )?decidi,? (?:que )?(?:es|sera|va a ser) (?:este |el |esta )?(?:hoy|noche|manana|lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana)$/
  ),
  rule('no despertar', S, 'concern', /\b(?:pido|ruego|rezo)\b[^.]{0,20}\bno (?:despertar|volver a despertar)\b|\bno quiero (?:estar|seguir) en este mundo\b/, {
    negatable: false,
    timingEscalates: false
  }),
  rule(
    'ganas de cortarme',
    H,
    'concern',
    /\bganas (?:\w+ ){1,2}de (?:cortarme|lastimarme|hacerme dano|quemarme)\b|\b(?:queme|corte|golpee)\b[^.]{0,30}\ba proposito\b/
  )
]

export const widerDe: DistressRule[] = [
  farewell(/\bhabe euch (?:alle )?lieb\b.{0,60}\b(?:seid nicht traurig|gebt euch nicht die schuld|weint nicht)\b/),
  rule(
    'entschieden mit Zeit',
    S,
    'urgent',
    /\b(?:habe mich entschieden|es ist entschieden|es steht fest)\b[^.]{0,30}\b(?:ist es so weit|passiert es|mache ich es|tue ich es)$/,
    { negatable: false }
  ),
  rule('Mittel bereit', S, 'urgent', /\bgesammelt\b[^.]{0,25}\bgenug\b|\b(?:seil|strick)\b (?:liegt|ist|hangt) (?:schon |bereit )/),
  rule(
    'nicht mehr da sein',
    S,
    'concern',
    /\b(?:wunsche|wunschte|will|mochte|wurde gern)\b[^.]{0,30}\bnicht mehr da (?:zu )?sein\b|\b(?:leichter|besser(?: dran)?)\b[^.]{0,20}\bwenn ich (?:weg|tot|nicht mehr da|nicht mehr hier) (?:ware|war|waer|bin)\b/,
    { negatable: false, timingEscalates: false }
  ),
  rule(
    'Arm aufgeschnitten',
    H,
    'concern',
    /\b(?:arm|arme|handgelenk|handgelenke|haut|bein|beine)\b[^.]{0,15}\b(?:aufgeschnitten|aufgeritzt|geritzt)\b|\bmit der klinge\b/
  )
]

export const widerFr: DistressRule[] = [
  farewell(/\bje vous aime (?:tous|toutes)\b.{0,60}\bne (?:soyez pas tristes|pleurez pas|vous en voulez pas)\b|\bne pleurez pas pour moi\b/),
  rule('lettre a trouver', A, 'urgent', /\blettres?\b.{0,60}\b(?:la|les) trouver(?:a|ont)\b/, { scope: 'message', selfOnly: false }),
  rule(
    'decide avec une date',
    S,
    'urgent',
    /\b(?:c'est decide|j'ai decide|ma decision est prise),? (?:ce sera|ca sera|c'est) (?:ce soir|cette nuit|demain|ce week-end|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: matin| soir)?$|\b(?:vais|irai)\b[^.]{0,20}\b(?:au|sur le) pont\b[^.]{0,20}\bje (?:saute|me jette)\b/,
    { negatable: false }
  ),
  rule('plus de raison de continuer', S, 'concern', /\b(?:vois|trouve) plus (?:aucune )?(?:raison|sens) (?:de|a) (?:continuer|vivre)\b/, {
    negatable: false,
    timingEscalates: false
  }),
  rule('au bout du rouleau', A, 'concern', /\bau bout du rouleau\b/)
]

export const widerPt: DistressRule[] = [
  farewell(/\bamo voces\b.{0,60}\bnao (?:fiquem tristes|chorem|se culpem)\b|\bnao chorem por mim\b/),
  rule('carta a encontrar', A, 'urgent', /\bcartas?\b.{0,60}\b(?:vao|vai) (?:achar|encontrar)\b/, { scope: 'message', selfOnly: false }),
  rule('vou pular da ponte', S, 'urgent', /\b(?:vou|irei)\b[^.]{0,20}\bponte\b[^.]{0,20}\b(?:pular|me jogar)\b/, { negatable: false }),
  rule(
    'meios guardados',
    S,
    'urgent',
    /\b(?:juntei|guardei|juntando|guardando)\b[^.]{0,20}\b(?:remedios|comprimidos|pilulas)\b[^.]{0,30}?\b(?:semanas|meses|suficiente)\b|\b(?:corda|arma)\b (?:esta|ta) (?:no meu quarto|na minha mao|na mochila|comigo|no carro)\b/
  ),
  rule(
    'sem motivo para viver',
    S,
    'concern',
    /\bnao vejo (?:mais )?(?:motivo|razao|sentido) (?:para|de|em) (?:continuar|viver|seguir)\b|\bdormir e (?:nunca mais|nao) acordar\b/,
    { negatable: false, timingEscalates: false }
  )
]

export const widerIt: DistressRule[] = [
  farewell(/\bvi voglio bene\b.{0,60}\bnon (?:siate tristi|piangete|datevi la colpa)\b|\bnon piangete per me\b/),
  rule('lettera da trovare', A, 'urgent', /\blettera\b.{0,60}\b(?:la|le) troveranno\b/, { scope: 'message', selfOnly: false }),
  rule(
    'mezzi da parte',
    S,
    'urgent',
    /\b(?:messo da parte|conservato|accumulato|raccolto)\b[^.]{0,15}\b(?:pastiglie|pillole|compresse|farmaci|medicine)\b[^.]{0,30}?\b(?:settimane|mesi|abbastanza)\b|\b(?:mandato giu|ingoiato|buttato giu) tutt[ao] (?:la|il|le|i) (?:boccetta|scatola|confezione|flacone|blister|pastiglie|pillole|compresse)\b|\b(?:vado|andro)\b[^.]{0,20}\bponte\b[^.]{0,20}\bmi (?:butto|lancio)\b/
  ),
  rule(
    'nessun motivo per andare avanti',
    S,
    'concern',
    /\bnon vedo piu (?:nessun |alcun )?(?:motivo|senso|ragione) (?:per|di) (?:andare avanti|vivere|continuare)\b/,
    {
      negatable: false,
      timingEscalates: false
    }
  )
]
