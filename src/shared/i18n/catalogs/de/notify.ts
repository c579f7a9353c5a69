import type { Messages } from '../../catalog';

/**
 * Desktop notifications: the heads-up before a break, and the few notices main sends on its own. Titles
 * are short (the system cuts them at about 40 characters); bodies may run to two or three lines.
 */
export const notify = {
  microWarningTitle: 'Dehnpause in {time}',
  longWarningTitle: 'Lange Pause in {time}',
  warningBody: 'Als Nächstes: {title}',
  microOfferTitle: 'Dehnpause: wenn du kannst',
  longOfferTitle: 'Lange Pause: wenn du kannst',
  offerBody: 'Deine Pause wartet schon eine Weile. Wenn du einen Moment Zeit hast, probier: {title}.',
  strictTitle: 'Erst diese Pause beenden',
  strictBody:
    'Der strenge Modus ist an: Die Pause endet, wenn du sie abschließt. Danach kannst du Pausen aussetzen.',
  workedThroughTitle: 'Deine Pause läuft noch',
  workedThroughBody:
    'Wenn du kannst, lass Tastatur und Maus für einen Moment los. Das hilft mehr, als man denkt.',
  postponeLimitTitle: 'Kein weiteres Verschieben',
  postponeLimitBody: 'Diese Pause wurde so oft verschoben, wie es erlaubt ist.',
  postponeAction: 'Verschieben',
  skipAction: 'Überspringen',
  repairedTitle: 'Unhunch hat seine Dateien repariert',
  settingsCannotSave:
    'Unhunch kann seine Einstellungen nicht dort speichern, wo es sie ablegt ({reason}), deshalb werden Änderungen in dieser Sitzung nicht gespeichert.',
  historyCannotSave:
    'Unhunch kann deinen Verlauf nicht dort speichern, wo es ihn ablegt ({reason}), deshalb werden Änderungen in dieser Sitzung nicht gespeichert.',
  settingsUnreadableNoCopy:
    'Deine Einstellungsdatei konnte weder gelesen noch kopiert werden, deshalb verwendet Unhunch vorerst die Standardeinstellungen und lässt die Datei, wie sie ist; Änderungen werden nicht gespeichert.',
  historyUnreadableNoCopy:
    'Deine Verlaufsdatei konnte weder gelesen noch kopiert werden, deshalb verwendet Unhunch vorerst einen leeren Verlauf und lässt die Datei, wie sie ist; Änderungen werden nicht gespeichert.',
  settingsUnreadable:
    'Deine Einstellungsdatei konnte nicht gelesen werden, deshalb ist Unhunch mit den Standardeinstellungen gestartet. Die unlesbare Datei wurde als {path} aufbewahrt.',
  historyUnreadable:
    'Deine Verlaufsdatei konnte nicht gelesen werden, deshalb ist Unhunch mit einem leeren Verlauf gestartet. Die unlesbare Datei wurde als {path} aufbewahrt.',
  settingsNewer:
    'Deine Einstellungsdatei wurde von einer neueren Version von Unhunch geschrieben. Sie bleibt unverändert; diese Version verwendet die Standardeinstellungen und speichert keine Änderungen.',
  historyNewer:
    'Deine Verlaufsdatei wurde von einer neueren Version von Unhunch geschrieben. Sie bleibt unverändert; diese Version verwendet einen leeren Verlauf und speichert keine Änderungen.',
  ownCannotSave:
    'Unhunch kann deine eigenen Übungen nicht dort speichern, wo es sie ablegt ({reason}), deshalb werden Änderungen in dieser Sitzung nicht gespeichert.',
  ownUnreadableNoCopy:
    'Die Datei mit deinen eigenen Übungen konnte weder gelesen noch kopiert werden, deshalb ist Unhunch ohne deine eigenen Übungen gestartet und lässt die Datei, wie sie ist; Änderungen werden nicht gespeichert.',
  ownUnreadable:
    'Die Datei mit deinen eigenen Übungen konnte nicht gelesen werden, deshalb ist Unhunch ohne deine eigenen Übungen gestartet. Die unlesbare Datei wurde als {path} aufbewahrt.',
  ownNewer:
    'Die Datei mit deinen eigenen Übungen wurde von einer neueren Version von Unhunch geschrieben. Sie bleibt unverändert; diese Version startet ohne deine eigenen Übungen und speichert keine Änderungen.',
  ownNoCopy:
    'Unhunch konnte keine Kopie der Datei mit deinen eigenen Übungen anlegen, deshalb lässt es die Datei, wie sie ist; Änderungen werden nicht gespeichert.',
  ownWholeFile:
    'Die Datei mit deinen eigenen Übungen hatte nicht die erwartete Form, deshalb ist Unhunch ohne deine eigenen Übungen gestartet.',
  ownSetAside: {
    one: 'In deinen eigenen Übungen war {count} Eintrag beschädigt und wurde beiseitegelegt.',
    other: 'In deinen eigenen Übungen waren {count} Einträge beschädigt und wurden beiseitegelegt.',
  },
  ownFixed: {
    one: 'In deinen eigenen Übungen wurde {count} Problem behoben.',
    other: 'In deinen eigenen Übungen wurden {count} Probleme behoben.',
  },
  settingsNoCopy:
    'Unhunch konnte keine Kopie deiner Einstellungsdatei anlegen, deshalb lässt es die Datei, wie sie ist; Änderungen werden nicht gespeichert.',
  historyNoCopy:
    'Unhunch konnte keine Kopie deiner Verlaufsdatei anlegen, deshalb lässt es die Datei, wie sie ist; Änderungen werden nicht gespeichert.',
  repairedKeptAs: '{repairs} Deine alte Datei wurde als {path} aufbewahrt.',
  settingsReset:
    'Einige Einstellungen waren ungültig und wurden auf die Standardwerte zurückgesetzt: {fields}.',
  settingsResetMore: {
    one: 'Einige Einstellungen waren ungültig und wurden auf die Standardwerte zurückgesetzt: {fields} und {count} weitere.',
    other:
      'Einige Einstellungen waren ungültig und wurden auf die Standardwerte zurückgesetzt: {fields} und {count} weitere.',
  },
  settingsWholeFile: 'die ganze Datei',
  historyStartedNew:
    'Deine Verlaufsdatei hatte nicht die erwartete Form, deshalb hat Unhunch einen neuen Verlauf begonnen.',
  historyEntriesUnreadable: {
    one: '{count} Eintrag im Verlauf war nicht lesbar und wurde weggelassen.',
    other: '{count} Einträge im Verlauf waren nicht lesbar und wurden weggelassen.',
  },
  historyRolledUp: {
    one: 'Dein Verlauf enthielt mehr als {count} Einzeleinträge, deshalb wurden die ältesten Tage zu Tagessummen zusammengefasst. Deine alte Datei wurde als {path} aufbewahrt.',
    other:
      'Dein Verlauf enthielt mehr als {count} Einzeleinträge, deshalb wurden die ältesten Tage zu Tagessummen zusammengefasst. Deine alte Datei wurde als {path} aufbewahrt.',
  },
  historyTooLarge:
    'Dein Verlauf ist größer als das, was Unhunch aufbewahrt, und es ließ sich keine Kopie davon anlegen, deshalb bleibt er, wie er ist; Änderungen werden nicht gespeichert.',
  rotationNewCycle:
    'Du hast alle Möglichkeiten für diese Art von Pause durch, deshalb beginnt die Reihe von vorn.',
  rotationNoLongOption:
    'Zu deinem jetzigen Platz passt nichts Längeres, deshalb gibt es diesmal etwas Kürzeres.',
  rotationEverythingExcluded:
    'Alles, was zu dieser Pause passt, ist als „Nicht für mich“ markiert oder braucht einen Ort, an dem du gerade nicht bist, deshalb gibt es stattdessen einen kurzen Haltungscheck.',
} satisfies Messages['notify'];
