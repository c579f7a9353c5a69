import type { Messages } from '../../catalog';

/**
 * Why a setting was refused. Shown beside the field on the Settings page, after the field's label, as a
 * sentence: the page capitalises the first letter and adds a full stop, so each text here starts in lower
 * case, has no final punctuation and reads as "<the field> …" ("must be at least 1 min").
 * Values in quotes or like Ctrl+Alt+S are what the user types or what the settings file holds: keep them as they are.
 */
export const validation = {
  mustBeNumber: 'doit être un nombre',
  mustBeWholeNumber: 'doit être un nombre entier',
  atLeast: 'doit valoir au moins {min}',
  atMost: 'doit valoir au plus {max}',
  atLeastSeconds: 'doit être d’au moins {min} s',
  atMostSeconds: 'doit être d’au plus {max} s',
  atLeastMinutes: 'doit être d’au moins {min} min',
  atMostMinutes: 'doit être d’au plus {max} min',
  mustBeTrueOrFalse: 'doit valoir true ou false',
  mustBeOneOf: 'doit être l’une des valeurs suivantes : {options}',
  mustBeActiveOrAll: 'doit valoir "active" ou "all"',
  mustBeTimeText: 'doit être une chaîne "HH:MM"',
  mustBeTimeOfDay: 'doit être au format "HH:MM", entre 00:00 et 24:00',
  dayMustBeNumber: 'les jours doivent être des nombres de 0 à 6',
  dayMustBeWholeNumber: 'les jours doivent être des nombres entiers de 0 à 6',
  dayOutOfRange: 'les jours doivent être compris entre 0 et 6',
  mustBeWeekdays: 'doit être une liste de jours de la semaine (0 = dimanche … 6 = samedi)',
  mustNotRepeatDay: 'ne doit pas contenir deux fois le même jour',
  appNameMustBeText: 'les noms d’application doivent être du texte',
  appNameMustNotBeEmpty: 'les noms d’application ne doivent pas être vides',
  appNameTooLong: 'les noms d’application doivent comporter au plus {max} caractères',
  mustBeAppList: 'doit être une liste de noms d’application',
  tooManyApps: 'doit contenir au plus {max} applications',
  mustBeObject: 'doit être un objet',
  mustBeObjectLike: 'doit être un objet comme {example}',
  unknownSetting: 'n’est pas un paramètre connu',
  mustBeText: 'doit être une chaîne de caractères',
  mustBeId: 'doit être un identifiant en kebab-case',
  mustBeIdList: 'doit être une liste d’identifiants',
  tooManyIds: 'doit contenir au plus {max} identifiants',
  mustBeOverrides: 'doit être un objet dont les clés sont des identifiants d’exercice',
  notAnExerciseId: 'n’est pas un identifiant d’exercice valide',
  notARotationState: 'n’est pas un état de rotation valide',
  mustBeShortcutOrEmpty: 'doit être un raccourci comme Ctrl+Alt+S, ou rester vide',
  unknownShortcut: 'n’est pas un raccourci connu',
  takenByQuickStretch: 'est déjà le raccourci de l’étirement rapide',
  takenByPauseResume: 'est déjà le raccourci pour suspendre ou reprendre les pauses',
  takenBySkipBreak: 'est déjà le raccourci pour passer la pause en cours',
  mustBeKeysJoinedByPlus: 'doit être une suite de touches reliées par "+", comme Ctrl+Alt+S',
  notAKey: '"{key}" n’est pas une touche utilisable par Unhunch',
  needsAKey: 'doit comporter une touche en plus de Ctrl, Alt, Shift ou Super',
  onlyOneKey: 'ne peut comporter qu’une seule touche en plus de Ctrl, Alt, Shift ou Super',
  needsModifier:
    'doit associer Ctrl, Alt ou Super (Commande ou Option sur Mac) à la touche, sinon cette touche serait retirée à toutes les applications',
  couldNotSave: 'Impossible d’enregistrer les paramètres : {reason}',
} satisfies Messages['validation'];
