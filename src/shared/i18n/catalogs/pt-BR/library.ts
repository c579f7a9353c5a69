import type { Messages } from '../../catalog';

export const library = {} satisfies Messages['library'];
