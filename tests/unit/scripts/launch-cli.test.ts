import { describe, expect, it } from 'vitest';
import { electronViteArgs, sandboxProblem, type SandboxFacts } from '../../../scripts/launch-cli';

const helperPath = '/home/ana/unhunch/node_modules/electron/dist/chrome-sandbox';
const ubuntu: SandboxFacts = {
  platform: 'linux',
  uid: 1000,
  helper: { path: helperPath, uid: 1000, mode: 0o100755 },
  userNamespacesRestricted: true,
};

describe('the Linux sandbox check before Electron starts', () => {
  it('gives one instruction, naming the helper, where namespaces are restricted and the helper is not setuid root', () => {
    const problem = sandboxProblem(ubuntu);
    expect(problem).toContain(`sudo chown root:root '${helperPath}' && sudo chmod 4755 '${helperPath}'`);
    expect(problem?.match(/sudo/g)).toHaveLength(2);
  });

  it('lets Electron start once the helper is setuid root', () => {
    expect(
      sandboxProblem({ ...ubuntu, helper: { path: helperPath, uid: 0, mode: 0o104755 } }),
    ).toBeUndefined();
  });

  it('still asks when the helper is owned by root but not setuid, or setuid but not root', () => {
    expect(sandboxProblem({ ...ubuntu, helper: { path: helperPath, uid: 0, mode: 0o100755 } })).toBeDefined();
    expect(
      sandboxProblem({ ...ubuntu, helper: { path: helperPath, uid: 1000, mode: 0o104755 } }),
    ).toBeDefined();
  });

  it('says nothing where user namespaces are allowed (Chromium uses them instead of the helper)', () => {
    expect(sandboxProblem({ ...ubuntu, userNamespacesRestricted: false })).toBeUndefined();
  });

  it('says nothing on other platforms, for root, or when the release has no helper', () => {
    expect(sandboxProblem({ ...ubuntu, platform: 'darwin' })).toBeUndefined();
    expect(sandboxProblem({ ...ubuntu, platform: 'win32' })).toBeUndefined();
    expect(sandboxProblem({ ...ubuntu, uid: 0 })).toBeUndefined();
    expect(sandboxProblem({ ...ubuntu, helper: undefined })).toBeUndefined();
  });
});

describe('npm start -- <command>: Unhunch’s own arguments reach Electron', () => {
  it('starts plainly, building first, with nothing for Electron', () => {
    expect(electronViteArgs('start', [], { built: true })).toEqual(['preview']);
    expect(electronViteArgs('dev', [], { built: true })).toEqual(['dev']);
  });

  it('hands a command to Electron after electron-vite’s `--`, reusing the build the running app uses', () => {
    expect(electronViteArgs('start', ['pause', '1h'], { built: true })).toEqual([
      'preview',
      '--skipBuild',
      '--',
      'pause',
      '1h',
    ]);
    // Our own switches too, untouched by electron-vite's option parser.
    expect(electronViteArgs('start', ['--help'], { built: true })).toEqual([
      'preview',
      '--skipBuild',
      '--',
      '--help',
    ]);
  });

  it('builds first when there is no build yet, and always in development', () => {
    expect(electronViteArgs('start', ['--version'], { built: false })).toEqual([
      'preview',
      '--',
      '--version',
    ]);
    expect(electronViteArgs('dev', ['settings'], { built: true })).toEqual(['dev', '--', 'settings']);
  });
});
