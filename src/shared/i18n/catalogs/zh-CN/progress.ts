import type { Messages } from '../../catalog';

export const progress = {} satisfies Messages['progress'];
