import type { Messages } from '../../catalog';

/** The player window: one exercise or routine played step by step, with a timer and spoken cues. */
export const player = {
  nothingToPlay: 'Keine Übung zum Abspielen',
  nothingToPlayHint:
    'Starte über das Unhunch-Symbol eine kurze Dehnung oder wähl in der Bibliothek eine Übung aus.',
  close: 'Schließen',

  reasonQuick: 'Kurze Dehnung',
  reasonMicro: 'Dehnpause',
  reasonLong: 'Lange Pause',
  skipBreak: 'Pause überspringen',

  captionHold: 'Halten',
  captionMove: 'Bewegen',
  captionRest: 'Ausruhen',
  captionPosition: 'Vorbereiten',
  captionReady: 'Bereit',
  captionPaused: 'Angehalten',
  timerLabel: { one: 'Noch {count} Sekunde, {caption}', other: 'Noch {count} Sekunden, {caption}' },

  exerciseOf: 'Übung {number} von {total}: {name}',
  repOf: 'Wiederholung {rep} von {reps}',
  stepOf: 'Schritt {step} von {steps}',
  leftSide: 'Linke Seite',
  rightSide: 'Rechte Seite',

  start: 'Starten',
  pause: 'Anhalten',
  resume: 'Fortsetzen',
  previous: 'Zurück',
  next: 'Weiter',
  postpone: 'Verschieben',
  controlsLabel: 'Steuerung der Übung',
  cuesLabel: 'Signale und Ansagen',
  soundCues: 'Tonsignale',
  spokenCues: 'Sprachansagen',
  keysHint: 'Leertaste: starten oder anhalten · ← →: vorheriger oder nächster Schritt',
  keysHintEscClose:
    'Leertaste: starten oder anhalten · ← →: vorheriger oder nächster Schritt\u00a0· Esc: schließen',
  keysHintEscSkip:
    'Leertaste: starten oder anhalten · ← →: vorheriger oder nächster Schritt\u00a0· Esc: Pause überspringen',

  moreLabel: 'Sicherheit und Schritte',
  takeCare: 'Bitte beachte:',
  allSteps: 'Alle Schritte',

  finishedTitle: 'Gut gemacht',
  finishedText: 'Du hast „{title}“ geschafft. Lass die Schultern kreisen, atme aus und mach weiter.',
  again: 'Noch einmal',
  done: 'Fertig',

  announceStep: 'Schritt {step} von {total}.',
  announceExercise: 'Übung {number} von {total}: {name}.',
  announceRep: 'Wiederholung {rep} von {reps}.',
  announceLeftSide: 'Linke Seite.',
  announceRightSide: 'Rechte Seite.',
  announceHold: { one: '{count} Sekunde halten.', other: '{count} Sekunden halten.' },
  announceSeconds: { one: '{count} Sekunde.', other: '{count} Sekunden.' },
  announcePaused: 'Angehalten.',
  announceFinished: 'Fertig. Gut gemacht.',
  sayHold: '{step} Halten.',

  painQuestion: 'Wie geht es deinem oberen Rücken?',
  painHint:
    '{min} heißt keine Schmerzen, {max} die schlimmsten, die du dir vorstellen kannst. Freiwillig und nur auf diesem Computer gespeichert.',
  painNoneSpoken: 'keine Schmerzen',
  painWorstSpoken: 'schlimmste Schmerzen',
  painNoneEnd: 'Keine Schmerzen',
  painWorstEnd: 'Am schlimmsten',
  painSaveFailed:
    'Deine Antwort konnte nicht gespeichert werden. Versuch es noch einmal oder überspring die Frage.',
  painSave: 'Antwort speichern',
  painSkip: 'Frage überspringen',
} satisfies Messages['player'];
