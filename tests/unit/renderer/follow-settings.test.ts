import { describe, expect, it } from 'vitest';
import { followSettings } from '../../../src/renderer/src/follow-settings';
import type { SettingsView } from '../../../src/shared/ipc-contract';

/** A bridge whose first read answers when the test says, and whose change events the test sends. */
function fakeBridge() {
  let answer: (view: SettingsView) => void = () => {};
  let fail: (error: Error) => void = () => {};
  let listener: ((view: SettingsView) => void) | undefined;
  const api = {
    getSettings: () =>
      new Promise<SettingsView>((resolve, reject) => {
        answer = resolve;
        fail = reject;
      }),
    on: ((_event: 'settingsChanged', next: (view: SettingsView) => void) => {
      listener = next;
      return () => (listener = undefined);
    }) as never,
  };
  return {
    api,
    answer: (view: SettingsView) => answer(view),
    fail: (e: Error) => fail(e),
    emit: (view: SettingsView) => listener?.(view),
    listening: () => listener !== undefined,
  };
}

const view = (tag: string) => ({ notice: tag }) as unknown as SettingsView;

describe('followSettings', () => {
  it('takes the first read, then every change', async () => {
    const bridge = fakeBridge();
    const seen: unknown[] = [];
    const { first } = followSettings(bridge.api, (next) => seen.push(next.notice));
    bridge.answer(view('read'));
    await first;
    bridge.emit(view('changed'));
    expect(seen).toEqual(['read', 'changed']);
  });

  it('drops a first read that answers after a change, which is newer', async () => {
    const bridge = fakeBridge();
    const seen: unknown[] = [];
    const { first } = followSettings(bridge.api, (next) => seen.push(next.notice));
    bridge.emit(view('changed'));
    bridge.answer(view('stale read'));
    await first;
    expect(seen).toEqual(['changed']);
  });

  it('reports a failed read through `first`, and stops following when asked', async () => {
    const bridge = fakeBridge();
    const { first, unsubscribe } = followSettings(bridge.api, () => {});
    bridge.fail(new Error('main is gone'));
    await expect(first).rejects.toThrow('main is gone');
    expect(bridge.listening()).toBe(true);
    unsubscribe();
    expect(bridge.listening()).toBe(false);
  });
});
