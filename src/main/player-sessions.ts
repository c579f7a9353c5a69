import type { PlayerSession, SessionOutcome } from '../shared/ipc-contract';

export type SessionEnded = (session: PlayerSession, outcome: SessionOutcome) => void;

/**
 * Tracks the one session the player window is showing. Every session ends exactly once: reported by the
 * player, replaced by a newer one, or abandoned when its window closes; a late report for an old session is
 * ignored rather than counted twice.
 */
export class PlayerSessions {
  private active: PlayerSession | null = null;
  private issued = 0;

  constructor(private readonly ended: SessionEnded) {}

  get current(): PlayerSession | null {
    return this.active;
  }

  start(content: Omit<PlayerSession, 'id'>): PlayerSession {
    this.endActive('skipped');
    this.issued += 1;
    this.active = { id: `session-${this.issued}`, ...content };
    return this.active;
  }

  finish(sessionId: string, outcome: SessionOutcome): boolean {
    if (this.active?.id !== sessionId) return false;
    this.endActive(outcome);
    return true;
  }

  /** The window went away without a report: the user closed it, so the session was skipped. */
  abandon(): void {
    this.endActive('skipped');
  }

  private endActive(outcome: SessionOutcome): void {
    const session = this.active;
    if (!session) return;
    this.active = null;
    this.ended(session, outcome);
  }
}
