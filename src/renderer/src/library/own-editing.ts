/**
 * What the library needs only once the user adds, edits, duplicates or imports: the forms, the import
 * dialog and the own-content checks behind them, which bring the English catalog with them. The library
 * loads this when a form or the import dialog first opens, so its first view never pays for them.
 */
export { default as OwnExerciseForm } from './OwnExerciseForm.svelte';
export { default as OwnImportDialog } from './OwnImportDialog.svelte';
export { default as OwnRoutineForm } from './OwnRoutineForm.svelte';
export { copyName, draftOf, ownMessagesIn } from '../../../shared/own-content';
export { emptyExerciseFields, emptyRoutineFields, exerciseFieldsOf, routineFieldsOf } from './own-form';
