/** The user's own exercises and routines: types, limits, checks, messages, sharing. */
export * from './types';
export * from './limits';
export * from './validate';
export * from './catalogue';
export * from './transfer';
export {
  ownMessages,
  checkMessagesIn,
  englishChecks,
  quote,
  type CheckMessages,
  type FieldName,
} from './messages';
