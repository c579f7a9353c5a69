/**
 * `npm run simulate -- FILE.json`: prints one JSON object per engine event, in order.
 * Exit status: 0 on success, 2 for a missing, unreadable or malformed file (with the field named).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseSimulationFile } from '../src/main/engine/sim-file';
import { runSimulation, toEventLine } from '../src/main/engine/simulator';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
}

const USAGE = 'usage: npm run simulate -- FILE.json';

export async function main(args: readonly string[], io: CliIo): Promise<number> {
  const file = args[0];
  if (file === undefined || args.length > 1 || file === '--help' || file === '-h') {
    io.err(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    io.err(`${file}: cannot read file (${error instanceof Error ? error.message : String(error)})`);
    return 2;
  }
  let raw: unknown;
  try {
    // Editors on Windows may save UTF-8 with a byte order mark, which JSON.parse refuses.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    io.err(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    return 2;
  }
  const parsed = parseSimulationFile(raw);
  if (!parsed.ok) {
    for (const message of parsed.errors) io.err(`${file}: ${message}`);
    return 2;
  }
  for (const event of runSimulation(parsed.value).events) io.out(JSON.stringify(toEventLine(event)));
  return 0;
}
