import type { Messages } from '../../catalog';

/** The welcome window: shown on the first run, and whenever Unhunch is opened again while it runs. */
export const welcome = {
  documentTitle: 'Bienvenue · Unhunch',
  title: 'Bienvenue dans Unhunch',
  lead: 'De courts étirements guidés pour la nuque et le haut du dos, proposés pendant que vous travaillez et programmés selon le temps que vous avez réellement passé devant l’ordinateur. Tout reste sur cet ordinateur.',
  breaks: 'Pauses',
  statusFailed:
    'Unhunch n’a pas pu indiquer quand aura lieu la prochaine pause. Fermez cette fenêtre et rouvrez-la pour réessayer.',
  actions: 'Que souhaitez-vous faire ?',
  where: 'Où trouver Unhunch',
  gnomeHint:
    'Sous GNOME, les icônes de la zone de notification nécessitent l’extension « AppIndicator and KStatusNotifierItem Support » ({package}). Activez-la, déconnectez-vous puis reconnectez-vous, et relancez Unhunch.',
  quitHere: 'Quitter Unhunch arrête les pauses jusqu’à ce que vous le rouvriez.',

  // Where the icon is, by platform, followed by how to use it.
  trayMac: 'Unhunch se trouve dans la barre des menus, en haut de votre écran.',
  trayWindows:
    'Unhunch se trouve dans la zone de notification, à l’extrémité droite de la barre des tâches (si son icône n’y est pas, cliquez sur la petite flèche à côté de l’horloge).',
  trayLinux: 'Unhunch se trouve dans la zone de notification du panneau de votre bureau.',
  trayOther: 'Unhunch se trouve dans la zone de notification de votre bureau.',
  trayUse:
    '{place} Cliquez sur son icône pour lancer un étirement, suspendre les pauses, ou ouvrir la bibliothèque, les paramètres et la progression. Unhunch continue de fonctionner quand cette fenêtre est fermée et vous prévient quand c’est l’heure d’une pause.',
  noTray:
    'Votre bureau n’affiche pas les icônes de la zone de notification : cette fenêtre est donc votre point d’accès. Fermez-la quand vous le souhaitez : Unhunch continue de fonctionner et vous prévient toujours quand c’est l’heure d’une pause. Pour revenir ici, rouvrez Unhunch depuis votre lanceur d’applications.',

  // When a button's command did not get through. {action} is the button's label, such as "Exercise library".
  startFailed: 'Impossible de lancer « {action} ». Veuillez réessayer.',
  openFailed: 'Impossible d’ouvrir « {action} ». Veuillez réessayer.',
  postponeFailed: 'Impossible de reporter la pause. Veuillez réessayer.',
  skipFailed: 'Impossible de passer la pause. Veuillez réessayer.',
  pauseFailed: 'Impossible de suspendre les pauses. Veuillez réessayer.',
  resumeFailed: 'Impossible de reprendre les pauses. Veuillez réessayer.',
  quitFailed: 'Impossible de quitter Unhunch. Veuillez réessayer.',
} satisfies Messages['welcome'];
