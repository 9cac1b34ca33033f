import { A, H, rule, S, words } from './rule.ts'
import { fourthPt } from './fourth-rules.ts'
import { secondPt } from './fourth-rules-second.ts'
import { thirdPt } from './third-rules-de-pt-it.ts'
import { widerPt } from './wider-rules.ts'
import type { DistressLexicon } from './types.ts'

/**
 * Portuguese (Brazil and Portugal). Patterns run on normalised text: lower case, accents removed
 * ("não" → "nao", "ação" → "acao"), chat shorthand expanded ("tô" → "estou", "pra" → "para",
 * "vc" → "voce"). "quero me matar" is about the writer, "quer se matar" about someone else;
 * "meu chefe vai me matar" is an idiom. Bounded quantifiers only.
 */

const PILLS = '(?:remedios?|comprimidos|pilulas|medicamentos?|calmantes|antidepressivos|paracetamol|ibuprofenos?|rivotril|dipirona)'
const TIME =
  '(?:hoje a noite|hoje|amanha|agora(?: mesmo)?|esse fim de semana|este fim de semana|no fim de semana|(?:na |no )?(?:segunda|terca|quarta|quinta|sexta|sabado|domingo))'
const ACCIDENT = /\b(?:cozinh\w*|faca de cozinha|jogando|futebol|academia|joelho|cabelo|unhas?|sem querer|acidente|tropecei|cai|bicicleta|barba|depil\w*)\b/
const FAREWELL_NOT = /\b(?:ate (?:amanha|logo|mais|a semana|segunda|breve)|boa noite|ferias|viagem|bom fim de semana|volto)\b/

/** "não aguento mais esse calor": everyday annoyances, not a crisis. */
const TRIVIAL_PT =
  /^,? (?:de |com )?(?:esse|essa|esses|essas|este|esta|o|a|os|as|do|da|isso de) ?(?:calor|frio|chuva|transito|onibus|metro|barulho|vizinh[oa]s?|professor\w*|prof|chefe|provas?|dever|tarefa|fila|internet|wifi|dor de cabeca|calorao|sol|mosquitos?|cachorro|gato|engarrafamento|trabalho d[aoe] (?:faculdade|facul|escola|curso))\b/

