/// <reference types="svelte" />
/// <reference types="vite/client" />
import type { UnhunchApi } from '../../shared/ipc-contract';

declare global {
  interface Window {
    /** Exposed by the preload script; the only way this page talks to the rest of the app. */
    unhunch: UnhunchApi;
  }
}
