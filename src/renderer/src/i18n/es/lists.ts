import type { lists as en } from '../en/lists.ts'

/** Listas de bloqueo compartidas en la consola de moderación y en el registro. */
export const lists: Record<keyof typeof en, string> = {
  'mod.tab.lists': 'Listas de bloqueo',
  'lists.intro':
    'Una lista de bloqueo reúne frases y sitios web que los mensajes de aquí no pueden contener. Otras salas pueden seguir tu lista, y esta sala puede seguir las suyas. Las listas nombran palabras y enlaces, nunca personas: cada persona tiene una identidad distinta en cada sala.',
  'lists.careful':
    'Nunca pongas en la lista palabras que la gente necesita para decir que lo está pasando mal, como «suicidio» o «autolesión»: silenciarías a las personas para las que existe esta sala.',
  'lists.ownTitle': 'La lista de esta sala',
  'lists.ownVersion': 'Versión {version, number}: {phrases, plural, one {# frase} other {# frases}} y {links, plural, one {# sitio web} other {# sitios web}}',
  'lists.ownNone': 'Esta sala aún no tiene lista de bloqueo.',
  'lists.name': 'Nombre de la lista',
  'lists.phrases': 'Frases, una por línea',
  'lists.links': 'Sitios web, uno por línea (por ejemplo spam.example)',
  'lists.publish': 'Publicar la lista',
  'lists.published': 'Publicada. Las salas que siguen esta lista la reciben del moderador que las suscribió.',
  'lists.nameMissing': 'Ponle un nombre a la lista.',
  'lists.followedTitle': 'Listas que sigue esta sala',
  'lists.followedNone': 'Esta sala no sigue la lista de ninguna otra sala.',
  'lists.followedItem': '«{name}» de {source}, versión {version, number}: {count, plural, one {# entrada} other {# entradas}}',
  'lists.unfollow': 'Dejar de seguir',
  'lists.unfollowed': 'Esta sala ya no sigue esa lista. Sus entradas ya no se aplican aquí.',
  'lists.followTitle': 'Seguir la lista de otra sala',
  'lists.followWhich': 'Sala',
  'lists.followNoRooms': 'No estás en otra sala de la que puedas seguir una lista.',
  'lists.follow': 'Seguir su lista',
  'lists.followed': 'Esta sala sigue ahora esa lista. Sus entradas se aplican desde ahora a los mensajes de aquí.',
  'lists.followNote':
    'Quienes están aquí verán en el registro de moderación que sigues una lista de esa sala, y por tanto que estás en ella. Las nuevas versiones llegan a través de este dispositivo, mientras esté conectado.',
  'log.listPublish': 'Publicó la versión {version, number} de la lista de bloqueo «{name}»',
  'log.listSubscribe': 'Empezó a seguir la lista de bloqueo «{name}» de {source}',
  'log.listUpdate': 'La lista de bloqueo «{name}» de {source} pasó a la versión {version, number}',
  'log.listUnsubscribe': 'Dejó de seguir la lista de bloqueo «{name}» de {source}'
}
