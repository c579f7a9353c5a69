import type { Messages } from '../../catalog';

/** The player window: one exercise or routine played step by step, with a timer and spoken cues. */
export const player = {
  nothingToPlay: 'No hay nada que reproducir',
  nothingToPlayHint:
    'Empieza un estiramiento rápido desde el icono de la bandeja o elige un ejercicio en la biblioteca.',
  close: 'Cerrar',

  reasonQuick: 'Estiramiento rápido',
  reasonMicro: 'Pausa para estirar',
  reasonLong: 'Pausa larga',
  skipBreak: 'Omitir la pausa',

  captionHold: 'Mantén',
  captionMove: 'Muévete',
  captionRest: 'Descansa',
  captionPosition: 'Colócate',
  captionReady: 'Preparado',
  captionPaused: 'En pausa',
  timerLabel: {
    one: '{caption}: queda {count} segundo',
    many: '{caption}: quedan {count} segundos',
    other: '{caption}: quedan {count} segundos',
  },

  exerciseOf: 'Ejercicio {number} de {total}: {name}',
  repOf: 'Repetición {rep} de {reps}',
  stepOf: 'Paso {step} de {steps}',
  leftSide: 'Lado izquierdo',
  rightSide: 'Lado derecho',

  start: 'Empezar',
  pause: 'Pausar',
  resume: 'Reanudar',
  previous: 'Anterior',
  next: 'Siguiente',
  postpone: 'Posponer',
  controlsLabel: 'Controles de reproducción',
  cuesLabel: 'Avisos',
  soundCues: 'Avisos sonoros',
  spokenCues: 'Avisos por voz',
  keysHint: 'Espacio: empezar o pausar · ← →: paso anterior o siguiente',
  keysHintEscClose: 'Espacio: empezar o pausar · ← →: paso anterior o siguiente\u00a0· Esc: cerrar',
  keysHintEscSkip: 'Espacio: empezar o pausar · ← →: paso anterior o siguiente\u00a0· Esc: omitir la pausa',

  moreLabel: 'Seguridad y pasos',
  takeCare: 'Precaución:',
  allSteps: 'Todos los pasos',

  finishedTitle: 'Bien hecho',
  finishedText: 'Completaste «{title}». Haz rodar los hombros, suelta el aire y sigue con lo tuyo.',
  again: 'Otra vez',
  done: 'Listo',

  announceStep: 'Paso {step} de {total}.',
  announceExercise: 'Ejercicio {number} de {total}: {name}.',
  announceRep: 'Repetición {rep} de {reps}.',
  announceLeftSide: 'Lado izquierdo.',
  announceRightSide: 'Lado derecho.',
  announceHold: {
    one: 'Mantén la posición {count} segundo.',
    many: 'Mantén la posición {count} segundos.',
    other: 'Mantén la posición {count} segundos.',
  },
  announceSeconds: { one: '{count} segundo.', many: '{count} segundos.', other: '{count} segundos.' },
  announcePaused: 'En pausa.',
  announceFinished: 'Terminaste. Bien hecho.',
  sayHold: '{step} Mantén la posición.',

  painQuestion: '¿Cómo se siente la parte alta de tu espalda?',
  painHint:
    '{min} es sin dolor y {max}, el peor que puedas imaginar. Es opcional y solo se guarda en este equipo.',
  painNoneSpoken: 'sin dolor',
  painWorstSpoken: 'el peor dolor',
  painNoneEnd: 'Sin dolor',
  painWorstEnd: 'El peor',
  painSaveFailed: 'No se pudo guardar tu respuesta. Inténtalo de nuevo u omite la pregunta.',
  painSave: 'Guardar respuesta',
  painSkip: 'Omitir la pregunta',
} satisfies Messages['player'];
