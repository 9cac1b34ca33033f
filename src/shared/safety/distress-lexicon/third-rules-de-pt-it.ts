import { A, rule, S } from './rule.ts'
import { finality, givenAway, letterForEach, betterIfGone, dayIsSet } from './third-shared.ts'
import type { DistressRule } from './types.ts'

/** German, Portuguese and Italian rules of issue 14's third pass; see third-rules.ts for what the families are. */

export const thirdDe: DistressRule[] = [
  rule(
    'Tabletten und Alkohol',
    S,
    'urgent',
    /\b(?:tabletten|packung|schlaftabletten|medikamente)\b.{0,30}?\b(?:eine |die )?flasche (?:wodka|whisky|wein|schnaps|rum|gin|alkohol)\b/
  ),
  finality(
    'sei nicht traurig',
    /\b(?:hab dich lieb|liebe dich|es tut mir (?:so )?leid)\b.{0,40}?\bsei nicht traurig\b|\bsei nicht traurig\b.{0,40}?\b(?:hab dich lieb|liebe dich|es tut mir (?:so )?leid)\b/,
    /\b(?:vergessen|nachholen|morgen|bald|spater|nachstes mal|reise|urlaub)\b/
  ),
  rule(
    'der ganze Medikamentenschrank',
    A,
    'urgent',
    /\balles?\b.{0,20}?\b(?:genommen|geschluckt)\b.{0,40}?\b(?:medikamentenschrank|hausapotheke|tabletten|medikamente)\b|\b(?:medikamentenschrank|hausapotheke)\b.{0,30}?\b(?:genommen|geschluckt|leer)\b/
  ),
  dayIsSet(
    /\b(?:heute|morgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag) ist der tag\b.{0,40}?\b(?:alles ist (?:vorbereitet|bereit|geregelt|erledigt|geplant)|es ist entschieden)\b/
  ),
  rule(
    'oben und springen',
    S,
    'urgent',
    /\b(?:balkon|dach|brucke|fenster|klippe|gleis\w*)\b.{0,60}?\b(?:ans springen|zu springen|springe|runterspringen|springen will)\b/,
    { scope: 'message' }
  ),
  rule(
    'Mittel an ihrem Platz',
    S,
    'urgent',
    /\b(?:seil|strick|waffe|pistole|gewehr|tabletten|gift)\b (?:\w+ ){0,3}?(?:in meinem|unter meinem|in meiner) (?:zimmer|schrank|schublade|rucksack|tasche|auto|bett)\b/,
    { notIn: /\b(?:springseil|wascheleine|kletter\w*|vitamin\w*)\b/ }
  ),
  letterForEach(
    /\b(?:fur|an) (?:jeden|jede|euch alle) (?:einen|je einen) (?:brief|abschiedsbrief)\b|\b(?:einen )?brief (?:fur|an) jeden (?:von euch|einzelnen)\b/
  ),
  finality(
    'sagt ihr, es tut mir leid',
    /\b(?:sagt|sag|sagen sie) (?:meiner|meinem|meinen) \w+,? (?:dass )?(?:es mir leid tut|ich (?:sie|ihn|euch|dich) (?:liebe|lieb habe|liebhabe)|es nicht (?:ihre|seine|eure|deine) schuld (?:ist|war))\b/,
    /\b(?:verspat\w*|spater|zum essen|heute abend komme)\b/
  ),
  givenAway(
    /\b(?:meine (?:ganzen )?(?:sachen|habseligkeiten)|alles)\b.{0,20}?\b(?:verschenkt|weggegeben|vermacht|verteilt)\b.{0,40}?\b(?:brauche|brauch|werde) (?:sie|es|das|die|nichts)(?: \w+)? nicht mehr\b|\bwo ich hingehe\b.{0,30}?\bbrauche\b/
  ),
  finality('wenn ich nicht mehr da bin', /\bwenn ich (?:nicht mehr (?:da|hier) bin|tot bin|nicht mehr lebe)\b/, /\b(?:urlaub|reise|verreist|im buro)\b/)
]

