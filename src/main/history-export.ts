/** What "Export history" writes: the file's suggested name, its content and the save dialog's filter. */
import { systemCalendar, toCsv, toJson, type Calendar, type History } from '../shared/history';

export type ExportFormat = 'csv' | 'json';

export interface HistoryExport {
  fileName: string;
  content: string;
  filter: { name: string; extensions: string[] };
}

export function historyExport(
  history: History,
  format: ExportFormat,
  now: Date,
  calendar: Calendar = systemCalendar,
): HistoryExport {
  const fileName = `unhunch-history-${calendar.dateOf(now)}.${format}`;
  return format === 'csv'
    ? { fileName, content: toCsv(history, calendar), filter: { name: 'CSV', extensions: ['csv'] } }
    : { fileName, content: toJson(history), filter: { name: 'JSON', extensions: ['json'] } };
}
