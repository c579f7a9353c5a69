/**
 * What "pause breaks" asks of the engine. It lives here, not in the engine, because the tray menu and the
 * welcome page offer the same choices and the IPC contract validates them.
 */
export type PauseRequest =
  { kind: 'minutes'; minutes: number } | { kind: 'tomorrow' } | { kind: 'indefinite' };
