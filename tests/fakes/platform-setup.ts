/**
 * Setup for the main-process suite's platform runs: the process looks like the platform the fake
 * Electron simulates, so every `process.platform` branch in src/main takes that platform's path.
 */
import { tmpdir } from 'node:os';
import { platformOf, profileFromEnv } from './platform-profiles';

const profile = profileFromEnv();
// Node's tmpdir() reads TEMP once the process says it is Windows; keep it on this machine's folder.
process.env['TEMP'] = tmpdir();
Object.defineProperty(process, 'platform', { value: platformOf(profile), configurable: true });
if (profile === 'linux-wayland') {
  process.env['XDG_SESSION_TYPE'] = 'wayland';
  process.env['WAYLAND_DISPLAY'] = 'wayland-0';
} else {
  delete process.env['WAYLAND_DISPLAY'];
  process.env['XDG_SESSION_TYPE'] = profile === 'linux-x11' ? 'x11' : '';
}
