import { describe, expect, it } from 'vitest';
import { PlayerMachine } from '../../../src/renderer/src/player/player-machine';

function setup(durations = [5000, 3000, 4000]) {
  let now = 1000;
  const machine = new PlayerMachine(durations, () => now);
  return { machine, advance: (ms: number) => (now += ms) };
}

describe('PlayerMachine', () => {
  it('waits in ready until started, and time does not pass before that', () => {
    const { machine, advance } = setup();
    advance(60_000);
    expect(machine.snapshot()).toMatchObject({ status: 'ready', index: 0, remainingMs: 5000, progress: 0 });
    expect(machine.msUntilStepEnds()).toBeNull();
  });

  it('counts down from the monotonic clock and moves on when a step ends', () => {
    const { machine, advance } = setup();
    machine.toggle();
    advance(1200);
    expect(machine.snapshot()).toMatchObject({ status: 'running', index: 0, remainingMs: 3800 });
    expect(machine.msUntilStepEnds()).toBe(3800);
    advance(3800);
    expect(machine.snapshot()).toMatchObject({ index: 1, remainingMs: 3000 });
  });

  it('catches up on every step that ended while it was not looked at, keeping the overshoot', () => {
    const { machine, advance } = setup();
    machine.run();
    advance(5000 + 3000 + 1500);
    expect(machine.snapshot()).toMatchObject({ index: 2, remainingMs: 2500 });
  });

  it('finishes after the last step, however late it is asked', () => {
    const { machine, advance } = setup();
    machine.run();
    advance(600_000);
    expect(machine.snapshot()).toMatchObject({ status: 'finished', index: 2, remainingMs: 0, progress: 1 });
  });

  it('does not count paused time, and resumes where it was', () => {
    const { machine, advance } = setup();
    machine.toggle();
    advance(2000);
    machine.toggle();
    expect(machine.snapshot().status).toBe('paused');
    advance(30_000);
    expect(machine.snapshot().remainingMs).toBe(3000);
    machine.toggle();
    advance(1000);
    expect(machine.snapshot()).toMatchObject({ status: 'running', remainingMs: 2000 });
  });

  it('moves between steps with next and previous, restarting the step time', () => {
    const { machine, advance } = setup();
    machine.run();
    advance(1000);
    machine.next();
    expect(machine.snapshot()).toMatchObject({ index: 1, remainingMs: 3000, status: 'running' });
    advance(500);
    machine.previous();
    expect(machine.snapshot()).toMatchObject({ index: 0, remainingMs: 5000 });
    machine.previous();
    expect(machine.snapshot().index).toBe(0);
  });

  it('next on the last step finishes; previous from the finished screen goes back to it, paused', () => {
    const { machine } = setup();
    machine.next();
    machine.next();
    machine.next();
    expect(machine.snapshot().status).toBe('finished');
    machine.next();
    expect(machine.snapshot().status).toBe('finished');
    machine.previous();
    expect(machine.snapshot()).toMatchObject({ status: 'paused', index: 2, remainingMs: 4000 });
  });

  it('toggle on the finished screen starts over from the first step', () => {
    const { machine, advance } = setup([1000]);
    machine.run();
    advance(1000);
    expect(machine.snapshot().status).toBe('finished');
    machine.toggle();
    expect(machine.snapshot()).toMatchObject({ status: 'ready', index: 0, remainingMs: 1000 });
  });

  it('refuses an empty plan', () => {
    expect(() => new PlayerMachine([], () => 0)).toThrow(/at least one step/);
  });
});
