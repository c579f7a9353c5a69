import type { Messages } from '../../catalog';

export const dialogs = {} satisfies Messages['dialogs'];
