import type { Messages } from '../../catalog';

/** The welcome window: shown on the first run, and whenever Unhunch is opened again while it runs. */
export const welcome = {
  documentTitle: 'Willkommen · Unhunch',
  title: 'Willkommen bei Unhunch',
  lead: 'Kurze, angeleitete Dehnübungen für Nacken und oberen Rücken, angeboten während der Arbeit und danach getaktet, wie lange du wirklich am Computer warst. Alles bleibt auf diesem Computer.',
  breaks: 'Pausen',
  statusFailed:
    'Unhunch konnte nicht ermitteln, wann die nächste Pause kommt. Schließ dieses Fenster und öffne es erneut, um es noch einmal zu versuchen.',
  actions: 'Was möchtest du tun?',
  where: 'Wo du Unhunch findest',
  gnomeHint:
    'Unter GNOME brauchen Tray-Symbole die Erweiterung „AppIndicator and KStatusNotifierItem Support“ ({package}). Schalte sie ein, melde dich ab und wieder an und starte Unhunch erneut.',
  quitHere: 'Wenn du Unhunch beendest, kommen keine Pausen mehr, bis du es wieder öffnest.',

  trayMac: 'Unhunch findest du in der Menüleiste oben auf deinem Bildschirm.',
  trayWindows:
    'Unhunch findest du im Infobereich am rechten Ende der Taskleiste (wenn das Symbol dort nicht zu sehen ist, klick auf den kleinen Pfeil neben der Uhr).',
  trayLinux: 'Unhunch findest du im Systembereich (Tray) in der Leiste deines Desktops.',
  trayOther: 'Unhunch findest du im Systembereich (Tray) deines Desktops.',
  trayUse:
    '{place} Klick auf das Symbol, um eine Dehnung zu starten, Pausen auszusetzen oder die Bibliothek, die Einstellungen und deinen Fortschritt zu öffnen. Unhunch läuft weiter, wenn dieses Fenster geschlossen ist, und sagt dir Bescheid, wenn eine Pause fällig ist.',
  noTray:
    'Dein Desktop zeigt keine Tray-Symbole an, deshalb ist dieses Fenster dein Zugang zu Unhunch. Schließ es, wann du willst: Unhunch läuft weiter und sagt dir trotzdem Bescheid, wenn eine Pause fällig ist. Um hierher zurückzukommen, öffne Unhunch erneut über den Anwendungsstarter.',

  startFailed: '„{action}“ konnte nicht gestartet werden. Bitte versuch es noch einmal.',
  openFailed: '„{action}“ konnte nicht geöffnet werden. Bitte versuch es noch einmal.',
  postponeFailed: 'Die Pause konnte nicht verschoben werden. Bitte versuch es noch einmal.',
  skipFailed: 'Die Pause konnte nicht übersprungen werden. Bitte versuch es noch einmal.',
  pauseFailed: 'Die Pausen konnten nicht ausgesetzt werden. Bitte versuch es noch einmal.',
  resumeFailed: 'Die Pausen konnten nicht fortgesetzt werden. Bitte versuch es noch einmal.',
  quitFailed: 'Unhunch konnte nicht beendet werden. Bitte versuch es noch einmal.',
} satisfies Messages['welcome'];
