export { BreakEngine, DEFAULT_ENGINE_OPTIONS } from './engine';
export type { EngineOptions, EngineSnapshot, HeldBreak, RunningBreak } from './engine';
export { createTimeoutTimer } from './clock';
export type { EnginePorts, IdleSource, MonotonicClock, WakeTimer, WallClock } from './clock';
export type {
  BreakKind,
  BreakOutcome,
  BreakPresentation,
  EngineEvent,
  EngineEventType,
  EngineListener,
  PauseRequest,
} from './events';
export { HOLD_REASONS, NO_HOLD } from './moment';
export type { HoldReason, MomentPort } from './moment';
export { describeNext } from './describe-next';
export type { NextDescription } from './describe-next';
export { countWakeups } from './count-wakeups';
export type { WakeupReport, WakeupStats } from './count-wakeups';
export { runSimulation, toEventLine } from './simulator';
export type { SimEventLine, SimulationResult } from './simulator';
export { parseSimulationFile } from './sim-file';
export type { SimulationInput, TimelineStep } from './sim-file';
