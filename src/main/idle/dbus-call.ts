/**
 * Calls an argument-less D-Bus method on the session bus that returns one unsigned integer, using the
 * command-line clients the desktops already ship: `gdbus` (libglib2.0-bin, on every GNOME system) and
 * `dbus-send` (dbus) when gdbus is missing. No npm D-Bus library, no native module.
 */
import { isCommandMissing, type RunCommand } from './command-runner';

export interface DbusMethod {
  service: string;
  objectPath: string;
  interfaceName: string;
  method: string;
}

export type DbusUintCall = (method: DbusMethod) => Promise<number>;

type Tool = 'gdbus' | 'dbus-send';

function argsFor(tool: Tool, { service, objectPath, interfaceName, method }: DbusMethod): string[] {
  return tool === 'gdbus'
    ? [
        'call',
        '--session',
        '--dest',
        service,
        '--object-path',
        objectPath,
        '--method',
        `${interfaceName}.${method}`,
      ]
    : ['--session', '--print-reply=literal', `--dest=${service}`, objectPath, `${interfaceName}.${method}`];
}

/**
 * Reads the integer from either tool's output: gdbus prints `(uint64 1234,)`, dbus-send
 * `   uint64 1234`. Anything else (a string, a struct, nothing) is an error, never a guess.
 */
export function parseUintReply(output: string): number {
  const match = /^\s*\(?\s*u?int(?:16|32|64)\s+(\d+)\s*,?\s*\)?\s*$/.exec(output);
  if (!match?.[1]) throw new Error(`Unexpected D-Bus reply: ${JSON.stringify(output.slice(0, 200))}`);
  return Number(match[1]);
}

export function createDbusUintCall(run: RunCommand): DbusUintCall {
  const tools: Tool[] = ['gdbus', 'dbus-send'];
  return async (method) => {
    let lastError: unknown;
    for (const tool of [...tools]) {
      try {
        return parseUintReply(await run(tool, argsFor(tool, method)));
      } catch (error) {
        if (!isCommandMissing(error)) throw error;
        // Not installed: never try it again in this process, so each reading spawns one process.
        tools.splice(tools.indexOf(tool), 1);
        lastError = error;
      }
    }
    throw new Error('Neither gdbus nor dbus-send is installed', { cause: lastError });
  };
}
