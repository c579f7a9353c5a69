import type { Messages } from '../../catalog';

/** The welcome window: shown on the first run, and whenever Unhunch is opened again while it runs. */
export const welcome = {
  documentTitle: 'Bienvenida · Unhunch',
  title: 'Te damos la bienvenida a Unhunch',
  lead: 'Estiramientos breves y guiados para el cuello y la parte alta de la espalda, que se te proponen mientras trabajas, en función del tiempo que realmente llevas frente al equipo. Todo se queda en este equipo.',
  breaks: 'Pausas',
  statusFailed:
    'Unhunch no pudo indicar cuándo será la próxima pausa. Cierra esta ventana y vuelve a abrirla para intentarlo otra vez.',
  actions: '¿Qué te gustaría hacer?',
  where: 'Dónde encontrar Unhunch',
  gnomeHint:
    'En GNOME, los iconos de la bandeja necesitan la extensión «AppIndicator and KStatusNotifierItem Support» ({package}). Actívala, cierra la sesión, vuelve a iniciarla y abre Unhunch de nuevo.',
  quitHere: 'Si sales de Unhunch, las pausas se detienen hasta que vuelvas a abrirlo.',

  trayMac: 'Unhunch está en la barra de menús, en la parte superior de la pantalla.',
  trayWindows:
    'Unhunch está en el área de notificación, en el extremo derecho de la barra de tareas (si su icono no aparece, haz clic en la pequeña flecha junto al reloj).',
  trayLinux: 'Unhunch está en la bandeja del sistema, en el panel de tu escritorio.',
  trayOther: 'Unhunch está en la bandeja del sistema de tu escritorio.',
  trayUse:
    '{place} Haz clic en su icono para empezar un estiramiento, suspender las pausas o abrir la biblioteca, la configuración y el progreso. Unhunch sigue funcionando aunque cierres esta ventana y te avisa cuando toca una pausa.',
  noTray:
    'Tu escritorio no muestra iconos en la bandeja, así que esta ventana es tu forma de acceder a Unhunch. Ciérrala cuando quieras: Unhunch sigue funcionando y te sigue avisando cuando toca una pausa. Para volver aquí, abre Unhunch de nuevo desde el lanzador de aplicaciones.',

  startFailed: 'No se pudo iniciar «{action}». Inténtalo de nuevo.',
  openFailed: 'No se pudo abrir «{action}». Inténtalo de nuevo.',
  postponeFailed: 'No se pudo posponer la pausa. Inténtalo de nuevo.',
  skipFailed: 'No se pudo omitir la pausa. Inténtalo de nuevo.',
  pauseFailed: 'No se pudieron suspender las pausas. Inténtalo de nuevo.',
  resumeFailed: 'No se pudieron reanudar las pausas. Inténtalo de nuevo.',
  quitFailed: 'No se pudo salir de Unhunch. Inténtalo de nuevo.',
} satisfies Messages['welcome'];
