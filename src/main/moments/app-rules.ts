/**
 * The 'app-rule' reason: the user's own lists. A break is held while any "pause while" app runs, or,
 * when the "only while" list is not empty, while none of its apps runs (breaks only during work).
 * Names match case-insensitively, and "Teams" matches "Teams.exe", so one list works on every system.
 * Only the running processes' paths are cut to their file name; an entry with a path in it matches
 * nothing.
 */
import type { Detector, DetectorAnswer } from './ports';
import { fileName, type ListProcessNames } from './process-names';

export interface AppRules {
  pauseWhileApps: readonly string[];
  onlyWhileApps: readonly string[];
}

/** The form both sides are compared in: a path's file name, lower case, no ".exe". */
export function normalizeAppName(name: string): string {
  return fileName(name.trim())
    .toLowerCase()
    .replace(/\.exe$/, '');
}

/**
 * What a user's entry names, or undefined for one that names a file rather than a process: taking its
 * last part would make `../../bin/sh` (or `C:\tools\sh.exe`) match every running `sh`.
 */
function ruleName(entry: string): string | undefined {
  const trimmed = entry.trim();
  if (/[\\/]/.test(trimmed) || trimmed === '.' || trimmed === '..') return undefined;
  return normalizeAppName(trimmed) || undefined;
}

export function appRuleHolds(rules: AppRules, running: ReadonlySet<string>): boolean {
  const names = new Set([...running].map(normalizeAppName));
  const anyRuns = (apps: readonly string[]): boolean =>
    apps.some((app) => {
      const name = ruleName(app);
      return name !== undefined && names.has(name);
    });
  if (anyRuns(rules.pauseWhileApps)) return true;
  return rules.onlyWhileApps.length > 0 && !anyRuns(rules.onlyWhileApps);
}

/** `rules` is read at every detection, so edited lists apply from the next one on. */
export function appRuleDetector(listProcessNames: ListProcessNames, rules: () => AppRules): Detector {
  return {
    reason: 'app-rule',
    async detect(): Promise<DetectorAnswer> {
      const current = rules();
      if (current.pauseWhileApps.length === 0 && current.onlyWhileApps.length === 0) return false;
      return appRuleHolds(current, await listProcessNames());
    },
  };
}
