/**
 * "Is a microphone in use?" through the PulseAudio protocol, which PipeWire (pipewire-pulse) speaks too:
 * every recording app has a capture stream, a "source output", listed by `pactl list short
 * source-outputs`. Streams recording a `.monitor` source capture what the speakers play (screen
 * recorders, visualisers), not the user's voice, so they do not count.
 */
import type { DetectorAnswer, RunCommand } from './ports';

function rows(output: string): string[][] {
  return output
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t'));
}

/** The source index of each capture stream in `pactl list short source-outputs`. */
export function parseSourceOutputs(output: string): string[] {
  return rows(output).map((columns) => (columns[1] ?? '').trim());
}

/** Indexes of the monitor sources in `pactl list short sources`. */
export function parseMonitorSources(output: string): Set<string> {
  return new Set(
    rows(output)
      .filter((columns) => (columns[1] ?? '').trim().endsWith('.monitor'))
      .map((columns) => (columns[0] ?? '').trim()),
  );
}

export async function microphoneInUse(run: RunCommand): Promise<DetectorAnswer> {
  let streams: string[];
  try {
    streams = parseSourceOutputs(await run('pactl', ['list', 'short', 'source-outputs']));
  } catch {
    // pactl not installed, or no sound server answering.
    return 'unknown';
  }
  if (streams.length === 0) return false;
  let monitors: Set<string>;
  try {
    monitors = parseMonitorSources(await run('pactl', ['list', 'short', 'sources']));
  } catch {
    // Streams exist but we cannot tell which record a microphone: count them all.
    return true;
  }
  return streams.some((source) => !monitors.has(source));
}
