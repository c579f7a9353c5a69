/** 日本語：丁寧な「です・ます」、わかりやすい指示（〜してください）。 */
import type { LocaleBundle } from '../../catalog';
import { common } from './common';
import { content } from './content';
import { cover } from './cover';
import { dialogs } from './dialogs';
import { figure } from './figure';
import { library } from './library';
import { notify } from './notify';
import { own } from './own';
import { player } from './player';
import { progress } from './progress';
import { settings } from './settings';
import { tray } from './tray';
import { validation } from './validation';
import { welcome } from './welcome';

export default {
  locale: 'ja',
  messages: {
    common,
    tray,
    notify,
    dialogs,
    validation,
    player,
    cover,
    figure,
    library,
    progress,
    welcome,
    settings,
    own,
  },
  content,
} satisfies LocaleBundle;
