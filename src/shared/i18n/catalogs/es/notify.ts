import type { Messages } from '../../catalog';

/**
 * Desktop notifications: the heads-up before a break, and the few notices main sends on its own. Titles
 * are short (the system cuts them at about 40 characters); bodies may run to two or three lines.
 */
export const notify = {
  microWarningTitle: 'Pausa para estirar en {time}',
  longWarningTitle: 'Pausa larga en {time}',
  warningBody: 'A continuación: {title}',
  microOfferTitle: 'Pausa para estirar: cuando puedas',
  longOfferTitle: 'Pausa larga: cuando puedas',
  offerBody: 'Tu pausa lleva un rato esperando. Cuando tengas un momento, prueba: {title}.',
  strictTitle: 'Primero termina esta pausa',
  strictBody:
    'El modo estricto está activado: la pausa termina cuando la completas. Después podrás suspender las pausas.',
  workedThroughTitle: 'Tu pausa sigue en curso',
  workedThroughBody: 'Si puedes, suelta el teclado y el ratón un momento. Ayuda más de lo que parece.',
  postponeLimitTitle: 'No se puede posponer más',
  postponeLimitBody: 'Esta pausa ya se pospuso todas las veces permitidas.',
  postponeAction: 'Posponer',
  skipAction: 'Omitir',
  repairedTitle: 'Unhunch reparó sus archivos',
  settingsCannotSave:
    'Unhunch no puede guardar su configuración en el lugar donde la guarda ({reason}), así que los cambios no se guardarán en esta sesión.',
  historyCannotSave:
    'Unhunch no puede guardar su historial en el lugar donde lo guarda ({reason}), así que los cambios no se guardarán en esta sesión.',
  settingsUnreadableNoCopy:
    'No se pudo leer ni copiar tu archivo de configuración, así que, por ahora, Unhunch usa la configuración predeterminada y deja el archivo como está; los cambios no se guardarán.',
  historyUnreadableNoCopy:
    'No se pudo leer ni copiar tu archivo de historial, así que, por ahora, Unhunch usa un historial vacío y deja el archivo como está; los cambios no se guardarán.',
  settingsUnreadable:
    'No se pudo leer tu archivo de configuración, así que Unhunch se inició con la configuración predeterminada. El archivo ilegible se conservó como {path}.',
  historyUnreadable:
    'No se pudo leer tu archivo de historial, así que Unhunch se inició con un historial vacío. El archivo ilegible se conservó como {path}.',
  settingsNewer:
    'Tu archivo de configuración lo escribió una versión más reciente de Unhunch. No se modificó; esta versión usa la configuración predeterminada y no guardará los cambios.',
  historyNewer:
    'Tu archivo de historial lo escribió una versión más reciente de Unhunch. No se modificó; esta versión usa un historial vacío y no guardará los cambios.',
  ownCannotSave:
    'Unhunch no puede guardar tus propios ejercicios en el lugar donde los guarda ({reason}), así que los cambios no se guardarán en esta sesión.',
  ownUnreadableNoCopy:
    'No se pudo leer ni copiar tu archivo de ejercicios propios, así que Unhunch se inició sin tus propios ejercicios y deja el archivo como está; los cambios no se guardarán.',
  ownUnreadable:
    'No se pudo leer tu archivo de ejercicios propios, así que Unhunch se inició sin tus propios ejercicios. El archivo ilegible se conservó como {path}.',
  ownNewer:
    'Tu archivo de ejercicios propios lo escribió una versión más reciente de Unhunch. No se modificó; esta versión se inicia sin tus propios ejercicios y no guardará los cambios.',
  ownNoCopy:
    'Unhunch no pudo conservar una copia de tu archivo de ejercicios propios, así que deja el archivo como está; los cambios no se guardarán.',
  ownWholeFile:
    'Tu archivo de ejercicios propios no tenía la estructura esperada, así que Unhunch se inició sin tus propios ejercicios.',
  ownSetAside: {
    one: 'En tus propios ejercicios, {count} entrada estaba dañada y se apartó.',
    many: 'En tus propios ejercicios, {count} entradas estaban dañadas y se apartaron.',
    other: 'En tus propios ejercicios, {count} entradas estaban dañadas y se apartaron.',
  },
  ownFixed: {
    one: 'En tus propios ejercicios se reparó {count} problema.',
    many: 'En tus propios ejercicios se repararon {count} problemas.',
    other: 'En tus propios ejercicios se repararon {count} problemas.',
  },
  settingsNoCopy:
    'Unhunch no pudo conservar una copia de tu archivo de configuración, así que deja el archivo como está; los cambios no se guardarán.',
  historyNoCopy:
    'Unhunch no pudo conservar una copia de tu archivo de historial, así que deja el archivo como está; los cambios no se guardarán.',
  repairedKeptAs: '{repairs} Tu archivo anterior se conservó como {path}.',
  settingsReset:
    'Algunos ajustes no eran válidos y se restablecieron a sus valores predeterminados: {fields}.',
  settingsResetMore: {
    one: 'Algunos ajustes no eran válidos y se restablecieron a sus valores predeterminados: {fields} y {count} más.',
    many: 'Algunos ajustes no eran válidos y se restablecieron a sus valores predeterminados: {fields} y {count} más.',
    other:
      'Algunos ajustes no eran válidos y se restablecieron a sus valores predeterminados: {fields} y {count} más.',
  },
  settingsWholeFile: 'el archivo completo',
  historyStartedNew:
    'Tu archivo de historial no tenía la estructura esperada, así que Unhunch empezó un historial nuevo.',
  historyEntriesUnreadable: {
    one: 'No se pudo leer {count} entrada del historial y se omitió.',
    many: 'No se pudieron leer {count} entradas del historial y se omitieron.',
    other: 'No se pudieron leer {count} entradas del historial y se omitieron.',
  },
  historyRolledUp: {
    one: 'Tu historial tenía más de {count} entrada detallada, así que los días más antiguos se resumieron en totales diarios. Tu archivo anterior se conservó como {path}.',
    many: 'Tu historial tenía más de {count} entradas detalladas, así que los días más antiguos se resumieron en totales diarios. Tu archivo anterior se conservó como {path}.',
    other:
      'Tu historial tenía más de {count} entradas detalladas, así que los días más antiguos se resumieron en totales diarios. Tu archivo anterior se conservó como {path}.',
  },
  historyTooLarge:
    'Tu historial es más grande de lo que Unhunch conserva y no se pudo hacer una copia, así que se deja como está; los cambios no se guardarán.',
  rotationNewCycle:
    'Ya pasaste por todas las opciones de este tipo de pausa, así que la rotación vuelve a empezar.',
  rotationNoLongOption:
    'No hay nada más largo que encaje con el lugar donde estás ahora, así que aquí tienes algo más corto.',
  rotationEverythingExcluded:
    'Todo lo que encaja en esta pausa está marcado como «No es para mí» o necesita un lugar en el que no estás, así que aquí tienes una revisión de postura rápida.',
} satisfies Messages['notify'];
