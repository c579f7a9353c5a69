import type { Messages } from '../../catalog';

/**
 * Por que uma configuração foi recusada. Aparece ao lado do campo, depois do rótulo, como uma frase: a página
 * põe a primeira letra em maiúscula e acrescenta o ponto final, por isso cada texto começa em minúscula e não
 * tem pontuação final. Valores entre aspas ou como Ctrl+Alt+S ficam como estão.
 */
export const validation = {
  mustBeNumber: 'deve ser um número',
  mustBeWholeNumber: 'deve ser um número inteiro',
  atLeast: 'deve ser no mínimo {min}',
  atMost: 'deve ser no máximo {max}',
  atLeastSeconds: 'deve ser no mínimo {min} s',
  atMostSeconds: 'deve ser no máximo {max} s',
  atLeastMinutes: 'deve ser no mínimo {min} min',
  atMostMinutes: 'deve ser no máximo {max} min',
  mustBeTrueOrFalse: 'deve ser true ou false',
  mustBeOneOf: 'deve ser um destes valores: {options}',
  mustBeActiveOrAll: 'deve ser "active" ou "all"',
  mustBeTimeText: 'deve ser um texto "HH:MM"',
  mustBeTimeOfDay: 'deve ser "HH:MM" entre 00:00 e 24:00',
  dayMustBeNumber: 'os dias devem ser números de 0 a 6',
  dayMustBeWholeNumber: 'os dias devem ser números inteiros de 0 a 6',
  dayOutOfRange: 'os dias devem estar entre 0 e 6',
  mustBeWeekdays: 'deve ser uma lista de dias da semana (0 = domingo … 6 = sábado)',
  mustNotRepeatDay: 'não pode repetir um dia',
  appNameMustBeText: 'os nomes de apps devem ser texto',
  appNameMustNotBeEmpty: 'os nomes de apps não podem ficar vazios',
  appNameTooLong: 'os nomes de apps devem ter no máximo {max} caracteres',
  mustBeAppList: 'deve ser uma lista de nomes de apps',
  tooManyApps: 'deve listar no máximo {max} apps',
  mustBeObject: 'deve ser um objeto',
  mustBeObjectLike: 'deve ser um objeto como {example}',
  unknownSetting: 'não é uma configuração conhecida',
  mustBeText: 'deve ser um texto',
  mustBeId: 'deve ser um id em kebab-case',
  mustBeIdList: 'deve ser uma lista de ids',
  tooManyIds: 'deve listar no máximo {max} ids',
  mustBeOverrides: 'deve ser um objeto cujas chaves são ids de exercícios',
  notAnExerciseId: 'não é um id de exercício válido',
  notARotationState: 'não é um estado de rodízio válido',
  mustBeShortcutOrEmpty: 'deve ser um atalho como Ctrl+Alt+S, ou ficar vazio',
  unknownShortcut: 'não é um atalho conhecido',
  takenByQuickStretch: 'já é o atalho de alongamento rápido',
  takenByPauseResume: 'já é o atalho de suspender ou retomar pausas',
  takenBySkipBreak: 'já é o atalho de pular a pausa atual',
  mustBeKeysJoinedByPlus: 'deve ser uma combinação de teclas unidas por "+", como Ctrl+Alt+S',
  notAKey: '"{key}" não é uma tecla que o Unhunch possa usar',
  needsAKey: 'precisa de uma tecla além de Ctrl, Alt, Shift ou Super',
  onlyOneKey: 'só pode ter uma tecla além de Ctrl, Alt, Shift ou Super',
  needsModifier:
    'precisa de Ctrl, Alt ou Super (Command ou Option no Mac) junto com a tecla; do contrário, tomaria essa tecla de todos os apps',
  couldNotSave: 'Não foi possível salvar as configurações: {reason}',
} satisfies Messages['validation'];
