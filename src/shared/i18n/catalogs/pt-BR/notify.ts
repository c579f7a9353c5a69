import type { Messages } from '../../catalog';

/**
 * Notificações da área de trabalho: o aviso antes de uma pausa e os poucos avisos que o processo principal envia
 * por conta própria. Títulos curtos (o sistema os corta em cerca de 40 caracteres); o corpo pode ter duas ou três linhas.
 */
export const notify = {
  microWarningTitle: 'Pausa para alongamento em {time}',
  longWarningTitle: 'Pausa longa em {time}',
  warningBody: 'A seguir: {title}',
  microOfferTitle: 'Pausa para alongamento: quando puder',
  longOfferTitle: 'Pausa longa: quando puder',
  offerBody: 'Sua pausa já está esperando há um tempo. Quando tiver um momento, experimente: {title}.',
  strictTitle: 'Termine esta pausa primeiro',
  strictBody:
    'O modo rigoroso está ativado: a pausa só termina quando você a conclui. Depois disso, você pode suspender as pausas.',
  workedThroughTitle: 'Sua pausa ainda não acabou',
  workedThroughBody: 'Se puder, solte o teclado e o mouse por um momento. Ajuda mais do que parece.',
  postponeLimitTitle: 'Não dá para adiar mais',
  postponeLimitBody: 'Esta pausa já foi adiada o máximo de vezes permitido.',
  postponeAction: 'Adiar',
  skipAction: 'Pular',
  repairedTitle: 'O Unhunch reparou seus arquivos',
  settingsCannotSave:
    'O Unhunch não consegue salvar as configurações no lugar onde as guarda ({reason}), então as alterações não serão salvas nesta sessão.',
  historyCannotSave:
    'O Unhunch não consegue salvar o histórico no lugar onde o guarda ({reason}), então as alterações não serão salvas nesta sessão.',
  settingsUnreadableNoCopy:
    'Não foi possível ler nem copiar seu arquivo de configurações, então o Unhunch está usando as configurações padrão por enquanto e deixa o arquivo como está; as alterações não serão salvas.',
  historyUnreadableNoCopy:
    'Não foi possível ler nem copiar seu arquivo de histórico, então o Unhunch está usando um histórico vazio por enquanto e deixa o arquivo como está; as alterações não serão salvas.',
  settingsUnreadable:
    'Não foi possível ler seu arquivo de configurações, então o Unhunch começou com as configurações padrão. O arquivo ilegível foi guardado como {path}.',
  historyUnreadable:
    'Não foi possível ler seu arquivo de histórico, então o Unhunch começou com um histórico vazio. O arquivo ilegível foi guardado como {path}.',
  settingsNewer:
    'Seu arquivo de configurações foi gravado por uma versão mais nova do Unhunch. Ele não foi alterado; esta versão está usando as configurações padrão e não vai salvar alterações.',
  historyNewer:
    'Seu arquivo de histórico foi gravado por uma versão mais nova do Unhunch. Ele não foi alterado; esta versão está usando um histórico vazio e não vai salvar alterações.',
  ownCannotSave:
    'O Unhunch não consegue salvar seus próprios exercícios no lugar onde os guarda ({reason}), então as alterações não serão salvas nesta sessão.',
  ownUnreadableNoCopy:
    'Não foi possível ler nem copiar o arquivo dos seus próprios exercícios, então o Unhunch começou sem eles e deixa o arquivo como está; as alterações não serão salvas.',
  ownUnreadable:
    'Não foi possível ler o arquivo dos seus próprios exercícios, então o Unhunch começou sem eles. O arquivo ilegível foi guardado como {path}.',
  ownNewer:
    'O arquivo dos seus próprios exercícios foi gravado por uma versão mais nova do Unhunch. Ele não foi alterado; esta versão começa sem os seus próprios exercícios e não vai salvar alterações.',
  ownNoCopy:
    'O Unhunch não conseguiu guardar uma cópia do arquivo dos seus próprios exercícios, então deixa o arquivo como está; as alterações não serão salvas.',
  ownWholeFile:
    'O arquivo dos seus próprios exercícios não estava no formato esperado, então o Unhunch começou sem eles.',
  ownSetAside: {
    one: 'Nos seus próprios exercícios, {count} item estava danificado e foi deixado de lado.',
    many: 'Nos seus próprios exercícios, {count} itens estavam danificados e foram deixados de lado.',
    other: 'Nos seus próprios exercícios, {count} itens estavam danificados e foram deixados de lado.',
  },
  ownFixed: {
    one: 'Nos seus próprios exercícios, {count} problema foi corrigido.',
    many: 'Nos seus próprios exercícios, {count} problemas foram corrigidos.',
    other: 'Nos seus próprios exercícios, {count} problemas foram corrigidos.',
  },
  settingsNoCopy:
    'O Unhunch não conseguiu guardar uma cópia do seu arquivo de configurações, então deixa o arquivo como está; as alterações não serão salvas.',
  historyNoCopy:
    'O Unhunch não conseguiu guardar uma cópia do seu arquivo de histórico, então deixa o arquivo como está; as alterações não serão salvas.',
  repairedKeptAs: '{repairs} Seu arquivo antigo foi guardado como {path}.',
  settingsReset: 'Algumas configurações eram inválidas e voltaram ao padrão: {fields}.',
  settingsResetMore: {
    one: 'Algumas configurações eram inválidas e voltaram ao padrão: {fields} e mais {count}.',
    many: 'Algumas configurações eram inválidas e voltaram ao padrão: {fields} e mais {count}.',
    other: 'Algumas configurações eram inválidas e voltaram ao padrão: {fields} e mais {count}.',
  },
  settingsWholeFile: 'o arquivo inteiro',
  historyStartedNew:
    'Seu arquivo de histórico não estava no formato esperado, então o Unhunch começou um histórico novo.',
  historyEntriesUnreadable: {
    one: '{count} registro do histórico estava ilegível e ficou de fora.',
    many: '{count} registros do histórico estavam ilegíveis e ficaram de fora.',
    other: '{count} registros do histórico estavam ilegíveis e ficaram de fora.',
  },
  historyRolledUp: {
    one: 'Seu histórico tinha mais de {count} registro detalhado, então os dias mais antigos foram resumidos em totais diários. Seu arquivo antigo foi guardado como {path}.',
    many: 'Seu histórico tinha mais de {count} registros detalhados, então os dias mais antigos foram resumidos em totais diários. Seu arquivo antigo foi guardado como {path}.',
    other:
      'Seu histórico tinha mais de {count} registros detalhados, então os dias mais antigos foram resumidos em totais diários. Seu arquivo antigo foi guardado como {path}.',
  },
  historyTooLarge:
    'Seu histórico é maior do que o Unhunch guarda, e não foi possível fazer uma cópia dele; por isso, ele fica como está e as alterações não serão salvas.',
  rotationNewCycle: 'Você já passou por todas as opções para este tipo de pausa, então o rodízio recomeça.',
  rotationNoLongOption:
    'Nada mais longo combina com o lugar onde você está agora, então aqui vai uma opção mais curta.',
  rotationEverythingExcluded:
    'Tudo o que serve para esta pausa está marcado como “Não é para mim” ou precisa de um lugar onde você não está, então aqui vai uma checagem rápida da postura.',
} satisfies Messages['notify'];
