import { describe, expect, it } from 'vitest';
import { renderPlayerFirstFrame } from '../../../src/main/player-first-frame';
import type { CueSwitches } from '../../../src/shared/cue-switches';
import type { PlayerSession } from '../../../src/shared/ipc-contract';

const chinTuck: PlayerSession = {
  id: 'session-1',
  reason: 'micro',
  title: 'Chin tuck',
  items: [{ exerciseId: 'chin-tuck' }],
  canPostpone: true,
  canSkip: true,
};
const cues: CueSwitches = { sound: true, voice: false, painCheckIn: false };

/** The frame's markup as a page would parse it, read without a DOM: its buttons' names and states. */
const buttons = (html: string) =>
  [...html.matchAll(/<button([^>]*)>([^<]*)<\/button>/g)].map(([, attributes, name]) => ({
    name: name!.trim(),
    disabled: attributes!.includes('disabled'),
    pressed: /aria-pressed="(\w+)"/.exec(attributes!)?.[1],
  }));

describe('a break window’s first frame, rendered in main', () => {
  it('is the player as its page starts it: the first step, the timer ready, every control', () => {
    const frame = renderPlayerFirstFrame(chinTuck, 'en', cues);
    expect(frame?.session).toBe(chinTuck);
    expect(frame?.cues).toEqual(cues);
    const html = frame!.html;
    expect(html).toContain('<h1 id="exercise-title" class="svelte-');
    expect(html).toContain('Chin tuck</h1>');
    expect(html).toContain('Step 1 of 3');
    expect(html).toContain('Safety first.');
    expect(buttons(html)).toEqual([
      { name: 'Previous', disabled: true, pressed: undefined },
      { name: 'Start', disabled: false, pressed: undefined },
      { name: 'Next', disabled: false, pressed: undefined },
      { name: 'Postpone', disabled: false, pressed: undefined },
      { name: 'Skip break', disabled: false, pressed: undefined },
      { name: 'Sound cues', disabled: false, pressed: 'true' },
    ]);
  });

  it('shows the user’s own switches, not the defaults the page would start with', () => {
    const html = renderPlayerFirstFrame(chinTuck, 'en', { ...cues, sound: false })!.html;
    expect(buttons(html).find((button) => button.name === 'Sound cues')?.pressed).toBe('false');
  });

  it('speaks the window’s language, the exercise’s own words included', () => {
    const html = renderPlayerFirstFrame(chinTuck, 'de', cues)!.html;
    expect(buttons(html).map((button) => button.name)).toContain('Starten');
    expect(html).not.toContain('Chin tuck');
    expect(html).not.toContain('Safety first.');
  });

  it('escapes what the user wrote: an own exercise’s text is text, never markup', () => {
    const own = {
      ...chinTuck,
      items: [{ exerciseId: 'own-exercise-1' }],
      ownExercises: [
        {
          id: 'own-exercise-1',
          name: '<script>alert(1)</script>',
          summary: 'A stretch of mine',
          why: 'Because',
          area: 'upper-back',
          position: 'sitting',
          equipment: [],
          reps: 1,
          steps: [{ text: '<b onclick="x()">Reach</b>', seconds: 10, timing: 'hold' }],
        },
      ],
    } as unknown as PlayerSession;
    const html = renderPlayerFirstFrame(own, 'en', cues)!.html;
    expect(html).not.toMatch(/<script|<b /);
    expect(html).toContain('&lt;script>alert(1)&lt;/script></h1>');
    expect(html).toContain('&lt;b onclick="x()">Reach&lt;/b></p>');
  });

  it('leaves the frame to the page where it has nothing to play or its texts are made in the page', () => {
    expect(renderPlayerFirstFrame({ ...chinTuck, items: [{ exerciseId: 'gone' }] }, 'en', cues)).toBeNull();
    expect(renderPlayerFirstFrame(chinTuck, 'en-XA', cues)).toBeNull();
  });
});
