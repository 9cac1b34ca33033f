import type { life as en } from '../en/life.ts'

/** La vida de la sala: la bienvenida, los mensajes fijados, las reacciones (issue 17). */
export const life: Record<keyof typeof en, string> = {
  'export.title': 'Tus datos',
  'export.what':
    'Guarda una copia de tus salas, tus mensajes, tus acciones de moderación y tus ajustes: una página para leer y un archivo para conservar. No contiene claves ni mensajes de otras personas.',
  'export.button': 'Exportar mis datos',
  'export.working': 'Exportando…',
  'export.done':
    'Se {rooms, plural, one {guardó # sala} other {guardaron # salas}} y {messages, plural, one {# mensaje} other {# mensajes}}. Abre esta página para leerlo:',
  'life.welcomeTitle': 'Bienvenida',
  'life.welcomeDismiss': 'Entendido',
  'life.pinnedTitle': 'Fijados',
  'life.pinnedUnavailable': 'Este mensaje fijado aún no está disponible en este dispositivo.',
  'life.sessionsTitle': 'Sesiones',
  'life.sessionMinutes': '{minutes, number} min',
  'life.repeat.none': 'Una vez',
  'life.repeat.daily': 'Cada día',
  'life.repeat.weekly': 'Cada semana',
  'life.repeat.fortnightly': 'Cada dos semanas',
  'life.repeat.monthly': 'Cada mes',
  'life.pin': 'Fijar',
  'life.unpin': 'Desfijar',
  'life.reactions': 'Reacciones',
  'reaction.heard': 'Te escucho',
  'reaction.strength': 'Te mando fuerzas',
  'reaction.hug': 'Un abrazo',
  'reaction.same': 'Me pasa igual',
  'reaction.thanks': 'Gracias',
  'reaction.count': '{label}: {count, plural, one {# persona} other {# personas}}'
}
