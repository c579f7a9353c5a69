import type { Messages } from '../../catalog';

/** The Settings window. Labels sit beside their controls in a window that may be as narrow as 420 px. */
export const settings = {
  documentTitle: 'Paramètres · Unhunch',
  title: 'Paramètres',
  lead: 'Vos modifications sont enregistrées au fur et à mesure.',
  loading: 'Chargement des paramètres…',
  dismiss: 'Fermer',
  saved: 'Enregistré',
  savedAgain: 'Enregistré.',
  notSaved: 'Non enregistré : {problems}.',
  fieldProblem: '{field} {problem}',
  notSavedBecause: 'Non enregistré : {reason}',
  couldNotLoad: 'Impossible de charger les paramètres : {reason}',

  // Navigation and sections
  sectionsNav: 'Sections des paramètres',
  sectionsMenu: 'Sections',
  sectionBreaks: 'Pauses',
  sectionPostponing: 'Report des pauses',
  sectionHours: 'Heures de travail',
  sectionMoments: 'Moments opportuns',
  sectionExercises: 'Exercices',
  sectionRoutines: 'Routines',
  sectionCues: 'Sons et voix',
  sectionShortcuts: 'Raccourcis clavier',
  sectionAppearance: 'Apparence et langue',
  sectionSystem: 'Démarrage et confidentialité',
  resetQuestion: 'Rétablir les valeurs par défaut de tous les réglages de la section « {section} » ?',
  resetConfirm: 'Réinitialiser « {section} »',
  cancel: 'Annuler',
  resetSection: 'Rétablir les valeurs par défaut de cette section',
  resetSectionLabel: 'Rétablir les valeurs par défaut de cette section : {section}',
  resetDone: '{section} : valeurs par défaut rétablies.',

  // Units shown after a number field
  unitMinutes: 'min',
  unitSeconds: 's',

  // Breaks
  microBreaks: 'Micro-pauses',
  microEnabled: 'Faire des micro-pauses',
  microEnabledHint: 'Un court étirement à votre bureau.',
  microEvery: 'Temps entre deux micro-pauses',
  microEveryHint: 'En minutes d’activité : le temps passé loin de l’ordinateur ne compte pas.',
  microDuration: 'Durée d’une micro-pause',
  longBreaks: 'Longues pauses',
  longEnabled: 'Faire de longues pauses',
  longEnabledHint: 'Une routine de quelques exercices, loin du bureau si possible.',
  longEvery: 'Temps entre deux longues pauses',
  longDuration: 'Durée d’une longue pause',
  beforeBetween: 'Avant et entre les pauses',
  warning: 'Prévenir avant une pause',
  warningHint: 'Une notification arrive ce nombre de secondes avant la pause ; 0 pour aucune.',
  idle: 'Compter une absence après',
  idleHint:
    'Secondes sans toucher au clavier ni à la souris. Le temps d’absence compte comme une pause naturelle.',
  breakScreens: 'Afficher les pauses sur',
  breakScreensActive: 'L’écran que j’utilise',
  breakScreensActiveHint: 'Celui où se trouve le pointeur quand la pause arrive.',
  breakScreensAll: 'Tous les écrans',
  breakScreensAllHint:
    'L’exercice sur l’écran que vous utilisez, un compte à rebours discret sur les autres.',

  // Postponing
  postponeBy: 'Reporter de',
  postponeMax: 'Reports autorisés par pause',
  postponeMaxHint: '0 signifie qu’une pause ne peut pas être reportée.',
  strict: 'Mode strict',
  strictHint: 'Les pauses ne peuvent être ni reportées ni passées.',

  // Working hours
  hoursEnabled: 'Me rappeler les pauses uniquement pendant les heures de travail',
  hoursEnabledHint: 'En dehors de ces heures, aucune pause n’arrive.',
  workingDays: 'Jours de travail',
  start: 'Début',
  startHint: 'Format 24 heures, par exemple 09:00.',
  end: 'Fin',
  endHint:
    '24:00 correspond à la fin de la journée. Si la fin précède le début, la plage se prolonge après minuit.',
  timePlaceholder: 'HH:MM',

  // Good moments
  momentsLead:
    'Différer une pause tant que le moment est mal choisi, et la laisser arriver une fois ce moment passé.',
  doNotDisturb: 'Différer les pauses en mode Ne pas déranger',
  doNotDisturbHint: 'Le mode Concentration ou Ne pas déranger de votre système.',
  fullscreen: 'Différer les pauses quand une fenêtre est en plein écran',
  fullscreenHint: 'Présentations, vidéos et jeux.',
  calls: 'Différer les pauses pendant les appels',
  callsHint: 'Tant que la caméra ou le micro est utilisé.',
  grace: 'Attendre avant une pause différée',
  graceHint: 'Après la fin de l’appel, du plein écran ou du mode Concentration.',
  maxDeferral: 'Différer une pause au maximum',
  maxDeferralHint: 'Passé ce délai, elle arrive plutôt sous forme de notification discrète.',
  pauseWhileApps: 'Suspendre les pauses tant que ces applications sont ouvertes',
  pauseWhileAppsHint:
    'Noms de processus, comme zoom ou obs. Les majuscules et les minuscules n’ont pas d’importance.',
  onlyWhileApps: 'Me rappeler les pauses seulement si l’une de ces applications est ouverte',
  onlyWhileAppsHint: 'Laissez vide pour recevoir les rappels quelles que soient les applications ouvertes.',
  workedThrough: 'Signaler quand je continue à travailler pendant une pause',
  workedThroughHint:
    'Taper au clavier ou utiliser la souris pendant une pause l’enregistre comme « travail poursuivi », avec un petit rappel en douceur.',
  noApps: 'Aucune application pour l’instant.',
  appToAdd: 'Application à ajouter',
  appPlaceholder: 'Par exemple : zoom',
  add: 'Ajouter',
  addTo: 'Ajouter à « {list} »',
  remove: 'Retirer',
  removeApp: 'Retirer {app}',
  typeAppName: 'Saisissez d’abord le nom d’une application.',
  appAlreadyListed: '{app} figure déjà dans la liste.',

  // Exercises
  location: 'Où vous travaillez',
  locationDesk: 'Au bureau uniquement',
  locationDeskHint: 'Exercices assis, debout et contre un mur.',
  locationFloor: 'Avec de la place au sol',
  locationFloorHint: 'Exercices au sol aussi, comme la planche.',
  doses: 'Dosages et choix',
  dosesLead:
    'Vos propres répétitions et temps de maintien ; laissez un champ vide pour garder ceux de l’exercice.',
  exerciseColumn: 'Exercice',
  repsColumn: 'Répétitions',
  holdColumn: 'Maintien',
  offerColumn: 'Dans les pauses',
  exercisesList: 'Exercices',
  reps: 'Répétitions',
  repsHint: 'Vide : {reps}, la valeur de l’exercice.',
  hold: 'Maintien',
  holdHint: 'Vide : {seconds} s, la valeur de l’exercice.',
  useDefaultDose: 'Dosage par défaut',
  useDefaultDoseFor: 'Revenir au dosage par défaut pour {exercise}',
  offerInBreaks: 'Le proposer pendant les pauses',
  offerNormal: 'Comme d’habitude',
  offerFavourite: 'Plus souvent',
  offerNever: 'Pas pour moi',

  // Routines
  routinesLead: 'À quelle fréquence les pauses proposent chaque routine.',
  routinesList: 'Routines',

  // Sounds and voice
  sounds: 'Signaux sonores',
  soundsHint: 'Un léger carillon marque le début et la fin de chaque maintien.',
  voice: 'Consignes vocales',
  voiceHint: 'Lit chaque étape à voix haute avec la voix de votre système.',
  noVoice:
    'Les consignes vocales ont besoin d’une voix de synthèse, et aucune n’a été trouvée sur cet ordinateur.',

  // Keyboard shortcuts
  shortcutsLead:
    'Ils fonctionnent quelle que soit l’application que vous utilisez. Chacun reste désactivé tant que vous ne l’avez pas défini ; votre bureau peut vous demander de les autoriser.',
  shortcutHint:
    'Une touche avec Ctrl, Alt ou Super (Commande ou Option sur Mac), comme Ctrl+Alt+S ; une touche de fonction peut être utilisée seule.',
  shortcutQuickStretch: 'Étirement rapide',
  shortcutPauseResume: 'Suspendre ou reprendre les pauses',
  shortcutSkipBreak: 'Passer la pause en cours',
  shortcutOff: 'Désactivé',
  shortcutSet: 'Définir',
  shortcutChange: 'Modifier',
  shortcutRecording: 'Appuyez sur les touches…',
  shortcutTurnOff: 'Désactiver',
  shortcutTurnOffLabel: 'Désactiver « {action} »',
  shortcutRecordingHint: 'Appuyez sur les nouvelles touches, ou sur Échap pour annuler.',
  shortcutRefused: '{keys} {problem}',
  shortcutNoKey: 'Cette touche ne peut pas faire partie d’un raccourci',

  // Appearance and language
  theme: 'Thème',
  themeSystem: 'Comme le système',
  themeLight: 'Clair',
  themeDark: 'Sombre',
  language: 'Langue',
  languageSystem: 'Comme le système',
  languageHint:
    'Toutes les fenêtres changent aussitôt. « Comme le système » suit la langue de votre ordinateur.',

  // Startup and privacy
  startAtLogin: 'Lancer Unhunch à l’ouverture de ma session',
  startAtLoginHint: 'Il attend discrètement dans la zone de notification.',
  startAtLoginUnavailable: 'Le lancement à l’ouverture de session n’est pas disponible ici.',
  painCheckIn: 'Demander comment va le haut de mon dos après une pause',
  painCheckInHint:
    'Une réponse de 0 à 10, conservée uniquement sur cet ordinateur et affichée sous forme de tendance dans Progression.',
} satisfies Messages['settings'];
