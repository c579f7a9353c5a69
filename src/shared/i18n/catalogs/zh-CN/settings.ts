import type { Messages } from '../../catalog';

export const settings = {} satisfies Messages['settings'];
