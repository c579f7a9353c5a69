import type { Messages } from '../../catalog';

/** The player window: one exercise or routine played step by step, with a timer and spoken cues. */
export const player = {
  nothingToPlay: 'Aucune séance en cours',
  nothingToPlayHint:
    'Lancez un étirement rapide depuis l’icône d’Unhunch dans la zone de notification, ou choisissez un exercice dans la bibliothèque.',
  close: 'Fermer',

  reasonQuick: 'Étirement rapide',
  reasonMicro: 'Pause étirement',
  reasonLong: 'Longue pause',
  skipBreak: 'Passer la pause',

  captionHold: 'Maintien',
  captionMove: 'Mouvement',
  captionRest: 'Repos',
  captionPosition: 'En position',
  captionReady: 'Prêt',
  captionPaused: 'En pause',
  timerLabel: {
    one: '{count} seconde restante, {caption}',
    many: '{count} secondes restantes, {caption}',
    other: '{count} secondes restantes, {caption}',
  },

  exerciseOf: 'Exercice {number} sur {total} : {name}',
  repOf: 'Répétition {rep} sur {reps}',
  stepOf: 'Étape {step} sur {steps}',
  leftSide: 'Côté gauche',
  rightSide: 'Côté droit',

  start: 'Démarrer',
  pause: 'Pause',
  resume: 'Reprendre',
  previous: 'Précédent',
  next: 'Suivant',
  postpone: 'Reporter',
  controlsLabel: 'Commandes de la séance',
  cuesLabel: 'Sons et voix',
  soundCues: 'Signaux sonores',
  spokenCues: 'Consignes vocales',
  keysHint: 'Espace : démarrer ou mettre en pause · ← → : étape précédente ou suivante',
  keysHintEscClose:
    'Espace : démarrer ou mettre en pause · ← → : étape précédente ou suivante\u00a0· Échap : fermer',
  keysHintEscSkip:
    'Espace : démarrer ou mettre en pause · ← → : étape précédente ou suivante\u00a0· Échap : passer la pause',

  moreLabel: 'Sécurité et étapes',
  takeCare: 'Attention :',
  allSteps: 'Toutes les étapes',

  finishedTitle: 'Bravo',
  finishedText:
    'Vous avez terminé « {title} ». Faites rouler vos épaules, expirez, puis reprenez votre activité.',
  again: 'Recommencer',
  done: 'Terminé',

  announceStep: 'Étape {step} sur {total}.',
  announceExercise: 'Exercice {number} sur {total} : {name}.',
  announceRep: 'Répétition {rep} sur {reps}.',
  announceLeftSide: 'Côté gauche.',
  announceRightSide: 'Côté droit.',
  announceHold: {
    one: 'Maintenez {count} seconde.',
    many: 'Maintenez {count} secondes.',
    other: 'Maintenez {count} secondes.',
  },
  announceSeconds: { one: '{count} seconde.', many: '{count} secondes.', other: '{count} secondes.' },
  announcePaused: 'En pause.',
  announceFinished: 'Terminé. Bravo.',
  sayHold: '{step} Maintenez.',

  painQuestion: 'Comment va le haut de votre dos ?',
  painHint:
    '{min} signifie aucune douleur, {max} la pire douleur imaginable. Facultatif, et conservé uniquement sur cet ordinateur.',
  painNoneSpoken: 'aucune douleur',
  painWorstSpoken: 'la pire douleur',
  painNoneEnd: 'Aucune douleur',
  painWorstEnd: 'La pire',
  painSaveFailed: 'Votre réponse n’a pas pu être enregistrée. Réessayez, ou passez la question.',
  painSave: 'Enregistrer la réponse',
  painSkip: 'Passer la question',
} satisfies Messages['player'];
