import type { Messages } from '../../catalog';

export const notify = {} satisfies Messages['notify'];
