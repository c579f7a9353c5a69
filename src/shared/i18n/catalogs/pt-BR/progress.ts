import type { Messages } from '../../catalog';

/** A janela de progresso: os números de hoje, a sequência de dias, os gráficos do histórico e a exportação. */
export const progress = {
  documentTitle: 'Progresso · {appName}',
  title: 'Progresso',
  lead: 'Suas pausas e seu tempo ativo, guardados só neste computador.',
  loading: 'Carregando o progresso…',
  loadFailed: 'Não foi possível carregar o progresso: {error}',

  todayHeading: 'Hoje',
  activeMinutes: 'Minutos ativos',
  breaksCompleted: 'Pausas concluídas',
  skipped: 'Puladas',
  workedThrough: 'Ignoradas',
  streakLabel: 'Sequência:',
  streakNone: 'Nenhuma sequência ainda. Conclua uma pausa para começar uma.',
  streakToday: {
    one: '{count} dia seguido, contando hoje.',
    many: '{count} dias seguidos, contando hoje.',
    other: '{count} dias seguidos, contando hoje.',
  },
  streakNotToday: {
    one: '{count} dia seguido. Conclua uma pausa hoje para manter a sequência.',
    many: '{count} dias seguidos. Conclua uma pausa hoje para manter a sequência.',
    other: '{count} dias seguidos. Conclua uma pausa hoje para manter a sequência.',
  },

  historyHeading: 'Histórico',
  periodLegend: 'Mostrar os últimos',
  periodDays: { one: '{count} dia', many: '{count} dias', other: '{count} dias' },

  breaksChartTitle: 'Pausas por dia',
  completed: 'Concluídas',
  minutesChartTitle: 'Minutos ativos por dia',
  breaksSummary: {
    one: 'Último {count} dia — concluídas: {completed}; puladas: {skipped}.',
    many: 'Últimos {count} dias — concluídas: {completed}; puladas: {skipped}.',
    other: 'Últimos {count} dias — concluídas: {completed}; puladas: {skipped}.',
  },
  minutesSummary: {
    one: 'Último {count} dia: {minutes} de atividade no total.',
    many: 'Últimos {count} dias: {minutes} de atividade no total.',
    other: 'Últimos {count} dias: {minutes} de atividade no total.',
  },
  minutesMost: 'O dia mais ativo foi {date}, com {minutes}.',
  minutes: { one: '{count} minuto', many: '{count} minutos', other: '{count} minutos' },
  completedCount: { one: '{count} concluída', many: '{count} concluídas', other: '{count} concluídas' },
  skippedCount: { one: '{count} pulada', many: '{count} puladas', other: '{count} puladas' },
  activeMinutesCount: {
    one: '{count} minuto ativo',
    many: '{count} minutos ativos',
    other: '{count} minutos ativos',
  },
  chartPoint: '{date}: {value}',
  dayColumn: 'Dia',

  painChartTitle: 'Dor na parte de cima das costas',
  painTableCaption: 'Dor na parte de cima das costas por dia',
  painLegend: 'Média diária (0 = sem dor, 10 = a pior dor)',
  trendLegend: 'Tendência',
  painAverageColumn: 'Média (0–10)',
  checkInsColumn: 'Registros',
  painNone: {
    one: 'Nenhum registro no último {count} dia.',
    many: 'Nenhum registro nos últimos {count} dias.',
    other: 'Nenhum registro nos últimos {count} dias.',
  },
  checkIns: { one: '{count} registro', many: '{count} registros', other: '{count} registros' },
  painAverage: {
    one: '{checkIns} no último {count} dia, com média de {average} em 10.',
    many: '{checkIns} nos últimos {count} dias, com média de {average} em 10.',
    other: '{checkIns} nos últimos {count} dias, com média de {average} em 10.',
  },
  painCheckIns: {
    one: '{checkIns} no último {count} dia.',
    many: '{checkIns} nos últimos {count} dias.',
    other: '{checkIns} nos últimos {count} dias.',
  },
  trendEasing: 'A tendência é de alívio: de cerca de {start} para {end} em 10.',
  trendRising: 'A tendência é de aumento: de cerca de {start} para {end} em 10.',
  trendLevel: 'A tendência está praticamente estável: de cerca de {start} para {end} em 10.',
  painCheckInOff:
    'O registro de dor está desativado. Ative “Perguntar como está a parte de cima das minhas costas depois de uma pausa” em Configurações para acompanhar, ao longo do tempo, como está a parte de cima das suas costas.',
  noCheckInsYet: 'Ainda não há registros de dor nesses dias. A pergunta aparece depois de uma pausa.',

  exportHeading: 'Exportar',
  exportLead:
    'Salve todo o seu histórico em um arquivo, para abrir em uma planilha ou guardar com seus documentos.',
  exportCsv: 'Exportar CSV',
  exportJson: 'Exportar JSON',
  exportSaved: 'Arquivo {format} salvo em {path}',
  exportCancelled: 'Exportação cancelada.',
  exportFailed: 'Falha ao exportar {format}: {error}',
} satisfies Messages['progress'];
