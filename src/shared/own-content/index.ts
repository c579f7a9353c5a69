/** The user's own exercises and routines: types, limits, checks, messages, sharing. */
export * from './types';
export * from './limits';
export * from './validate';
export * from './catalogue';
export * from './transfer';
export {
  ownMessages,
  ownMessagesIn,
  checkMessagesIn,
  englishChecks,
  quote,
  type CheckMessages,
  type OwnMessages,
  type FieldName,
} from './messages';
