import type { Messages } from '../../catalog';

/** A janela do player: um exercício ou uma rotina, passo a passo, com cronômetro e instruções faladas. */
export const player = {
  nothingToPlay: 'Nada para reproduzir',
  nothingToPlayHint:
    'Comece um alongamento rápido pelo ícone da bandeja ou escolha um exercício na biblioteca.',
  close: 'Fechar',

  reasonQuick: 'Alongamento rápido',
  reasonMicro: 'Pausa para alongamento',
  reasonLong: 'Pausa longa',
  skipBreak: 'Pular pausa',

  captionHold: 'Manter',
  captionMove: 'Mover',
  captionRest: 'Descansar',
  captionPosition: 'Preparar',
  captionReady: 'Pronto',
  captionPaused: 'Pausado',
  timerLabel: {
    one: 'Segundos restantes: {count}, {caption}',
    many: 'Faltam {count} segundos, {caption}',
    other: 'Faltam {count} segundos, {caption}',
  },

  exerciseOf: 'Exercício {number} de {total}: {name}',
  repOf: 'Repetição {rep} de {reps}',
  stepOf: 'Passo {step} de {steps}',
  leftSide: 'Lado esquerdo',
  rightSide: 'Lado direito',

  start: 'Iniciar',
  pause: 'Pausar',
  resume: 'Continuar',
  previous: 'Anterior',
  next: 'Próximo',
  postpone: 'Adiar',
  controlsLabel: 'Controles de reprodução',
  cuesLabel: 'Sinais',
  soundCues: 'Sinais sonoros',
  spokenCues: 'Instruções faladas',
  keysHint: 'Espaço: iniciar ou pausar · ← →: passo anterior ou seguinte',
  keysHintEscClose: 'Espaço: iniciar ou pausar · ← →: passo anterior ou seguinte\u00a0· Esc: fechar',
  keysHintEscSkip: 'Espaço: iniciar ou pausar · ← →: passo anterior ou seguinte\u00a0· Esc: pular pausa',

  moreLabel: 'Segurança e passos',
  takeCare: 'Cuidado:',
  allSteps: 'Todos os passos',

  finishedTitle: 'Muito bem',
  finishedText: 'Você concluiu {title}. Gire os ombros, solte o ar e volte ao que estava fazendo.',
  again: 'Repetir',
  done: 'Concluir',

  announceStep: 'Passo {step} de {total}.',
  announceExercise: 'Exercício {number} de {total}: {name}.',
  announceRep: 'Repetição {rep} de {reps}.',
  announceLeftSide: 'Lado esquerdo.',
  announceRightSide: 'Lado direito.',
  announceHold: {
    one: 'Mantenha por {count} segundo.',
    many: 'Mantenha por {count} segundos.',
    other: 'Mantenha por {count} segundos.',
  },
  announceSeconds: { one: '{count} segundo.', many: '{count} segundos.', other: '{count} segundos.' },
  announcePaused: 'Pausado.',
  announceFinished: 'Concluído. Muito bem.',
  sayHold: '{step} Mantenha.',

  painQuestion: 'Como está a parte de cima das suas costas?',
  painHint:
    '{min} é sem dor; {max}, a pior dor que você consegue imaginar. É opcional, e a resposta fica guardada só neste computador.',
  painNoneSpoken: 'sem dor',
  painWorstSpoken: 'pior dor',
  painNoneEnd: 'Sem dor',
  painWorstEnd: 'Pior dor',
  painSaveFailed: 'Não foi possível salvar sua resposta. Tente de novo ou pule a pergunta.',
  painSave: 'Salvar resposta',
  painSkip: 'Pular pergunta',
} satisfies Messages['player'];
