/**
 * The player's cue switches and whether it asks the pain check-in, as the preferences hold them. On
 * their own, without the contract's schemas, so the player's page can read them without valibot.
 */
import type { Preferences } from './preferences';

export interface CueSwitches {
  sound: boolean;
  voice: boolean;
  painCheckIn: boolean;
}

export const cueSwitches = ({
  sounds,
  voice,
  painCheckIn,
}: Pick<Preferences, 'sounds' | 'voice' | 'painCheckIn'>): CueSwitches => ({
  sound: sounds,
  voice,
  painCheckIn,
});
