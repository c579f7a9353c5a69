import type { Messages } from '../../catalog';

/** A janela de boas-vindas: aparece na primeira execução e sempre que o Unhunch é aberto de novo enquanto já está rodando. */
export const welcome = {
  documentTitle: 'Boas-vindas · Unhunch',
  title: 'Boas-vindas ao Unhunch',
  lead: 'Alongamentos curtos e guiados para o pescoço e a parte de cima das costas, oferecidos enquanto você trabalha e programados de acordo com o tempo que você realmente passou no computador. Tudo fica neste computador.',
  breaks: 'Pausas',
  statusFailed:
    'O Unhunch não conseguiu informar quando será a próxima pausa. Feche esta janela e abra-a de novo para tentar outra vez.',
  actions: 'O que você gostaria de fazer?',
  where: 'Onde encontrar o Unhunch',
  gnomeHint:
    'No GNOME, os ícones da bandeja precisam da extensão “AppIndicator and KStatusNotifierItem Support” ({package}). Ative-a, saia da sessão, entre de novo e inicie o Unhunch outra vez.',
  quitHere: 'Ao sair, as pausas param até você abrir o Unhunch de novo.',

  trayMac: 'O Unhunch fica na barra de menus, no alto da tela.',
  trayWindows:
    'O Unhunch fica na área de notificação, na ponta direita da barra de tarefas (se o ícone não estiver lá, clique na setinha ao lado do relógio).',
  trayLinux: 'O Unhunch fica na bandeja do sistema, no painel da sua área de trabalho.',
  trayOther: 'O Unhunch fica na bandeja do sistema da sua área de trabalho.',
  trayUse:
    '{place} Clique no ícone para começar um alongamento, suspender as pausas ou abrir a biblioteca, as configurações e o progresso. O Unhunch continua funcionando quando esta janela é fechada e avisa quando chega a hora de uma pausa.',
  noTray:
    'Sua área de trabalho não mostra ícones na bandeja, então esta janela é o seu ponto de acesso. Feche-a quando quiser: o Unhunch continua funcionando e ainda avisa quando chega a hora de uma pausa. Para voltar aqui, abra o Unhunch de novo pelo seu menu de aplicativos.',

  startFailed: 'Não foi possível iniciar “{action}”. Tente novamente.',
  openFailed: 'Não foi possível abrir “{action}”. Tente novamente.',
  postponeFailed: 'Não foi possível adiar a pausa. Tente novamente.',
  skipFailed: 'Não foi possível pular a pausa. Tente novamente.',
  pauseFailed: 'Não foi possível suspender as pausas. Tente novamente.',
  resumeFailed: 'Não foi possível retomar as pausas. Tente novamente.',
  quitFailed: 'Não foi possível encerrar o Unhunch. Tente novamente.',
} satisfies Messages['welcome'];
