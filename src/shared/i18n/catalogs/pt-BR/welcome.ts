import type { Messages } from '../../catalog';

export const welcome = {} satisfies Messages['welcome'];
