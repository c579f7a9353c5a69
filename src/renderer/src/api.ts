import type { UnhunchApi } from '../../shared/ipc-contract';

/** The preload's bridge to main. Page code goes through this one import so tests can see every use. */
export const api: UnhunchApi = window.unhunch;
