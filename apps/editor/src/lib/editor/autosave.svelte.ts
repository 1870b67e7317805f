import { apiClient, ApiError, call } from '$lib/api/api-client';
import { clearDraft, writeDraft } from './local-draft';

export type SaveState = 'saved' | 'saving' | 'unsaved';

export interface AutosaveOptions {
  readonly reportId: string;
  readonly version: number;
  /** The report as it should be saved now. */
  readonly read: () => unknown;
  readonly storage: Storage;
  readonly delayMs?: number;
  readonly fetcher?: typeof fetch;
  /** True while an input method composes: saving waits until it is done. */
  readonly isComposing?: () => boolean;
}

/**
 * Saves the report to the API a moment after the last change, with If-Match so a newer copy
 * on the server is never overwritten silently; keeps a local draft until the server has it.
 */
export class Autosave {
  state = $state<SaveState>('saved');
  /** Why the last save failed, in Chinese; undefined when it did not. */
  problem = $state<string>();
  /** Set when the server holds a newer version than the one being edited. */
  conflict = $state<{ readonly serverVersion?: number }>();
  version = $state(0);

  private readonly options: AutosaveOptions;
  private pending = 0;
  private saved = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;

  constructor(options: AutosaveOptions) {
    this.options = options;
    this.version = options.version;
  }

  get hasUnsaved(): boolean {
    return this.pending !== this.saved || this.state !== 'saved';
  }

  /** Call after every change: keeps a local draft at once and saves soon. */
  changed(): void {
    this.pending++;
    this.state = 'unsaved';
    writeDraft(this.options.storage, this.options.reportId, {
      baseVersion: this.version,
      report: this.options.read(),
      savedAt: new Date().toISOString(),
    });
    this.schedule(this.options.delayMs ?? 800);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      // Half-typed pinyin is not what the user wrote: wait for the input method to finish.
      if (this.options.isComposing?.()) this.schedule(Math.max(delay, 300));
      else void this.flush();
    }, delay);
  }

  /** Saves now if anything is unsaved; resolves true once the server has everything. */
  async flush(): Promise<boolean> {
    clearTimeout(this.timer);
    while (this.running) await this.running;
    if (this.conflict) return false;
    if (this.pending === this.saved) return this.state === 'saved';
    this.running = this.save();
    await this.running;
    this.running = undefined;
    return !this.hasUnsaved;
  }

  private async save(): Promise<void> {
    const target = this.pending;
    this.state = 'saving';
    try {
      const saved = await call(
        apiClient(this.options.fetcher).api.reports[':id'].$put({
          param: { id: this.options.reportId },
          header: { 'if-match': `"${this.version}"` },
          json: this.options.read(),
        }),
      );
      this.version = saved.version;
      this.saved = target;
      this.problem = undefined;
      if (this.pending === target) {
        this.state = 'saved';
        clearDraft(this.options.storage, this.options.reportId);
      } else {
        this.state = 'unsaved';
        this.schedule(0);
      }
    } catch (error) {
      this.state = 'unsaved';
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 409) {
        this.conflict = { serverVersion: error.body.currentVersion };
        this.problem = error.detail;
      } else if (error.status === 0 || error.status >= 500) {
        this.problem = `${error.detail}，修改已保存在本机，稍后自动重试`;
        this.schedule(3000);
      } else this.problem = error.detail;
    }
  }

  /** After the user chose how to settle a conflict: continue from this server version. */
  resolve(serverVersion: number, options: { keepMine: boolean }): void {
    this.conflict = undefined;
    this.problem = undefined;
    this.version = serverVersion;
    if (options.keepMine) {
      this.pending++;
      this.schedule(0);
    } else {
      this.saved = this.pending;
      this.state = 'saved';
      clearDraft(this.options.storage, this.options.reportId);
    }
  }

  /** A transition (submit, …) moved the report to a new version. */
  moved(version: number): void {
    this.version = version;
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}
