/**
 * Reads one boolean D-Bus property on the session bus with the command-line clients the desktops ship,
 * like src/main/idle does for integers: `gdbus`, or `dbus-send` where gdbus is not installed.
 */
import { isCommandMissing } from '../idle/command-runner';
import type { RunCommand } from './ports';

export interface DbusProperty {
  service: string;
  objectPath: string;
  interfaceName: string;
  property: string;
}

function gdbusArgs({ service, objectPath, interfaceName, property }: DbusProperty): string[] {
  return [
    'call',
    '--session',
    '--dest',
    service,
    '--object-path',
    objectPath,
    '--method',
    'org.freedesktop.DBus.Properties.Get',
    interfaceName,
    property,
  ];
}

function dbusSendArgs({ service, objectPath, interfaceName, property }: DbusProperty): string[] {
  return [
    '--session',
    '--print-reply=literal',
    `--dest=${service}`,
    objectPath,
    'org.freedesktop.DBus.Properties.Get',
    `string:${interfaceName}`,
    `string:${property}`,
  ];
}

/**
 * The boolean from either tool's reply: gdbus prints `(<true>,)`, dbus-send `   variant       boolean
 * true`. Any other type is an error, not a guess.
 */
export function parseBooleanProperty(output: string): boolean {
  const match =
    /^\s*\(\s*<\s*(true|false)\s*>\s*,?\s*\)\s*$/.exec(output) ??
    /^\s*variant\s+boolean\s+(true|false)\s*$/.exec(output);
  if (!match) throw new Error(`Unexpected D-Bus property reply: ${JSON.stringify(output.slice(0, 200))}`);
  return match[1] === 'true';
}

/** Rejects when the service, the property or both tools are missing. */
export async function getBooleanProperty(run: RunCommand, property: DbusProperty): Promise<boolean> {
  try {
    return parseBooleanProperty(await run('gdbus', gdbusArgs(property)));
  } catch (error) {
    if (!isCommandMissing(error)) throw error;
  }
  return parseBooleanProperty(await run('dbus-send', dbusSendArgs(property)));
}
