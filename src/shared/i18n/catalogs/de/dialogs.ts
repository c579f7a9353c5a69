import type { Messages } from '../../catalog';

/**
 * What the system draws for Unhunch: window titles, the macOS app menu (Apple's German menu terms), save
 * and error dialogs, and the reasons Settings gives when the system refuses a shortcut or the login item.
 */
export const dialogs = {
  playerWindow: 'Unhunch – Dehnen',
  libraryWindow: 'Unhunch – Übungsbibliothek',
  settingsWindow: 'Unhunch – Einstellungen',
  progressWindow: 'Unhunch – Fortschritt',
  welcomeWindow: 'Unhunch – Willkommen',
  galleryWindow: 'Unhunch – Figurengalerie',
  coverWindow: 'Unhunch – Pause',
  aboutMenu: 'Über Unhunch',
  hideMenu: 'Unhunch ausblenden',
  hideOthersMenu: 'Andere ausblenden',
  showAllMenu: 'Alle einblenden',
  editMenu: 'Bearbeiten',
  undoMenu: 'Widerrufen',
  redoMenu: 'Wiederholen',
  cutMenu: 'Ausschneiden',
  copyMenu: 'Kopieren',
  pasteMenu: 'Einsetzen',
  pasteAndMatchStyleMenu: 'Einsetzen und Stil anpassen',
  deleteMenu: 'Löschen',
  selectAllMenu: 'Alles auswählen',
  windowMenu: 'Fenster',
  minimizeMenu: 'Im Dock ablegen',
  closeMenu: 'Fenster schließen',
  exportHistoryTitle: 'Verlauf exportieren',
  startFailedTitle: 'Unhunch konnte nicht starten',
  startFailedBody: '{error}\n\nDeine Einstellungen und dein Verlauf liegen in {folder}.',
  shortcutRefused:
    'Eine andere App verwendet {shortcut} bereits, deshalb bewirkt es in Unhunch nichts. Wähl ein anderes Tastenkürzel oder schließ diese App und öffne die Einstellungen erneut.',
  shortcutRefusedWayland:
    'Dein Desktop hat Unhunch {shortcut} nicht überlassen: Vielleicht verwendet eine andere App es, oder der Desktop bietet Apps keine globalen Tastenkürzel an. Wähl ein anderes.',
  shortcutUnreadable:
    '{shortcut} kann hier nicht als globales Tastenkürzel verwendet werden. Wähl ein anderes.',
  loginItemUnpackagedMac:
    'Der Start beim Anmelden funktioniert, sobald Unhunch installiert ist; unter macOS kann es sich nicht selbst eintragen, wenn es aus dem Quellcode läuft.',
  loginItemUnsupported: 'Der Start beim Anmelden ist auf diesem System nicht verfügbar.',
  loginItemMacApproval:
    'macOS wartet auf deine Zustimmung: Erlaube Unhunch unter Systemeinstellungen > Allgemein > Anmeldeobjekte.',
  loginItemTurnOnFailed: 'Der Start beim Anmelden konnte nicht eingeschaltet werden: {error}',
  loginItemTurnOffFailed: 'Der Start beim Anmelden konnte nicht ausgeschaltet werden: {error}',
  loginItemTurnOnNotKept:
    'Der Start beim Anmelden konnte nicht eingeschaltet werden: Das System hat die Änderung nicht übernommen',
  loginItemTurnOffNotKept:
    'Der Start beim Anmelden konnte nicht ausgeschaltet werden: Das System hat die Änderung nicht übernommen',
  everyScreenWayland:
    'Dein Desktop (Wayland) entscheidet, wo Fenster erscheinen, deshalb zeigen sich Pausen nur auf einem Bildschirm, dort, wo er sie hinsetzt.',
} satisfies Messages['dialogs'];
