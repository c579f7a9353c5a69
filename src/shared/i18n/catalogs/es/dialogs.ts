import type { Messages } from '../../catalog';

/**
 * What the system draws for Unhunch: window titles, the macOS app menu (in macOS's own Spanish words),
 * save and error dialogs, and the reasons Settings gives when the system refuses a shortcut or the login item.
 */
export const dialogs = {
  playerWindow: 'Unhunch — estiramiento',
  libraryWindow: 'Unhunch — biblioteca de ejercicios',
  settingsWindow: 'Unhunch — configuración',
  progressWindow: 'Unhunch — progreso',
  welcomeWindow: 'Unhunch — bienvenida',
  galleryWindow: 'Unhunch — galería de posturas',
  coverWindow: 'Unhunch — pausa',
  aboutMenu: 'Acerca de Unhunch',
  hideMenu: 'Ocultar Unhunch',
  hideOthersMenu: 'Ocultar otros',
  showAllMenu: 'Mostrar todo',
  editMenu: 'Edición',
  undoMenu: 'Deshacer',
  redoMenu: 'Rehacer',
  cutMenu: 'Cortar',
  copyMenu: 'Copiar',
  pasteMenu: 'Pegar',
  pasteAndMatchStyleMenu: 'Pegar y adaptar estilo',
  deleteMenu: 'Eliminar',
  selectAllMenu: 'Seleccionar todo',
  windowMenu: 'Ventana',
  minimizeMenu: 'Minimizar',
  closeMenu: 'Cerrar ventana',
  exportHistoryTitle: 'Exportar el historial',
  startFailedTitle: 'Unhunch no pudo iniciarse',
  startFailedBody: '{error}\n\nTu configuración y tu historial están en {folder}.',
  shortcutRefused:
    'Otra aplicación ya usa {shortcut}, así que no hace nada en Unhunch. Elige otro, o cierra esa aplicación y vuelve a abrir la configuración.',
  shortcutRefusedWayland:
    'Tu escritorio no le asignó {shortcut} a Unhunch: puede que otra aplicación lo use o que el escritorio no ofrezca atajos globales a las aplicaciones. Elige otro.',
  shortcutUnreadable: '{shortcut} no se puede usar aquí como atajo global. Elige otro.',
  loginItemUnpackagedMac:
    'El inicio automático funciona una vez instalado Unhunch; no puede registrarse cuando se ejecuta desde el código fuente en macOS.',
  loginItemUnsupported: 'El inicio automático no está disponible en este sistema.',
  loginItemMacApproval:
    'macOS espera tu aprobación: permite Unhunch en Ajustes del Sistema (o Configuración del Sistema), General, Ítems de inicio.',
  loginItemTurnOnFailed: 'No se pudo activar el inicio automático: {error}',
  loginItemTurnOffFailed: 'No se pudo desactivar el inicio automático: {error}',
  loginItemTurnOnNotKept: 'No se pudo activar el inicio automático: el sistema no conservó el cambio',
  loginItemTurnOffNotKept: 'No se pudo desactivar el inicio automático: el sistema no conservó el cambio',
  everyScreenWayland:
    'Tu escritorio (Wayland) decide dónde se colocan las ventanas, así que las pausas se muestran en una sola pantalla, la que él elija.',
} satisfies Messages['dialogs'];
