import type { Messages } from '../../catalog';

export const player = {} satisfies Messages['player'];
