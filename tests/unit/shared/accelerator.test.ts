import { describe, expect, it } from 'vitest';
import {
  acceleratorFromKeyPress,
  checkAccelerator,
  displayAccelerator,
  type KeyPress,
} from '../../../src/shared/accelerator';

describe('checkAccelerator: the shortcuts Unhunch takes', () => {
  const valid: [string, string][] = [
    ['Ctrl+Alt+S', 'Ctrl+Alt+S'],
    ['alt+ctrl+s', 'Ctrl+Alt+S'],
    [' Control + Option + 5 ', 'Ctrl+Alt+5'],
    ['CmdOrCtrl+Shift+P', 'CommandOrControl+Shift+P'],
    ['Command+Alt+K', 'Command+Alt+K'],
    ['Meta+Space', 'Super+Space'],
    ['Super+Shift+Up', 'Shift+Super+Up'],
    ['Ctrl+Alt+Plus', 'Ctrl+Alt+Plus'],
    ['Ctrl+Alt+return', 'Ctrl+Alt+Enter'],
    ['Ctrl+Alt+Esc', 'Ctrl+Alt+Escape'],
    ['Ctrl+Alt+num7', 'Ctrl+Alt+num7'],
    ['Ctrl+Alt+/', 'Ctrl+Alt+/'],
    ['AltGr+Ctrl+Q', 'Ctrl+AltGr+Q'],
    ['F9', 'F9'],
    ['Shift+F24', 'Shift+F24'],
    ['Ctrl+Ctrl+B', 'Ctrl+B'],
  ];
  for (const [text, accelerator] of valid) {
    it(`takes ${text} as ${accelerator}`, () =>
      expect(checkAccelerator(text)).toEqual({ ok: true, accelerator }));
  }

  const invalid: [string, RegExp][] = [
    ['', /joined by "\+"/],
    ['Ctrl+', /joined by "\+"/],
    ['Ctrl++', /joined by "\+"/],
    ['S', /^needs Ctrl, Alt or Super .* or it would take that key from every app$/],
    ['Shift+S', /^needs Ctrl, Alt or Super/],
    ['Ctrl+Alt', /^needs a key besides/],
    ['Ctrl+A+B', /^can have only one key/],
    ['Ctrl+Alt+!', /"!" is not a key Unhunch can use/],
    ['Ctrl+MediaPlayPause', /"MediaPlayPause" is not a key/],
    ['Ctrl+VolumeUp', /"VolumeUp" is not a key/],
    ['Ctrl+Capslock', /"Capslock" is not a key/],
    ['Hyper+K', /"Hyper" is not a key/],
    ['Ctrl+Alt+é', /"é" is not a key/],
    ['Ctrl+F25', /"F25" is not a key/],
    ['constructor+K', /"constructor" is not a key/],
    ['Ctrl+toString', /"toString" is not a key/],
  ];
  for (const [text, message] of invalid) {
    it(`refuses ${JSON.stringify(text)}`, () => {
      const result = checkAccelerator(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(message);
    });
  }
});

describe('acceleratorFromKeyPress: what a recorder hears', () => {
  const press = (code: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
    code,
    key: '',
    ctrlKey: false,
    altKey: false,
    shiftKey: false,
    metaKey: false,
    ...modifiers,
  });

  it('spells a key by its place, whatever Alt or Option make it type', () => {
    expect(
      acceleratorFromKeyPress({ ...press('KeyS', { altKey: true, ctrlKey: true }), key: 'ß' }, false),
    ).toBe('Ctrl+Alt+S');
    expect(acceleratorFromKeyPress(press('Digit5', { ctrlKey: true, shiftKey: true }), false)).toBe(
      'Ctrl+Shift+5',
    );
    expect(acceleratorFromKeyPress(press('ArrowUp', { altKey: true }), false)).toBe('Alt+Up');
    expect(acceleratorFromKeyPress(press('Numpad3', { ctrlKey: true }), false)).toBe('Ctrl+num3');
    expect(acceleratorFromKeyPress(press('Slash', { ctrlKey: true }), false)).toBe('Ctrl+/');
    expect(acceleratorFromKeyPress(press('F7'), false)).toBe('F7');
  });

  it('names Meta Super on Windows and Linux, Command on a Mac', () => {
    expect(acceleratorFromKeyPress(press('KeyK', { metaKey: true }), false)).toBe('Super+K');
    expect(acceleratorFromKeyPress(press('KeyK', { metaKey: true, altKey: true }), true)).toBe(
      'Alt+Command+K',
    );
  });

  it('has nothing to say while only modifiers are down, or for a key it cannot name', () => {
    for (const code of [
      'ControlLeft',
      'AltRight',
      'ShiftLeft',
      'MetaLeft',
      'CapsLock',
      'MediaPlayPause',
      'Fn',
    ])
      expect(acceleratorFromKeyPress(press(code, { ctrlKey: true }), false)).toBeUndefined();
  });

  it('spells only what checkAccelerator takes', () => {
    const codes = [
      'KeyA',
      'Digit0',
      'F12',
      'Space',
      'Backquote',
      'NumpadAdd',
      'PageDown',
      'Escape',
      'PrintScreen',
    ];
    for (const code of codes) {
      const spelled = acceleratorFromKeyPress(press(code, { ctrlKey: true, altKey: true }), false)!;
      expect(checkAccelerator(spelled)).toMatchObject({ ok: true });
    }
  });
});

describe('displayAccelerator', () => {
  it('names CommandOrControl as the keyboard in front of the user does', () => {
    expect(displayAccelerator('CommandOrControl+Shift+F12', false)).toBe('Ctrl+Shift+F12');
    expect(displayAccelerator('CommandOrControl+Shift+F12', true)).toBe('Command+Shift+F12');
    expect(displayAccelerator('Ctrl+Alt+Plus', true)).toBe('Ctrl+Alt+Plus');
  });
});
