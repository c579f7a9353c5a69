import { describe, expect, it } from 'vitest';
import { bootClockFor } from '../../../src/main/boot-clock';

describe('bootClockFor', () => {
  it('reads the uptime, in ms, on Linux', () => {
    expect(bootClockFor('linux', () => 12.34)?.()).toBeCloseTo(12_340, 6);
  });

  it('offers nothing where the uptime is no better than the wall clock, or not known to be', () => {
    expect(bootClockFor('darwin', () => 1)).toBeUndefined();
    expect(bootClockFor('win32', () => 1)).toBeUndefined();
  });

  it('ticks on this machine when it is Linux', () => {
    const clock = bootClockFor(process.platform);
    if (clock) expect(clock()).toBeGreaterThan(0);
  });
});
