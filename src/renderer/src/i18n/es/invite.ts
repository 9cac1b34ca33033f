import type { invite as en } from '../en/invite.ts'

/** Hacer, pasar y revocar invitaciones. */
export const invite: Record<keyof typeof en, string> = {
  'invite.title': 'Invitar a gente',
  'invite.label': '¿Para quién es? (opcional)',
  'invite.labelHint': 'Solo lo ves tú, para reconocer la invitación más tarde. No se envía a nadie.',
  'invite.expiry': 'Vale durante',
  'invite.expiryDays': '{days, plural, =0 {hasta que la revoque} one {1 día} other {# días}}',
  'invite.uses': 'Cuántas personas pueden entrar con ella',
  'invite.usesCount': '{count, plural, =0 {sin límite} one {1 persona} other {# personas}}',
  'invite.create': 'Crear un enlace de invitación',
  'invite.link': 'Enlace de invitación',
  'invite.full': 'Invitación completa',
  'invite.fullSummary': 'Si el enlace no funciona',
  'invite.fullHint':
    'El enlace corto se consulta a través de la red, lo que requiere que este dispositivo se conecte al menos cada dos días. La invitación completa funciona sin eso: envía esa en su lugar.',
  'invite.worksUntil': 'Vale hasta el {when}.',
  'invite.worksUntilRevoked': 'Vale hasta que la revoques.',
  'invite.forPeople': '{count, plural, one {Para una persona.} other {Para hasta # personas.}}',
  'invite.shareSafely': 'Envíala en privado a las personas a quienes va dirigida. Cualquiera que tenga el enlace puede entrar mientras valga.',
  'invite.consoleHint': 'Cada invitación que creas queda en la consola de moderación, para copiarla de nuevo o revocarla.',
  'invite.openConsole': 'Abrir las invitaciones',
  'invite.askModerator':
    'Las invitaciones a esta sala las crean sus moderadores, para saber quién entra. Pide a un moderador una invitación para la persona en la que piensas.',
  'invite.madeHere': 'Invitaciones creadas en este dispositivo',
  'invite.unlabelled': 'Invitación creada el {when}',
  'invite.unlabelledOld': 'Invitación (creada por una versión anterior)',
  'invite.made': 'Creada el {when}',
  'invite.ofMax': '{count, plural, one {de 1} other {de #}}',
  'invite.noExpiry': 'no caduca',
  'invite.expires': 'vale hasta el {when}',
  'invite.ended.revoked': 'Revocada',
  'invite.ended.expired': 'Caducada',
  'invite.ended.usedUp': 'Agotada',
  'invite.copyAgain': 'Mostrar enlace',
  'invite.hideLink': 'Ocultar enlace',
  'room.invite': 'Invitar a gente',
  'privacy.addressTitle': 'Lo que otros pueden ver de tu dispositivo',
  'privacy.address':
    'Hearth te conecta directamente con las personas de una sala, sin ningún servidor en medio. Como toda conexión directa, eso les muestra tu dirección de internet (dirección IP), que puede revelar aproximadamente dónde estás, y también la ven los ordenadores que ayudan a los pares a encontrarse. Tus claves son distintas en cada sala, pero personas de dos de tus salas podrían comparar direcciones. Si eso te importa, usa una VPN o una red de confianza.'
}