const rules = [
  // --- suicide ---
  rule('quero morrer', S, 'concern', /\b(?:quero|queria|gostaria de|vontade de|preciso|desejo) (?:so |apenas |muito |tanto )?morrer\b/, {
    notAfter: /^ de (?:rir|vergonha|saudade|fome|calor|frio|tedio|sono|inveja|cansaco)/
  }),
  rule(
    'nao quero viver',
    S,
    'concern',
    /\bnao (?:quero|aguento) (?:mais )?(?:viver|continuar vivendo|continuar a viver|existir|estar aqui|acordar)\b|\bcansei de viver\b|\bnao faz sentido continuar\b|\bparar de viver\b|\bo suicidio nao sai da minha cabeca\b|\b(?:cansad[oa]|fart[oa]) (?:de viver|da vida)\b|\bperdi a vontade de viver\b/,
    { negatable: false, timingEscalates: false }
  ),
  rule(
    'me matar',
    S,
    'concern',
    /(?<!\b(?:vai|vao|ia|iam) )\bme (?:matar|suicidar|enforcar|jogar (?:da|do|de|na frente|pela|embaixo))\b|\bme (?:mato|mataria|suicido|suicidaria)\b|\b(?:tirar|por fim a|pôr fim a|acabar com) (?:a )?minha (?:propria )?vida\b|\bpor termo a vida\b|\bmatar-me\b|\bsuicidar-me\b/,
    { notAfter: /^ (?:de (?:trabalhar|estudar|rir|trabalho)|trabalhando|estudando|na academia)/ }
  ),
  rule(
    'pensamentos suicidas',
    S,
    'concern',
    /\b(?:pensamentos|ideias|ideacao|vontades|impulsos) suicidas?\b|^suicida\b|\b(?:me sinto|estou|sou|me sentindo|de novo) (?:muito |tao |meio |de novo )?suicida\b/
  ),
  rule(
    'melhor sem mim',
    S,
    'concern',
    /\bmelhor sem mim\b|\bninguem (?:ia|iria|vai) sentir (?:a )?minha falta\b|\bninguem liga (?:se eu (?:vivo ou morro|morrer|sumir))\b/,
    { negatable: false, selfOnly: false, timingEscalates: false }
  ),
  rule(
    'sem sentido',
    S,
    'concern',
    /\bnao (?:vejo|tem|encontro) (?:mais )?(?:nenhum )?sentido (?:em |de |na )?(?:viver|continuar|nada|vida)\b|\ba vida nao vale a pena\b|\bpara que continuar(?: vivendo)?\b|\bnao tenho (?:motivos?|razao|razoes) para viver\b|\bnada (?:mais )?faz sentido\b|\bminha vida nao tem sentido\b/,
    { negatable: false, timingEscalates: false }
  ),
  rule('sumir', S, 'concern', /\b(?:quero|queria|vontade de) (?:so )?(?:sumir|desaparecer)(?: para sempre| de vez|$)/, { timingEscalates: false }),
  rule(
    'nao acordar',
    S,
    'concern',
    /\b(?:dormir|queria dormir) e nao acordar(?: mais)?\b|\btomara que eu nao acorde\b|\bnunca ter nascido\b|\b(?:preferia|queria|gostaria de) (?:de verdade )?estar mort[oa]\b|\bseria melhor se eu (?:estivesse mort[oa]|morresse)\b/,
    { negatable: false, timingEscalates: false }
  ),
  rule('sou um peso', S, 'concern', /\bsou (?:um|uma) (?:peso|fardo|estorvo)\b/, { timingEscalates: false }),
  rule(
    'morte alivio',
    S,
    'concern',
    /\b(?:a morte|morrer)\b(?: \w+){0,3} (?:parece|seria|e) (?:um |uma |a )?(?:alivio|mais facil|solucao|unica saida)\b|\bmeu (?:proprio )?enterro\b|\ba unica saida (?:que vejo )?e (?:me matar|morrer)\b/,
    { timingEscalates: false }
  ),
  rule(
    'acabar com tudo',
    S,
    'concern',
    /\b(?:acabar|acabo) com tudo\b(?! (?:o|a|os|as|isso|isto|esse|essa|este|esta|meu|minha|meus|minhas|que)\b)|\bpor fim a tudo\b/
  ),
  rule(
    'penso em suicidio',
    S,
    'concern',
    /\b(?:penso|pensando|pensar|considerando) (?:\w+ ){0,2}?(?:em )?(?:suicidio|me matar|tirar minha vida)\b|\bo suicidio nao sai da minha cabeca\b/
  ),
  rule(
    'pular',
    S,
    'concern',
    /\b(?:pular|me jogar|me atirar|pulo) (?:da|do|de|na frente do|na frente de um|pela) (?:ponte|janela|predio|telhado|varanda|sacada|penhasco|trem|metro|carro|onibus|caminhao)\b/
  ),
  // --- urgent: means at hand, an act taken, a plan with a time, a farewell ---
  rule(
    'meios a mao',
    S,
    'urgent',
    new RegExp(
      String.raw`\b(?:${PILLS}|cartelas?)\b[^.]{0,40}?\b(?:na minha frente|na frente|na mao|do meu lado|ao meu lado|enfileirad[oa]s|prontos|separad[oa]s|aqui comigo)\b|\b(?:juntando|guardando|acumulando|estocando) (?:\w+ ){0,2}?${PILLS}\b|\b${PILLS} (?:guardados )?suficientes\b|\b(?:arma|revolver|pistola|espingarda)\b(?: \w+){0,5}? carregad[oa]\b|\bcarreguei (?:a|o) (?:arma|revolver|pistola)\b|\b(?:comprei|arrumei|preparei|fiz) (?:uma |a |um )?(?:corda|no de forca|forca)\b|\b(?:faca|lamina|gilete)\b (?:\w+ ){0,2}?(?:no|contra o|sobre o) (?:meu )?(?:pulso|braco|pescoco)\b|\b(?:arma|revolver|pistola|corda|remedios)\b[^.]{0,40}\bnao paro de pensar\b|\b(?:lamina|gilete|faca)\b[^.]{0,40}\b(?:do meu lado|ao meu lado|na mao)\b|\b(?:plataforma|trilhos?|varanda|sacada|telhado|janela)\b[^.]{0,40}\b(?:quero pular|pensando em pular|vou pular)\b|\bcarvao e fita\b`
    ),
    { negatable: false, notIn: /\b(?:varal|escalada|pular corda)\b/ }
  ),
  rule(
    'no telhado',
    S,
    'urgent',
    /\b(?:estou|sentad[oa]|em pe) (?:\w+ ){0,2}?(?:no|na|em cima do|em cima da|na beira do|na beira da) (?:telhado|ponte|penhasco|trilhos?|parapeito|laje|beira)\b/,
    {
      notIn:
        /\b(?:esperando|aguardando|onibus|carro|transito|engarrafamento|fotos?|passeando|turistas?|vista|barco|bicicleta|correndo|caminhando|por do sol|consert\w*|antena|churrasco)\b/
    }
  ),
  rule(
    'overdose',
    A,
    'urgent',
    new RegExp(
      String.raw`\b(?:overdose|superdosagem)\b|\b(?:tomei|engoli|bebi|acabei de tomar|acabei de engolir|ja tomei) (?:uma |um |a |o )?(?:cartela|caixa|frasco|vidro|monte|punhado) (?:inteir[oa] )?(?:de )?(?:\w+ ){0,3}?${PILLS}\b|\bja tomei (?:os|meus) ${PILLS}\b|\b(?:tomei|engoli|ja tomei|acabei de tomar) (?:todos (?:os |meus )?|(?:uns |umas |mais de |cerca de )?\d{2,3} )(?:\w+ ){0,2}?${PILLS}\b|\b(?:bebi|tomei|engoli) (?:\w+ ){0,2}?(?:agua sanitaria|veneno|soda caustica|chumbinho|raticida|alvejante)\b|\btentei me enforcar\b`
    )
  ),
  rule(
    'plano com data',
    S,
    'urgent',
    new RegExp(
      String.raw`\bja decidi\b.{0,30}\b(?:vai ser|sabado|domingo|segunda|sexta|amanha|hoje)\b|\btenho um plano e uma data\b|\bja sei como e quando\b|\bescolhi a data\b|\bpesquisei (?:a melhor forma|como me|quantos comprimidos)\b|\b${TIME} eu (?:faco|acabo com tudo|acabo com isso)\b|\beu faco ${TIME}\b|\bja tenho tudo planejado\b|\bdecidi fazer isso ${TIME}\b|\bsei como e quando vou morrer\b|\bvou tomar todos os ${PILLS}\b`
    ),
    // "já decidi" with a day is also how people announce trips and haircuts
    { notIn: /\b(?:viaj\w*|viagem|praia|ferias|festa|cabelo|dieta|academia|mudanca|jantar|cinema|show)\b/ }
  ),
  rule(
    'despedida',
    A,
    'urgent',
    /\b(?:essa|esta) e (?:a )?minha (?:despedida|ultima mensagem)\b|\bminha ultima mensagem\b|\bcartas? de despedida\b|\bquando (?:voces )?lerem isso,? (?:eu )?(?:ja )?nao (?:vou mais estar|estarei|vou estar)\b|\bnao me procurem\b|\bvou deixar este mundo\b|\bacho que nao (?:chego|vou chegar|passo) (?:a|ao|de|do) (?:amanha|fim (?:da|de) semana|sexta|segunda)\b|\bnao vou estar aqui (?:por muito tempo|amanha)\b|\bja nao vou (?:mais )?estar aqui\b|\bdigam (?:para|a) minha familia que (?:eu )?sinto muito\b|\bme despedi de todo mundo\b|\bisso e um adeus\b|\badeus a todos\b|\bobrigad[oa] por tudo\b.{0,60}\b(?:adeus|despedida|amo voces|ultima mensagem)\b|\bme despedir (?:\w+ ){0,3}de vez\b/,
    { scope: 'message', negatable: false, notIn: FAREWELL_NOT }
  ),
  // --- self-harm ---
  rule(
    'me cortar',
    H,
    'concern',
    /\bme (?:cortar|machucar|queimar|automutilar|cortando|machucando|automutilando)\b|\bme (?:corto|cortei|machuco|machuquei|queimo|queimei|bato|arranho|automutilo|automutilei)\b|\bautomutilacao\b|\bcortei (?:os|meus) pulsos\b|\bcorto (?:os|meus|as|minhas) (?:bracos|pernas|pulsos|coxas)\b|\bqueimo (?:o |meu )?braco\b|\bbato a cabeca na parede\b/,
    { notIn: ACCIDENT }
  ),
  rule(
    'laminas e cortes',
    H,
    'concern',
    /\bescond(?:o|i) (?:as )?laminas\b|\bmereco sofrer\b|\bsentir dor fisica\b|\bcortes novos\b|\bate sangrar\b|\brecaida\b(?: \w+){0,5} (?:me cortar|automutil\w*|cortes?)\b|\brecaida na automutilacao\b/
  ),
  rule(
    'fundo demais',
    H,
    'urgent',
    /\bcortei fundo demais\b|\bme cortei (?:muito |fundo )?(?:fundo|demais)\b|\bnao para de sangrar\b|\bsangrando muito\b|\bsaindo muito sangue\b|\bpreciso de pontos\b|\bsangue (?:para|por) todo lado\b/
  ),
  // --- acute crisis ---
  rule(
    'nao aguento mais',
    A,
    'concern',
    /\bnao aguento mais\b|\bnao da mais\b|\bnao consigo (?:mais )?(?:continuar|lidar|suportar)\b|\bnao suporto mais\b|\bsem forcas\b/,
    { negatable: false, notAfter: TRIVIAL_PT }
  ),
  rule(
    'no limite',
    A,
    'concern',
    /\bestou no limite\b|\b(?:estou|tudo esta|esta tudo) desmoronando\b|\bmedo do que (?:posso|eu possa|vou) fazer comigo\b|\bfazer alguma coisa comigo\b|\bprestes a fazer (?:uma )?besteira\b|\bestou em crise\b|\bsem esperanca\b|\bnao (?:vejo|tem) saida\b|\bdesisti de tudo\b|\bso quero que (?:tudo|a dor|isso) (?:acabe|pare)\b|\bnao sei mais o que fazer\b|\bestou me afogando\b|\blugar (?:muito )?escuro\b|\bnao sei quanto tempo (?:mais )?vou aguentar\b|\bsem saida\b|\bnao tem saida\b|\btudo (?:esta )?desabando\b|\bnao (?:estou|to) bem\b|\btendo uma crise\b|\bnada (?:mais )?importa\b|\bparei de tentar\b/,
    { negatable: false }
  ),
  rule('nao estou seguro', A, 'urgent', /\bnao estou (?:em )?segur[oa]\b|\bsou um perigo para mim\b/, { negatable: false }),
  // --- general forms: farewells, plans by their time, means where they lie, short forms ---
  rule(
    'despedida final',
    A,
    'urgent',
    /\b(?:voces )?nao vao (?:me ver|mais me ver) (?:de novo|mais)\b|\bnunca mais (?:vao me ver|me verao)\b|\b(?:esse|este) (?:vai ser|e) (?:o )?meu ultimo (?:post|mensagem)\b|\b(?:desculpa|desculpem|amo voces)\b[^.]{0,40}[.!]? adeus$/,
    { scope: 'message', negatable: false, selfOnly: false, notIn: FAREWELL_NOT }
  ),
  rule(
    'plano pela hora',
    S,
    'urgent',
    /\bvai ser nesse dia$|\ba data (?:esta|ta) marcada\b|\bvou fazer (?:hoje a noite|amanha)? ?quando (?:todo mundo|meus \w+|minha \w+)\b/,
    { selfOnly: false }
  ),
  rule(
    'meios a vista',
    S,
    'urgent',
    /\b(?:corda|frasco de remedio|remedios|comprimidos|arma|lamina)\b (?:\w+ ){0,2}?(?:na (?:minha )?(?:mochila|bolsa|mao|cama)|aberto na (?:minha )?cama)\b|\bsentad[oa] no parapeito da ponte\b|\bengoli o resto dos meus (?:remedios|comprimidos)\b/
  ),
  rule(
    'pronta para morrer',
    S,
    'concern',
    /\bpront[oa] (?:para|pra) morrer\b|\bpor um fio\b|\bno meu limite\b|\bmelhor sem uma (?:mae|pai|irma|irmao) como eu\b|\buma voz me mandando acabar\b/
  ),
  rule(
    'deixar de estar aqui, dito claramente',
    S,
    'concern',
    /\bse eu nao acordasse\b[^.]{0,30}\balivio\b|\bcomo deixar de estar aqui\b|\bnao quero mais essa vida\b|\bcansei de existir\b|\bpreciso que isso pare\b/,
    { negatable: false }
  ),
  // --- someone else ---
  rule(
    'quer se matar',
    S,
    'concern',
    /\bse (?:matar|mata|matou|suicidar|suicida|suicidou|enforcar|jogar)\b|\btirar a (?:propria )?vida\b|\b(?:quer|queria) morrer\b|\bnao quer mais viver\b|\bfala (?:\w+ ){0,3}em suicidio\b|\b(?:ta|esta|e) suicida\b|\bfala (?:\w+ ){0,2}?em (?:suicidio|se matar|morrer|tirar a propria vida)\b|\bmelhor sem (?:ele|ela)\b/,
    { about: 'other', negatable: false }
  ),
  rule(
    'alguem em perigo',
    A,
    'urgent',
    new RegExp(
      String.raw`\b(?:tomou|engoliu|bebeu) (?:uma |um |a |o |todos os )?(?:cartela|caixa|frasco|vidro|monte|punhado)? ?(?:de )?(?:\w+ ){0,2}?(?:${PILLS}|veneno|agua sanitaria)\b|\b(?:teve|tomou) uma overdose\b|\bvai pular\b|\bmensagem de despedida\b|\bfoto de (?:comprimidos|remedios|uma corda)\b`
    ),
    { about: 'other', negatable: false }
  ),
  rule('se corta', H, 'concern', /\bse (?:corta|cortou|machuca|machucou|automutila|queima)\b/, { about: 'other', notIn: ACCIDENT })
]

