import type { Exercise } from '../exercise-types';
import { chinTuck } from './chin-tuck';

export const exercises: readonly Exercise[] = [chinTuck];

export function findExercise(id: string): Exercise | undefined {
  return exercises.find((exercise) => exercise.id === id);
}
