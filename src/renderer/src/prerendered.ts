/**
 * A first frame main rendered (src/main/player-first-frame.ts, settings-first-frame.ts), shown while the
 * page builds the live view behind it. Its controls look and sit as the live ones will, so the user may
 * well press one, type, or press a key before the live view takes over; nothing of that is lost: each
 * click and key is noted against its control (by its place among the frame's controls, which the live
 * view repeats) and played to the live view once it is there, and what was typed into a field is put
 * into the live one as if typed there. Focus moves across the same way.
 */
import type { PlayerFirstFrame, SettingsFirstFrame, UnhunchApi } from '../../shared/ipc-contract';
import type { ViewName } from '../../shared/views';
import { afterFirstFrame } from './first-frame';

/** What the user may press, fill in or focus; the live view has the same ones in the same order. */
const CONTROLS = 'button, [tabindex], input';

type Noted = { kind: 'click'; control: number } | { kind: 'key'; control: number; init: KeyboardEventInit };

export interface Prerendered {
  /** Call right after the live view is mounted into the same element, behind the first frame. */
  takeOver(): void;
}

export function showPrerendered(target: HTMLElement, html: string): Prerendered {
  target.innerHTML = html;
  const shown = [...target.childNodes];
  const controls = [...target.querySelectorAll(CONTROLS)];
  const controlOf = (node: EventTarget | null): number =>
    node instanceof Element ? controls.findIndex((control) => control.contains(node)) : -1;
  const noted: Noted[] = [];
  // Watched, never stopped: nothing else in the page is listening yet, and a key's own action (Space
  // and Enter press a focused button, Tab moves focus) is what makes the click noted below.
  const onClick = (event: MouseEvent): void => {
    const control = controlOf(event.target);
    if (control >= 0) noted.push({ kind: 'click', control });
  };
  const onKey = (event: KeyboardEvent): void => {
    const { key, code, altKey, ctrlKey, metaKey, shiftKey, repeat } = event;
    noted.push({
      kind: 'key',
      control: controlOf(event.target),
      init: { key, code, altKey, ctrlKey, metaKey, shiftKey, repeat, bubbles: true, cancelable: true },
    });
  };
  window.addEventListener('click', onClick, true);
  window.addEventListener('keydown', onKey, true);

  return {
    takeOver() {
      window.removeEventListener('click', onClick, true);
      window.removeEventListener('keydown', onKey, true);
      const focused = controlOf(document.activeElement);
      for (const node of shown) node.remove();
      const live = [...target.querySelectorAll<HTMLElement>(CONTROLS)];
      if (focused >= 0) live[focused]?.focus();
      controls.forEach((control, index) => carryValue(control, live[index]));
      for (const event of noted) {
        if (event.kind === 'click') live[event.control]?.click();
        // A key the frame's body had goes to the live page's body, where the view's own keys listen.
        else (live[event.control] ?? document.body).dispatchEvent(new KeyboardEvent('keydown', event.init));
      }
    },
  };
}

/**
 * Puts what the user typed into a frame's field into the live one, and tells the live view as the
 * browser would have. Boxes and radio buttons change by a click, which is played as such.
 */
function carryValue(control: Element, live: HTMLElement | undefined): void {
  if (!(control instanceof HTMLInputElement) || !(live instanceof HTMLInputElement)) return;
  if (control.type === 'checkbox' || control.type === 'radio' || control.value === control.defaultValue)
    return;
  live.value = control.value;
  // Only a text field has a caret to keep: a number field has no selection to read or set.
  if (control.selectionStart !== null && control.selectionEnd !== null)
    live.setSelectionRange(
      control.selectionStart,
      control.selectionEnd,
      control.selectionDirection ?? undefined,
    );
  live.dispatchEvent(new Event('input', { bubbles: true }));
  // A field the user has left was committed there, on leaving it: so it is here.
  if (live !== document.activeElement) live.dispatchEvent(new Event('change', { bubbles: true }));
}

type FirstFrame = PlayerFirstFrame | SettingsFirstFrame;

/** The views main renders a first frame of, and how each asks for it. */
const requests: Partial<Record<ViewName, (api: UnhunchApi) => Promise<FirstFrame | null>>> = {
  player: (api) => api.getPlayerFirstFrame(),
  settings: (api) => api.getSettingsFirstFrame(),
};

/**
 * Asks main for `view`'s first frame and, where there is one, has it on screen before settling; null
 * where main renders none or cannot answer, and the page builds the view alone.
 */
export async function showFirstFrame(
  view: ViewName,
  target: HTMLElement,
): Promise<{ frame: FirstFrame; shown: Prerendered } | null> {
  const api = window.unhunch as UnhunchApi | undefined;
  const request = requests[view];
  const frame = api && request ? await request(api).catch(() => null) : null;
  if (!frame) return null;
  const shown = showPrerendered(target, frame.html);
  await afterFirstFrame();
  return { frame, shown };
}
