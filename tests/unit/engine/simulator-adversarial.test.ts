/**
 * What `npm run simulate` does with files nobody should write, as a table: each row is a file's text,
 * the exit status it must get and what stderr (or stdout) must say. Absurd values are refused up front
 * (status 2, the entry named) instead of running for seconds and dying with a stack trace. To add a
 * case, add a row.
 *
 * The CLI's `main` runs in-process on a temporary file; simulator.test.ts runs the real launcher.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/simulate-cli';
import { MAX_TIMELINE_MINUTES } from '../../../src/main/engine/sim-file';

interface Row {
  name: string;
  /** The file's exact text; an object is written as JSON. */
  file: string | object;
  exit: 0 | 1 | 2;
  /** Each must appear in stderr. */
  stderr?: string[];
  /** The file must print exactly what this one prints (same events). */
  sameOutputAs?: object;
}

const NAMES_ENTRY = (entry: string) => [`bad.json: ${entry}: `];
const YEAR_MINUTES = 366 * 24 * 60;

const rows: Row[] = [
  {
    name: 'a billion minutes active',
    file: { timeline: [{ active: 1e9 }] },
    exit: 2,
    stderr: NAMES_ENTRY('timeline[0].active'),
  },
  {
    name: 'a billion minutes idle',
    file: { timeline: [{ idle: 1e9 }] },
    exit: 2,
    stderr: NAMES_ENTRY('timeline[0].idle'),
  },
  {
    name: 'a billion minutes in do not disturb',
    file: { timeline: [{ dnd: 1e9 }] },
    exit: 2,
    stderr: NAMES_ENTRY('timeline[0].dnd'),
  },
  {
    name: 'a locked screen of 1e308 minutes',
    file: '{"timeline":[{"lock":1e308}]}',
    exit: 2,
    stderr: NAMES_ENTRY('timeline[0].lock'),
  },
  {
    name: 'entries each within bounds that add up to more than the simulator runs',
    file: { timeline: [{ active: 60 }, { idle: MAX_TIMELINE_MINUTES }] },
    exit: 2,
    stderr: NAMES_ENTRY('timeline[1].idle'),
  },
  {
    name: 'a clock jump of -1e12 minutes, then a pause until tomorrow',
    file: {
      timeline: [{ active: 1 }, { clockJump: -1e12 }, { action: 'pause', until: 'tomorrow' }, { active: 10 }],
    },
    exit: 2,
    stderr: NAMES_ENTRY('timeline[1].clockJump'),
  },
  {
    name: 'a clock jump of +1e12 minutes',
    file: { timeline: [{ clockJump: 1e12 }] },
    exit: 2,
    stderr: NAMES_ENTRY('timeline[0].clockJump'),
  },
  {
    name: 'clock jumps that each stay in range but add up out of it',
    file: { timeline: Array.from({ length: 200 }, () => ({ clockJump: 50 * YEAR_MINUTES })) },
    exit: 2,
    stderr: ['timeline[', '].clockJump: '],
  },
  {
    name: 'a start at the edge of what a date can hold',
    file: { wallClockStart: '+275760-09-13T00:00:00', timeline: [{ active: 60 }] },
    exit: 2,
    stderr: NAMES_ENTRY('wallClockStart'),
  },
  {
    name: 'a pause of 1e308 minutes',
    file: { timeline: [{ action: 'pause', minutes: 1e308 }, { active: 1 }] },
    exit: 2,
    stderr: NAMES_ENTRY('timeline[0].minutes'),
  },
  {
    name: 'a UTF-8 byte order mark before the JSON',
    file: `\uFEFF${JSON.stringify({ timeline: [{ active: 25 }] })}`,
    exit: 0,
    sameOutputAs: { timeline: [{ active: 25 }] },
  },
  {
    name: 'an entry of a kind there is not',
    file: { timeline: [{ active: 5 }, { walk: 3 }] },
    exit: 2,
    stderr: ['bad.json: timeline[1]: "walk" is not a kind of entry'],
  },
  {
    name: 'an empty entry',
    file: { timeline: [{}] },
    exit: 2,
    stderr: ['timeline[0]: must have exactly one of', '(found none)'],
  },
  { name: 'a week of work, well within bounds', file: { timeline: [{ active: 7 * 24 * 60 }] }, exit: 0 },
  {
    name: 'a year of working days, the longest a timeline may run',
    file: {
      timeline: Array.from({ length: 366 }, () => [
        { active: 240 },
        { idle: 30 },
        { active: 240 },
        { idle: 930 },
      ]).flat(),
    },
    exit: 0,
  },
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'unhunch-sim-adversarial-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function simulate(file: string | object): Promise<{ exit: number; out: string[]; err: string[] }> {
  writeFileSync(join(dir, 'bad.json'), typeof file === 'string' ? file : JSON.stringify(file));
  const out: string[] = [];
  const err: string[] = [];
  const exit = await main(['bad.json'], { out: (l) => out.push(l), err: (l) => err.push(l), cwd: dir });
  return { exit, out, err };
}

describe('the simulator on files nobody should write', () => {
  it.each(rows)('$name', async (row) => {
    const result = await simulate(row.file);
    expect({ exit: result.exit, err: result.err }).toMatchObject({ exit: row.exit });
    const stderr = result.err.join('\n');
    for (const part of row.stderr ?? []) expect(stderr).toContain(part);
    if (row.exit === 0) expect(stderr).toBe('');
    else expect(result.out).toEqual([]);
    if (row.sameOutputAs) expect(result.out).toEqual((await simulate(row.sameOutputAs)).out);
  });
});