export const pt: DistressLexicon = {
  language: 'pt',
  rules: [...rules, ...widerPt, ...thirdPt, ...fourthPt, ...secondPt],
  clauseSplit: /[.!?;\n…]+|\s(?:mas|porem|embora|entretanto)\s/,
  negators: words('nao nunca jamais nem nenhum nenhuma nada'),
  negatorPhrases: /\b(?:de jeito nenhum|de forma alguma|nem pensar|nao (?:quer dizer|significa) que)\b/,
  negationBreakers: words('mas porque se e que quando'),
  negationWindow: 4,
  firstPerson: words('eu me mim comigo meu minha meus minhas estou'),
  otherPerson: words(
    'ele ela eles elas amigo amiga amigos amigas irmao irma mae pai filho filha namorado namorada marido esposa mulher companheiro companheira primo prima tio tia avo neto neta colega vizinho vizinha aluno aluna'
  ),
  prepositions: words('de do da dos das ao com para por sem'),
  genericPerson: words('alguem gente pessoas voce voces nos personagem protagonista cantor cantora'),
  idioms:
    /\b(?:quase morri|morrendo de|morri de|mort[oa] de (?:sono|cansaco|fome|rir|vergonha)|me matando|vai me matar|me mata\b|mataria por|prefiro morrer|de matar|morri\b)/,
  mediaMarkers:
    /\b(?:filme|serie|episodio|temporada|livro|romance|musica|cancao|noticias?|jornal|artigo|documentario|podcast|jogo|personagem|protagonista|cena|peca|poema|anime|novela|estatisticas?|reportagem)\b/,
  reportedSpeech: /\b(?:disse|diz|falou|fala|escreveu|postou|contou|me mandou mensagem dizendo|me contou)(?: que)?\s*$/,
  pastMarkers:
    /\b(?:ha (?:\w+ )?(?:anos|meses|muito tempo)|anos atras|na adolescencia|quando (?:eu )?era|aos \d+|no colegio|na escola|(?:19|20)\d\d|ficou no passado|antigamente|antes eu|ano passado|parei de me (?:cortar|machucar|queimar)|(?:\d+|um|uma|dois|duas|tres) (?:dias|semanas|meses|anos|ano) sem|faz \d+ dias que nao|me (?:cortava|machucava|queimava)|eu era suicida|sobrevivi|antes eu achava|passei anos|finalmente me sinto livre)\b/,
  pastOverride: /\b(?:de novo|novamente|outra vez|recai|recaida|voltei a)\b/,
  escalatorsAnywhere: new RegExp(
    String.raw`\b(?:tenho um plano|ja decidi|escolhi a data|ja sei como|(?:comprei|tenho|arrumei) (?:uma |a |o |os |meus )?(?:corda|arma|revolver|veneno|${PILLS})|carta de despedida)`
  ),
  escalatorsInClause: new RegExp(String.raw`\b(?:${TIME}|daqui a (?:uma|algumas|\d+) horas?)\b`)
}
