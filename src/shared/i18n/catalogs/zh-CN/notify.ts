import type { Messages } from '../../catalog';

/**
 * 桌面通知：休息前的提醒，以及主进程自己发出的几条通知。标题要短（系统大约在 40 个字符处截断），
 * 正文可以有两三行。
 */
export const notify = {
  microWarningTitle: '{time}后开始拉伸休息',
  longWarningTitle: '{time}后开始长休息',
  warningBody: '接下来：{title}',
  microOfferTitle: '拉伸休息：有空时再做',
  longOfferTitle: '长休息：有空时再做',
  offerBody: '你的休息已经等了一段时间。有空的时候，试试：{title}。',
  strictTitle: '请先完成这次休息',
  strictBody: '严格模式已开启：休息要做完才会结束。之后你可以暂停休息提醒。',
  workedThroughTitle: '你的休息还没结束',
  workedThroughBody: '如果可以，请暂时放开键盘和鼠标。这比看上去更有帮助。',
  postponeLimitTitle: '不能再推迟了',
  postponeLimitBody: '这次休息的推迟次数已经达到上限。',
  postponeAction: '推迟',
  skipAction: '跳过',
  repairedTitle: 'Unhunch 修复了它的文件',
  settingsCannotSave: 'Unhunch 无法在存放设置的位置保存设置（{reason}），所以本次运行期间的更改不会被保存。',
  historyCannotSave:
    'Unhunch 无法在存放历史记录的位置保存历史记录（{reason}），所以本次运行期间的更改不会被保存。',
  settingsUnreadableNoCopy:
    '你的设置文件无法读取，也无法复制，所以 Unhunch 暂时使用默认设置，并保持该文件原样；更改不会被保存。',
  historyUnreadableNoCopy:
    '你的历史记录文件无法读取，也无法复制，所以 Unhunch 暂时使用空的历史记录，并保持该文件原样；更改不会被保存。',
  settingsUnreadable: '你的设置文件无法读取，所以 Unhunch 以默认设置启动。无法读取的文件已保留为 {path}。',
  historyUnreadable:
    '你的历史记录文件无法读取，所以 Unhunch 以空的历史记录启动。无法读取的文件已保留为 {path}。',
  settingsNewer:
    '你的设置文件是由更新版本的 Unhunch 写入的。该文件没有被改动；当前版本使用默认设置，且不会保存更改。',
  historyNewer:
    '你的历史记录文件是由更新版本的 Unhunch 写入的。该文件没有被改动；当前版本使用空的历史记录，且不会保存更改。',
  ownCannotSave:
    'Unhunch 无法在存放自定义练习的位置保存你的自定义练习（{reason}），所以本次运行期间的更改不会被保存。',
  ownUnreadableNoCopy:
    '你的自定义练习文件无法读取，也无法复制，所以 Unhunch 启动时没有载入你的自定义练习，并保持该文件原样；更改不会被保存。',
  ownUnreadable:
    '你的自定义练习文件无法读取，所以 Unhunch 启动时没有载入你的自定义练习。无法读取的文件已保留为 {path}。',
  ownNewer:
    '你的自定义练习文件是由更新版本的 Unhunch 写入的。该文件没有被改动；当前版本启动时不载入你的自定义练习，且不会保存更改。',
  ownNoCopy: 'Unhunch 无法为你的自定义练习文件保留副本，所以保持该文件原样；更改不会被保存。',
  ownWholeFile: '你的自定义练习文件格式不符合预期，所以 Unhunch 启动时没有载入你的自定义练习。',
  ownSetAside: { other: '你的自定义练习中有{count}个条目已损坏，已被移出。' },
  ownFixed: { other: '你的自定义练习中有{count}个问题已修复。' },
  settingsNoCopy: 'Unhunch 无法为你的设置文件保留副本，所以保持该文件原样；更改不会被保存。',
  historyNoCopy: 'Unhunch 无法为你的历史记录文件保留副本，所以保持该文件原样；更改不会被保存。',
  repairedKeptAs: '{repairs}你的旧文件已保留为 {path}。',
  settingsReset: '部分设置无效，已恢复为默认值：{fields}。',
  settingsResetMore: { other: '部分设置无效，已恢复为默认值：{fields}，另外还有{count}项。' },
  settingsWholeFile: '整个文件',
  historyStartedNew: '你的历史记录文件格式不符合预期，所以 Unhunch 新建了一份历史记录。',
  historyEntriesUnreadable: { other: '有{count}条历史记录无法读取，已被略去。' },
  historyRolledUp: {
    other:
      '你的历史记录中详细条目超过了{count}条，所以最早几天的记录已汇总为每日合计。你的旧文件已保留为 {path}。',
  },
  historyTooLarge:
    '你的历史记录超过了 Unhunch 能保存的大小，而且无法为它创建副本，所以保持原样；更改不会被保存。',
  rotationNewCycle: '这类休息的所有选项你都已经做过一遍了，所以轮换重新开始。',
  rotationNoLongOption: '眼下没有更长的练习适合你所在的地方，所以换成一个短一些的。',
  rotationEverythingExcluded:
    '适合这次休息的练习都被标记为“不适合我”，或者需要你现在不在的场地，所以改为做一次快速的姿势检查。',
} satisfies Messages['notify'];
