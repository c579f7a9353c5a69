import type { Messages } from '../../catalog';

/**
 * O que o sistema desenha para o Unhunch: títulos de janela, o menu do app no macOS, diálogos de salvar e de erro,
 * e os motivos que as Configurações mostram quando o sistema recusa um atalho ou a inicialização ao fazer login.
 */
export const dialogs = {
  playerWindow: 'Unhunch — alongamento',
  libraryWindow: 'Unhunch — biblioteca de exercícios',
  settingsWindow: 'Unhunch — configurações',
  progressWindow: 'Unhunch — progresso',
  welcomeWindow: 'Unhunch — boas-vindas',
  galleryWindow: 'Unhunch — galeria de posições',
  coverWindow: 'Unhunch — pausa',
  aboutMenu: 'Sobre o Unhunch',
  hideMenu: 'Ocultar Unhunch',
  hideOthersMenu: 'Ocultar Outros',
  showAllMenu: 'Mostrar Tudo',
  editMenu: 'Editar',
  undoMenu: 'Desfazer',
  redoMenu: 'Refazer',
  cutMenu: 'Recortar',
  copyMenu: 'Copiar',
  pasteMenu: 'Colar',
  pasteAndMatchStyleMenu: 'Colar e Manter Estilo',
  deleteMenu: 'Apagar',
  selectAllMenu: 'Selecionar Tudo',
  windowMenu: 'Janela',
  minimizeMenu: 'Minimizar',
  closeMenu: 'Fechar Janela',
  exportHistoryTitle: 'Exportar histórico',
  startFailedTitle: 'Não foi possível iniciar o Unhunch',
  startFailedBody: '{error}\n\nSuas configurações e seu histórico estão em {folder}.',
  shortcutRefused:
    'Outro app já usa {shortcut}, então ele não faz nada no Unhunch. Escolha outro ou feche esse app e abra as Configurações de novo.',
  shortcutRefusedWayland:
    'Sua área de trabalho não liberou {shortcut} para o Unhunch: talvez outro app o esteja usando, ou a área de trabalho não ofereça atalhos globais aos apps. Escolha outro.',
  shortcutUnreadable: '{shortcut} não pode ser usado como atalho global aqui. Escolha outro.',
  loginItemUnpackagedMac:
    'A inicialização ao fazer login só funciona depois que o Unhunch estiver instalado; ele não consegue se registrar quando é executado a partir do código-fonte no macOS.',
  loginItemUnsupported: 'A inicialização ao fazer login não está disponível neste sistema.',
  loginItemMacApproval:
    'O macOS está aguardando sua aprovação: permita o Unhunch em Ajustes do Sistema, Geral, Itens de Início.',
  loginItemTurnOnFailed: 'Não foi possível ativar a inicialização ao fazer login: {error}',
  loginItemTurnOffFailed: 'Não foi possível desativar a inicialização ao fazer login: {error}',
  loginItemTurnOnNotKept:
    'Não foi possível ativar a inicialização ao fazer login: o sistema não manteve a alteração',
  loginItemTurnOffNotKept:
    'Não foi possível desativar a inicialização ao fazer login: o sistema não manteve a alteração',
  everyScreenWayland:
    'Sua área de trabalho (Wayland) decide onde as janelas aparecem, então as pausas são mostradas em uma só tela, onde quer que ela as coloque.',
} satisfies Messages['dialogs'];
