/**
 * English: the source language. Its tables define every key and placeholder the other languages must
 * have; its exercise texts are the records in src/shared/exercises and friends.
 */
import type { LocaleBundle } from '../../catalog';
import { common } from './common';
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

export const en = {
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
} as const;

export default { locale: 'en', messages: en } satisfies LocaleBundle;
