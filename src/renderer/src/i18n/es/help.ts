import type { help as en } from '../en/help.ts'

/** “Pedir ayuda ahora”, la tarjeta de ayuda del dispositivo y las normas que Hearth sugiere. */
export const help: Record<keyof typeof en, string> = {
  'help.title': 'Pedir ayuda ahora',
  'help.intro': 'Mereces apoyo. Estas personas están listas para escucharte.',
  'help.emergency': 'Si tu vida o la de otra persona corre peligro ahora mismo, llama a tu número local de emergencias.',
  'help.emergencyFor': 'Si tu vida o la de otra persona corre peligro ahora mismo, llama al {number}.',
  'help.roomResources': 'Sugeridas por los moderadores de esta sala',
  'help.forRegion': 'Para {region}',
  'help.forElsewhere': 'Para otra región',
  'help.directory': 'Líneas de ayuda en {region}',
  'help.international': 'Líneas de ayuda',
  'help.none': 'Todavía no hay líneas de ayuda para tu región. Tu número local de emergencias siempre funciona.',
  'help.noRegion': 'Elige tu región para ver las líneas de ayuda cercanas.',
  'help.region': 'Tu región',
  'help.regionHint': 'Se usa solo en este dispositivo para elegir las líneas de ayuda.',
  'help.call': 'Llamar al {number}',
  'help.text': 'Enviar un mensaje a {what}',
  'help.website': 'Sitio web: {host}',
  'help.hours': 'Horario: {hours}',
  'help.source': 'Fuente',
  'help.checked': 'comprobado el {date}',
  'help.unsafeLink': 'Este enlace no se muestra porque no es un teléfono, un número para mensajes ni una dirección web segura.',
  'help.loading': 'Cargando las líneas de ayuda…',

  'helpCard.title': 'No tienes que cargar con esto a solas',
  'helpCard.body':
    'Lo que escribes suena muy difícil. Si quieres, hay personas con las que puedes hablar ahora mismo. Esta nota sale de una comprobación en tu dispositivo; no se envió ni se compartió nada.',
  'helpCard.urgent': 'Si estás en peligro ahora mismo, pide ayuda ya. Puedes llamar a cualquiera de estos números:',
  'helpCard.callEmergency': 'Llamar al {number} (emergencias)',
  'helpCard.noEmergency': 'Llama a tu número local de emergencias.',
  'helpCard.callLine': 'Llamar a {name}: {number}',
  'helpCard.noLine': 'Elige tu región en “Ver quién puede ayudar” para ver líneas de crisis cerca de ti.',
  'helpCard.otherTitle': '¿Te preocupa alguien?',
  'helpCard.otherBody':
    'Parece que alguien que te importa puede estar pasándolo mal o en peligro. No tienes que afrontarlo a solas: las líneas de crisis también atienden a quien se preocupa por otra persona y pueden ayudarte con qué decir y hacer. Esta nota sale de una comprobación en tu dispositivo; no se envió ni se compartió nada.',
  'helpCard.otherUrgent': 'Si esa persona está en peligro ahora mismo, pide ayuda ya. Puedes llamar a cualquiera de estos números:',
  'helpCard.open': 'Ver quién puede ayudar',
  'helpCard.openOther': 'Ver quién puede ayudarle',
  'helpCard.dismiss': 'Ahora no',

  'defaultGuidelines.text': `Te damos la bienvenida. Esta sala es para apoyarnos y escucharnos con cuidado.

1. Sé amable. Cada persona aquí carga con algo.
2. Escucha antes de aconsejar. Cuenta lo que te ayudó a ti, no lo que los demás deben hacer.
3. Nada de detalles sobre métodos de autolesión o suicidio, ni imágenes de heridas.
4. Lo que se dice aquí se queda aquí. No compartas fuera de la sala las palabras ni los datos de nadie.
5. Nada de ventas, spam ni enlaces que tú no abrirías.
6. Si estás en peligro, usa “Pedir ayuda ahora” o llama a tu número local de emergencias. Esta sala no es un servicio de emergencias.

Los moderadores pueden ocultar mensajes y silenciar o bloquear a quien no respete estas normas. Cada acción aparece en el registro de moderación.`
}
