/**
 * What a settings check found wrong, as data: a key of the `validation` catalog and its values. The
 * normalisers are shared by main and the windows, so they cannot speak a language themselves; each
 * place that shows a problem formats it in its own (`issueText`), and the English `message` every
 * problem also carries is for logs, the command line and tests.
 */
import type { EnglishMessages, KeyOf, Translate } from './i18n/catalog';
import { validation } from './i18n/catalogs/en/validation';
import { formatMessage, type ParamsOf, type ParamValue } from './i18n/message-format';

type Table = EnglishMessages['validation'];
export type ValidationKey = KeyOf<'validation'>;

/** One key with exactly the values its English text takes; `tsc` rejects a missing or misspelt one. */
export type ValidationIssue = {
  [K in ValidationKey]: ParamsOf<Table[K]> extends [infer P]
    ? { key: K; params: P }
    : { key: K; params?: undefined };
}[ValidationKey];

type Params = Readonly<Record<string, ParamValue>> | undefined;

/** The issue in the language of `t`. */
export const issueText = (t: Translate<'validation'>, issue: ValidationIssue): string =>
  (t as (key: string, params?: Params) => string)(issue.key, issue.params as Params);

/**
 * The issue in English, from the English table alone (not the whole English catalog, which a window
 * must not carry beside its own language).
 */
export const englishIssue = (issue: ValidationIssue): string =>
  formatMessage('en', validation[issue.key], issue.params as Params);

/**
 * valibot carries a message as a string, so a schema's message is the issue written as JSON, and
 * `readIssue` turns it back. Only our own schemas are read this way.
 */
export const says = (issue: ValidationIssue): string => JSON.stringify(issue);

export const readIssue = (message: string): ValidationIssue => JSON.parse(message) as ValidationIssue;
