import type { Messages } from '../../catalog';

export const cover = {} satisfies Messages['cover'];
