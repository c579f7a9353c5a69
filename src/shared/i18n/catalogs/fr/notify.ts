import type { Messages } from '../../catalog';

/**
 * Desktop notifications: the heads-up before a break, and the few notices main sends on its own. Titles
 * are short (the system cuts them at about 40 characters); bodies may run to two or three lines.
 */
export const notify = {
  microWarningTitle: 'Pause étirement dans {time}',
  longWarningTitle: 'Longue pause dans {time}',
  warningBody: 'Au programme : {title}',
  microOfferTitle: 'Pause étirement : quand vous pourrez',
  longOfferTitle: 'Longue pause : quand vous pourrez',
  offerBody: 'Votre pause attend depuis un moment. Quand vous aurez un instant, essayez : {title}.',
  strictTitle: 'Terminez d’abord cette pause',
  strictBody:
    'Le mode strict est activé : la pause prend fin quand vous l’avez terminée. Vous pourrez suspendre les pauses ensuite.',
  workedThroughTitle: 'Votre pause est toujours en cours',
  workedThroughBody:
    'Si vous le pouvez, lâchez le clavier et la souris un instant. Cela aide plus qu’il n’y paraît.',
  postponeLimitTitle: 'Plus de report possible',
  postponeLimitBody: 'Cette pause a déjà été reportée autant de fois que permis.',
  postponeAction: 'Reporter',
  skipAction: 'Passer',
  repairedTitle: 'Unhunch a réparé ses fichiers',
  settingsCannotSave:
    'Unhunch ne peut pas enregistrer ses paramètres à l’endroit où il les conserve ({reason}) : les modifications ne seront donc pas enregistrées pendant cette session.',
  historyCannotSave:
    'Unhunch ne peut pas enregistrer son historique à l’endroit où il le conserve ({reason}) : les modifications ne seront donc pas enregistrées pendant cette session.',
  settingsUnreadableNoCopy:
    'Votre fichier de paramètres n’a pu être ni lu ni copié : Unhunch utilise donc pour l’instant les paramètres par défaut et laisse le fichier tel quel ; les modifications ne seront pas enregistrées.',
  historyUnreadableNoCopy:
    'Votre fichier d’historique n’a pu être ni lu ni copié : Unhunch utilise donc pour l’instant un historique vide et laisse le fichier tel quel ; les modifications ne seront pas enregistrées.',
  settingsUnreadable:
    'Votre fichier de paramètres n’a pas pu être lu : Unhunch a donc démarré avec les paramètres par défaut. Le fichier illisible a été conservé sous {path}.',
  historyUnreadable:
    'Votre fichier d’historique n’a pas pu être lu : Unhunch a donc démarré avec un historique vide. Le fichier illisible a été conservé sous {path}.',
  settingsNewer:
    'Votre fichier de paramètres a été écrit par une version plus récente d’Unhunch. Il n’a pas été modifié ; cette version utilise les paramètres par défaut et n’enregistrera pas les modifications.',
  historyNewer:
    'Votre fichier d’historique a été écrit par une version plus récente d’Unhunch. Il n’a pas été modifié ; cette version utilise un historique vide et n’enregistrera pas les modifications.',
  ownCannotSave:
    'Unhunch ne peut pas enregistrer vos propres exercices à l’endroit où il les conserve ({reason}) : les modifications ne seront donc pas enregistrées pendant cette session.',
  ownUnreadableNoCopy:
    'Le fichier de vos propres exercices n’a pu être ni lu ni copié : Unhunch a donc démarré sans vos propres exercices et laisse le fichier tel quel ; les modifications ne seront pas enregistrées.',
  ownUnreadable:
    'Le fichier de vos propres exercices n’a pas pu être lu : Unhunch a donc démarré sans vos propres exercices. Le fichier illisible a été conservé sous {path}.',
  ownNewer:
    'Le fichier de vos propres exercices a été écrit par une version plus récente d’Unhunch. Il n’a pas été modifié ; cette version démarre sans vos propres exercices et n’enregistrera pas les modifications.',
  ownNoCopy:
    'Unhunch n’a pas pu faire de copie du fichier de vos propres exercices : il laisse donc le fichier tel quel ; les modifications ne seront pas enregistrées.',
  ownWholeFile:
    'Le fichier de vos propres exercices n’avait pas la forme attendue : Unhunch a donc démarré sans vos propres exercices.',
  ownSetAside: {
    one: 'Dans vos propres exercices, {count} entrée était endommagée et a été mise de côté.',
    many: 'Dans vos propres exercices, {count} entrées étaient endommagées et ont été mises de côté.',
    other: 'Dans vos propres exercices, {count} entrées étaient endommagées et ont été mises de côté.',
  },
  ownFixed: {
    one: 'Dans vos propres exercices, {count} problème a été corrigé.',
    many: 'Dans vos propres exercices, {count} problèmes ont été corrigés.',
    other: 'Dans vos propres exercices, {count} problèmes ont été corrigés.',
  },
  settingsNoCopy:
    'Unhunch n’a pas pu faire de copie de votre fichier de paramètres : il laisse donc le fichier tel quel ; les modifications ne seront pas enregistrées.',
  historyNoCopy:
    'Unhunch n’a pas pu faire de copie de votre fichier d’historique : il laisse donc le fichier tel quel ; les modifications ne seront pas enregistrées.',
  repairedKeptAs: '{repairs} Votre ancien fichier a été conservé sous {path}.',
  settingsReset:
    'Certains paramètres n’étaient pas valides et ont été rétablis à leur valeur par défaut : {fields}.',
  settingsResetMore: {
    one: 'Certains paramètres n’étaient pas valides et ont été rétablis à leur valeur par défaut : {fields} et {count} autre.',
    many: 'Certains paramètres n’étaient pas valides et ont été rétablis à leur valeur par défaut : {fields} et {count} autres.',
    other:
      'Certains paramètres n’étaient pas valides et ont été rétablis à leur valeur par défaut : {fields} et {count} autres.',
  },
  settingsWholeFile: 'le fichier entier',
  historyStartedNew:
    'Votre fichier d’historique n’avait pas la forme attendue : Unhunch a donc commencé un nouvel historique.',
  historyEntriesUnreadable: {
    one: '{count} entrée de l’historique était illisible et a été laissée de côté.',
    many: '{count} entrées de l’historique étaient illisibles et ont été laissées de côté.',
    other: '{count} entrées de l’historique étaient illisibles et ont été laissées de côté.',
  },
  historyRolledUp: {
    one: 'Votre historique contenait plus de {count} entrée détaillée : les jours les plus anciens ont donc été résumés en totaux quotidiens. Votre ancien fichier a été conservé sous {path}.',
    many: 'Votre historique contenait plus de {count} entrées détaillées : les jours les plus anciens ont donc été résumés en totaux quotidiens. Votre ancien fichier a été conservé sous {path}.',
    other:
      'Votre historique contenait plus de {count} entrées détaillées : les jours les plus anciens ont donc été résumés en totaux quotidiens. Votre ancien fichier a été conservé sous {path}.',
  },
  historyTooLarge:
    'Votre historique dépasse la taille qu’Unhunch peut conserver et aucune copie n’a pu en être faite : il est donc laissé tel quel ; les modifications ne seront pas enregistrées.',
  rotationNewCycle:
    'Vous avez fait le tour de toutes les options pour ce type de pause : la rotation recommence donc depuis le début.',
  rotationNoLongOption:
    'Rien de plus long ne convient à l’endroit où vous vous trouvez pour le moment : voici donc une option plus courte.',
  rotationEverythingExcluded:
    'Tout ce qui convient à cette pause est marqué « Pas pour moi » ou demande un endroit où vous n’êtes pas : voici donc plutôt un rapide contrôle de la posture.',
} satisfies Messages['notify'];
