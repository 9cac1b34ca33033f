/**
 * Common words of each language, as extra training lines for the language-ID model only (the
 * distress model never sees them). Short drafts are mostly these words, so they decide the language.
 */
export const languageWords: Record<'en' | 'es' | 'de' | 'fr' | 'pt' | 'it', string[]> = {
  en: [
    'the and is are was were have has had been will would could should',
    'i you he she we they me my your his her our their it this that',
    "not don't can't won't i'm it's what when where why how who just really",
    'want feel think know need going get got today tonight tomorrow again anymore',
    'so very too much more nothing everything everyone nobody always never'
  ],
  es: [
    'el la los las un una y es son era fue he ha han estoy está estás',
    'yo tú él ella nosotros me te se mi tu su nuestro esto eso aquí',
    'no nunca ya más muy también pero porque cuando donde qué cómo quién',
    'quiero siento pienso sé necesito voy tengo hoy mañana noche otra vez',
    'nada todo todos nadie siempre contigo conmigo después antes ahora'
  ],
  de: [
    'der die das ein eine und ist sind war waren habe hat hatte bin bist',
    'ich du er sie wir ihr mich mir mein dein sein unser dies das hier',
    'nicht nie kein keine mehr sehr auch aber weil wenn wo was wie wer',
    'will möchte fühle denke weiß brauche gehe heute morgen nacht wieder',
    'nichts alles alle niemand immer jetzt dann schon noch gar doch'
  ],
  fr: [
    'le la les un une et est sont était ai as a ont suis es sommes',
    'je tu il elle nous vous ils me te se mon ma mes ton ta ce cette ici',
    'ne pas jamais plus très aussi mais parce quand où quoi comment qui',
    'veux sens pense sais besoin vais aujourd’hui demain soir encore',
    'rien tout tous personne toujours maintenant après avant déjà ça'
  ],
  pt: [
    'o a os as um uma e é são era foi tenho tem têm estou está estão',
    'eu você ele ela nós me te se meu minha seu sua isso isto aqui',
    'não nunca já mais muito também mas porque quando onde que como quem',
    'quero sinto penso sei preciso vou hoje amanhã noite de novo',
    'nada tudo todos ninguém sempre agora depois antes tô tá pra vocês'
  ],
  it: [
    'il lo la i gli le un una e è sono era ho hai ha abbiamo hanno',
    'io tu lui lei noi voi mi ti si mio mia tuo tua questo quello qui',
    'non mai più molto anche ma perché quando dove che come chi',
    'voglio sento penso so bisogno vado oggi domani notte di nuovo',
    'niente tutto tutti nessuno sempre adesso dopo prima già sto sei'
  ]
}
