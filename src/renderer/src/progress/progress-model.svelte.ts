import type { Translate } from '../../../shared/i18n/catalog';
import type { ProgressView, UnhunchApi } from '../../../shared/ipc-contract';
import { exportMessage, type ExportFormat } from './progress-format';

export type ProgressApi = Pick<UnhunchApi, 'getProgress' | 'exportHistory'>;
export type Period = 7 | 30;

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The progress window's state: the period shown, the figures main computed for it, and exports. */
export class ProgressModel {
  days = $state<Period>(7);
  view = $state<ProgressView | undefined>();
  loading = $state(false);
  /** Messages are kept as how to word them, so they follow a language change while shown. */
  #problem = $state<() => string>(() => '');
  #exportStatus = $state<() => string>(() => '');
  exporting = $state<ExportFormat | undefined>();
  /** Only the latest request may fill the page, however the answers arrive. */
  #request = 0;

  constructor(
    private readonly api: ProgressApi,
    private readonly t: Translate<'progress'>,
  ) {}

  get problem(): string {
    return this.#problem();
  }

  get exportStatus(): string {
    return this.#exportStatus();
  }

  async load(days: Period = this.days): Promise<void> {
    this.days = days;
    const request = ++this.#request;
    this.loading = true;
    try {
      const view = await this.api.getProgress({ days });
      if (request !== this.#request) return;
      this.view = view;
      this.#problem = () => '';
    } catch (error) {
      if (request === this.#request) {
        this.#problem = () => this.t('loadFailed', { error: message(error) });
      }
    } finally {
      if (request === this.#request) this.loading = false;
    }
  }

  async exportAs(format: ExportFormat): Promise<void> {
    if (this.exporting !== undefined) return;
    this.exporting = format;
    this.#exportStatus = () => '';
    try {
      const path = await this.api.exportHistory({ format });
      this.#exportStatus = () => exportMessage(this.t, format, path);
    } catch (error) {
      this.#exportStatus = () =>
        this.t('exportFailed', { format: format.toUpperCase(), error: message(error) });
    } finally {
      this.exporting = undefined;
    }
  }
}
