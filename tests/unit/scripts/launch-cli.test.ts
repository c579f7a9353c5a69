import { describe, expect, it } from 'vitest';
import { sandboxProblem, type SandboxFacts } from '../../../scripts/launch-cli';

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