export const thirdPt: DistressRule[] = [
  rule(
    'remedios e alcool',
    S,
    'urgent',
    /\b(?:remedios|comprimidos|cartela|calmantes)\b.{0,30}?\b(?:uma |a )?garrafa (?:inteira )?de (?:vodka|cachaca|whisky|vinho|rum|alcool)\b/
  ),
  finality(
    'nao fica triste',
    /\b(?:te amo|desculpa|me perdoa|sinto muito)\b.{0,40}?\bnao (?:fica|fique) triste\b|\bnao (?:fica|fique) triste\b.{0,40}?\b(?:te amo|desculpa|me perdoa|sinto muito)\b/,
    /\b(?:esqueci|compenso|amanha|logo|depois|proxima|viagem|ferias)\b/
  ),
  rule('o armario de remedios', A, 'urgent', /\b(?:tomei|engoli)\b.{0,10}?\btudo\b.{0,40}?\b(?:armario de remedios|remedios|comprimidos|farmacinha)\b/),
  dayIsSet(/\b(?:hoje|amanha|segunda|terca|quarta|quinta|sexta|sabado|domingo) e o dia\b.{0,40}?\b(?:tudo (?:pronto|preparado|resolvido|arrumado|decidido))\b/),
  rule('tomei tudo', A, 'urgent', /\b(?:ja )?(?:tomei|engoli) tudo\b/, { notIn: /\b(?:cafe|sopa|suco|agua|prato|comida|sorvete|cerveja|banho)\b/ }),
  rule(
    'meios no lugar',
    S,
    'urgent',
    /\b(?:corda|arma|revolver|remedios|comprimidos|veneno)\b (?:\w+ ){0,2}?(?:no meu|na minha|debaixo da minha|embaixo da minha) (?:quarto|armario|gaveta|mochila|carro|cama)\b/,
    { notIn: /\b(?:de pular|varal|escalada|vitaminas)\b/ }
  ),
  betterIfGone(/\b(?:melhor|mais felizes|mais facil) se eu (?:nao existisse|nao estivesse (?:mais )?aqui|morresse|sumisse|nunca tivesse nascido)\b/),
  letterForEach(/\b(?:escrevi|deixei) (?:uma )?cartas? (?:para|a) cada (?:um|uma)\b|\buma carta para cada (?:um|uma|\w+)\b/),
  finality(
    'diz que eu sinto muito',
    /\b(?:diz|diga|digam|fala|falem|avisa|avisem) (?:para|a|ao) (?:o |a |os |as )?(?:minha|meu|meus|minhas) (?:\w+ ){0,2}?que (?:\w+ ){0,4}?(?:sinto muito|(?:eu )?(?:a|o|os|as) amo|amo (?:ela|ele|eles|voces)|me perdoe\w*|desculpa|nao (?:foi|e) culpa (?:dela|dele|deles|de ninguem))\b/,
    /\b(?:atrasad[oa]|vou chegar|nao vou (?:ao|a|na|no)|jantar|almoco|festa|amanha)\b/
  ),
  givenAway(/\b(?:dei|doei|distribui|deixei)\b.{0,60}?\bnao (?:vou|irei) (?:mais )?precisar\b|\bpara onde eu vou\b.{0,30}?\bprecis\w*/),
  finality(
    'quando eu nao estiver mais aqui',
    /\bquando eu (?:nao estiver mais (?:aqui|vivo|viva)|me for para sempre|morrer)\b/,
    /\b(?:ferias|viagem|viajando|trabalho)\b/
  )
]

export const thirdIt: DistressRule[] = [
  rule(
    'pastiglie e alcol',
    S,
    'urgent',
    /\b(?:pastiglie|pillole|blister|compresse|sonniferi)\b.{0,30}?\b(?:una |la )?bottiglia (?:intera )?di (?:vodka|whisky|vino|rum|gin|alcol)\b/
  ),
  finality(
    'non essere triste',
    /\b(?:ti voglio bene|ti amo|scusa|mi dispiace)\b.{0,40}?\bnon essere trist[ae]\b|\bnon essere trist[ae]\b.{0,40}?\b(?:ti voglio bene|ti amo|scusa|mi dispiace)\b/,
    /\b(?:dimenticato|rimedio|domani|presto|dopo|prossima|viaggio|vacanza)\b/
  ),
  rule(
    'tutto l armadietto',
    A,
    'urgent',
    /\b(?:preso|ingoiato|mandato giu)\b.{0,10}?\btutto\b.{0,40}?\b(?:armadietto|medicinali|medicine|pastiglie|pillole)\b/
  ),
  dayIsSet(
    /\b(?:oggi|domani|stasera|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica) e il giorno\b.{0,40}?\btutto (?:pronto|preparato|sistemato|deciso)\b/
  ),
  rule(
    'mezzi al loro posto',
    S,
    'urgent',
    /\b(?:corda|pistola|fucile|pillole|pastiglie|veleno)\b (?:\w+ ){0,2}?(?:in camera mia|nella mia (?:stanza|camera|borsa|macchina)|nel mio (?:armadio|cassetto|zaino))\b/,
    { notIn: /\b(?:per saltare|stendere|arrampicata|vitamine)\b/ }
  ),
  betterIfGone(/\b(?:meglio|piu felici|piu facile) se (?:io )?(?:non ci fossi (?:piu)?|morissi|sparissi|non esistessi|non fossi mai nat[oa])\b/),
  letterForEach(
    /\b(?:scritto|lasciato) (?:una )?letter[ae] (?:a|per) (?:ognuno|ognuna|ciascuno|ciascuna)\b|\buna lettera per (?:ognuno|ognuna|ciascuno|ciascuna)\b/
  ),
  finality(
    'dite che mi dispiace',
    /\b(?:dite|di|dica|dille|ditele|ditegli|digli) (?:a )?(?:mia|mio|miei|mie) (?:\w+ ){0,2}?che (?:\w+ ){0,4}?(?:mi dispiace|(?:le|gli|vi) voglio bene|(?:la|lo|li|vi) amo|non e colpa (?:sua|loro|vostra))\b/,
    /\b(?:in ritardo|per cena|stasera non|alla festa|domani)\b/
  ),
  givenAway(
    /\b(?:regalato|dato via|dato|lasciato) (?:via )?(?:tutte )?(?:le mie cose|tutto|la mia roba)\b.{0,40}?\bnon (?:mi )?serv\w* piu\b|\b(?:regalato|dato via|lasciato)\b.{0,60}?\bnon mi serviranno piu\b|\bdove vado non (?:mi )?serv\w*/
  ),
  finality(
    'quando non ci saro piu',
    /\bquando non ci saro piu\b|\bquando (?:saro mort[oa]|me ne saro andat[oa] per sempre)\b/,
    /\b(?:vacanza|viaggio|in ufficio)\b/
  )
]
