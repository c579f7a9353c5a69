/**
 * Global shortcuts as Electron's accelerators ("Ctrl+Alt+S"), checked before Electron sees them. Shared:
 * the settings page records and checks a shortcut with the same rules the stored preferences are
 * normalised by, so a shortcut main would refuse is never sent.
 *
 * Stricter than Electron on purpose. Electron takes a lone letter, which as a global shortcut would
 * swallow that letter in every app; media keys, which macOS only lends to apps the user has trusted
 * for accessibility; shifted symbols ("!"), whose key differs by keyboard layout; and unknown words
 * before the key, which it ignores. Here a shortcut is one key from a fixed list with Ctrl, Alt, Super
 * or Command (Shift may join them), or a function key alone.
 */
import { englishIssue, type ValidationIssue } from './validation-issue';

/** Modifiers by every name Electron accepts, to the one written back. */
const MODIFIERS: Record<string, string> = {
  commandorcontrol: 'CommandOrControl',
  cmdorctrl: 'CommandOrControl',
  command: 'Command',
  cmd: 'Command',
  control: 'Ctrl',
  ctrl: 'Ctrl',
  alt: 'Alt',
  option: 'Alt',
  altgr: 'AltGr',
  shift: 'Shift',
  super: 'Super',
  meta: 'Super',
};
/** The order modifiers are written in, as menus and system settings show them. */
const MODIFIER_ORDER = ['CommandOrControl', 'Command', 'Ctrl', 'Alt', 'AltGr', 'Shift', 'Super'];

const NAMED_KEYS = [
  'Space',
  'Tab',
  'Backspace',
  'Delete',
  'Insert',
  'Enter',
  'Up',
  'Down',
  'Left',
  'Right',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Escape',
  'PrintScreen',
  'Plus',
  ...Array.from({ length: 10 }, (_, digit) => `num${digit}`),
  'numdec',
  'numadd',
  'numsub',
  'nummult',
  'numdiv',
];
const FUNCTION_KEYS = Array.from({ length: 24 }, (_, index) => `F${index + 1}`);
/** Unshifted symbols on a US layout: the key is the same wherever the symbol is printed on it. */
const SYMBOLS = ['-', '=', '[', ']', '\\', ';', "'", ',', '.', '/', '`'];

const KEYS: Record<string, string> = Object.fromEntries([
  ...[...NAMED_KEYS, ...FUNCTION_KEYS].map((name) => [name.toLowerCase(), name] as const),
  ['return', 'Enter'],
  ['esc', 'Escape'],
  ...SYMBOLS.map((symbol) => [symbol, symbol] as const),
]);

/** A refusal: the issue for the interface, and in English for logs and tests. */
export type AcceleratorCheck =
  { ok: true; accelerator: string } | { ok: false; issue: ValidationIssue; message: string };

const refuse = (issue: ValidationIssue): AcceleratorCheck => ({
  ok: false,
  issue,
  message: englishIssue(issue),
});

function keyName(token: string): string | undefined {
  if (/^[a-z0-9]$/i.test(token)) return token.toUpperCase();
  return Object.hasOwn(KEYS, token.toLowerCase()) ? KEYS[token.toLowerCase()] : undefined;
}

/**
 * Checks a shortcut and writes it the one way it is stored ("alt+ctrl+s" → "Ctrl+Alt+S"). '+' joins
 * the parts, so the plus key is written "Plus", as in Electron.
 */
export function checkAccelerator(text: string): AcceleratorCheck {
  const tokens = text.split('+').map((token) => token.trim());
  if (tokens.some((token) => token === '')) return refuse({ key: 'mustBeKeysJoinedByPlus' });
  const modifiers = new Set<string>();
  const keys: string[] = [];
  for (const token of tokens) {
    const modifier = MODIFIERS[token.toLowerCase()];
    if (modifier !== undefined && Object.hasOwn(MODIFIERS, token.toLowerCase())) {
      modifiers.add(modifier);
      continue;
    }
    const key = keyName(token);
    if (key === undefined) return refuse({ key: 'notAKey', params: { key: token } });
    keys.push(key);
  }
  if (keys.length !== 1) return refuse({ key: keys.length === 0 ? 'needsAKey' : 'onlyOneKey' });
  const key = keys[0]!;
  const held = [...modifiers].filter((modifier) => modifier !== 'Shift');
  if (held.length === 0 && !FUNCTION_KEYS.includes(key)) return refuse({ key: 'needsModifier' });
  const ordered = MODIFIER_ORDER.filter((modifier) => modifiers.has(modifier));
  return { ok: true, accelerator: [...ordered, key].join('+') };
}

/** The parts of a keyboard event a recorder needs; a DOM KeyboardEvent has them all. */
export interface KeyPress {
  code: string;
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

const CODE_KEYS: Record<string, string> = {
  Space: 'Space',
  Tab: 'Tab',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Insert: 'Insert',
  Enter: 'Enter',
  NumpadEnter: 'Enter',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  Escape: 'Escape',
  PrintScreen: 'PrintScreen',
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Semicolon: ';',
  Quote: "'",
  Comma: ',',
  Period: '.',
  Slash: '/',
  Backquote: '`',
  NumpadDecimal: 'numdec',
  NumpadAdd: 'numadd',
  NumpadSubtract: 'numsub',
  NumpadMultiply: 'nummult',
  NumpadDivide: 'numdiv',
};

/**
 * The shortcut a key press spells, by the key's place on the keyboard (`code`), not the character it
 * types, which Alt or Option change; undefined while only modifiers are down. The Windows or Linux
 * Super key is Meta to the page, and on a Mac Meta is Command.
 */
export function acceleratorFromKeyPress(press: KeyPress, mac: boolean): string | undefined {
  const { code } = press;
  let key: string | undefined;
  if (/^Key[A-Z]$/.test(code)) key = code.slice(3);
  else if (/^Digit[0-9]$/.test(code)) key = code.slice(5);
  else if (/^Numpad[0-9]$/.test(code)) key = `num${code.slice(6)}`;
  else if (/^F([1-9]|1[0-9]|2[0-4])$/.test(code)) key = code;
  else key = CODE_KEYS[code];
  if (key === undefined) return undefined;
  const modifiers = [
    press.ctrlKey && 'Ctrl',
    press.altKey && 'Alt',
    press.shiftKey && 'Shift',
    press.metaKey && (mac ? 'Command' : 'Super'),
  ].filter((modifier): modifier is string => modifier !== false);
  return [...modifiers, key].join('+');
}

/** A stored shortcut as this computer's keyboard labels it: CommandOrControl is Command on a Mac, Ctrl elsewhere. */
export function displayAccelerator(accelerator: string, mac: boolean): string {
  return accelerator
    .split('+')
    .map((part) => (part === 'CommandOrControl' ? (mac ? 'Command' : 'Ctrl') : part))
    .join('+');
}
