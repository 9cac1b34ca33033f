import type { life as en } from '../en/life.ts'

/** La vida de la sala: la bienvenida, los mensajes fijados, las reacciones (issue 17). */
export const life: Record<keyof typeof en, string> = {
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
