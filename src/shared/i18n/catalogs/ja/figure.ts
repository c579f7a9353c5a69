import type { Messages } from '../../catalog';

export const figure = {} satisfies Messages['figure'];
