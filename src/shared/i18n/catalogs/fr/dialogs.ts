import type { Messages } from '../../catalog';

/**
 * What the system draws for Unhunch: window titles, the macOS app menu, save and error dialogs, and the
 * reasons Settings gives when the system refuses a shortcut or the login item.
 */
export const dialogs = {
  // Window titles: the taskbar and the window switcher show them, so the app's name comes first.
  playerWindow: 'Unhunch — étirement',
  libraryWindow: 'Unhunch — bibliothèque d’exercices',
  settingsWindow: 'Unhunch — paramètres',
  progressWindow: 'Unhunch — progression',
  welcomeWindow: 'Unhunch — bienvenue',
  galleryWindow: 'Unhunch — galerie des postures',
  coverWindow: 'Unhunch — pause',
  // The macOS app menu (the tray menu has Quit).
  aboutMenu: 'À propos d’Unhunch',
  hideMenu: 'Masquer Unhunch',
  hideOthersMenu: 'Masquer les autres',
  showAllMenu: 'Tout afficher',
  editMenu: 'Édition',
  undoMenu: 'Annuler',
  redoMenu: 'Rétablir',
  cutMenu: 'Couper',
  copyMenu: 'Copier',
  pasteMenu: 'Coller',
  pasteAndMatchStyleMenu: 'Coller et adapter le style',
  deleteMenu: 'Supprimer',
  selectAllMenu: 'Tout sélectionner',
  windowMenu: 'Fenêtre',
  minimizeMenu: 'Placer dans le Dock',
  closeMenu: 'Fermer la fenêtre',
  exportHistoryTitle: 'Exporter l’historique',
  startFailedTitle: 'Unhunch n’a pas pu démarrer',
  startFailedBody: '{error}\n\nVos paramètres et votre historique se trouvent dans {folder}.',
  // Shown in Settings beside the shortcut.
  shortcutRefused:
    'Une autre application utilise déjà {shortcut} : ce raccourci ne fait donc rien dans Unhunch. Choisissez-en un autre, ou fermez cette application et rouvrez les Paramètres.',
  shortcutRefusedWayland:
    'Votre bureau n’a pas attribué {shortcut} à Unhunch : une autre application l’utilise peut-être, ou le bureau ne propose pas de raccourcis globaux aux applications. Choisissez-en un autre.',
  shortcutUnreadable: '{shortcut} ne peut pas servir de raccourci global ici. Choisissez-en un autre.',
  // Shown in Settings beside "Start at login".
  loginItemUnpackagedMac:
    'Le lancement à l’ouverture de session ne fonctionne qu’une fois Unhunch installé : sur macOS, il ne peut pas s’inscrire lui-même lorsqu’il est lancé depuis le code source.',
  loginItemUnsupported: 'Le lancement à l’ouverture de session n’est pas disponible sur ce système.',
  loginItemMacApproval:
    'macOS attend votre accord : autorisez Unhunch dans Réglages Système, Général, Ouverture.',
  loginItemTurnOnFailed: 'Impossible d’activer le lancement à l’ouverture de session : {error}',
  loginItemTurnOffFailed: 'Impossible de désactiver le lancement à l’ouverture de session : {error}',
  loginItemTurnOnNotKept:
    'Impossible d’activer le lancement à l’ouverture de session : le système n’a pas conservé la modification',
  loginItemTurnOffNotKept:
    'Impossible de désactiver le lancement à l’ouverture de session : le système n’a pas conservé la modification',
  everyScreenWayland:
    'Votre bureau (Wayland) décide de l’emplacement des fenêtres : les pauses ne s’affichent donc que sur un seul écran, celui qu’il choisit.',
} satisfies Messages['dialogs'];
