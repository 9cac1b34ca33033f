import type { search as en } from '../en/search.ts'

/** Buscar en los mensajes de una sala en este dispositivo (issue 17). */
export const search: Record<keyof typeof en, string> = {
  'search.open': 'Buscar en esta sala',
  'search.shortcut': 'Buscar en esta sala ({keys})',
  'search.title': 'Buscar en esta sala',
  'search.label': 'Palabras que buscar',
  'search.button': 'Buscar',
  'search.local': 'La búsqueda se hace solo en este dispositivo: nada de lo que escribes aquí se envía a nadie.',
  'search.empty': 'Escribe una o dos palabras para encontrar mensajes anteriores de esta sala.',
  'search.searching': 'Buscando…',
  'search.none': 'Nada aquí coincide con «{query}». Otras palabras, o menos, quizá lo encuentren.',
  'search.found': '{count, plural, one {# mensaje encontrado} other {# mensajes encontrados}}, del más reciente al más antiguo.',
  'search.more': 'Solo se muestran los {count, number} más recientes: añadir una palabra acota la búsqueda.',
  'search.scanned': 'Se han revisado {count, plural, one {# mensaje} other {# mensajes}} en este dispositivo.',
  'search.resultsLabel': 'Mensajes que coinciden',
  'search.showAll': 'Ver el mensaje entero',
  'search.showLess': 'Ver menos',
  'search.reply': 'Responder'
}
