import type { Messages } from '../../catalog';

export const validation = {} satisfies Messages['validation'];
