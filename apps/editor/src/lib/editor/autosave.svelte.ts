import type { Report } from '@nianbao/schema';
import { apiClient, ApiError, call, reportOf } from '$lib/api/api-client';
import { clearDraft, writeDraft } from './local-draft';
import { mergeWithServer, type Clash } from './server-merge';

export type SaveState = 'saved' | 'saving' | 'unsaved';

export interface AutosaveOptions {
  readonly reportId: string;
  readonly version: number;
  /** The report as the server holds it at `version`: the base of a merge. */
  readonly base: Report;
  /** The report as it should be saved now. */
  readonly read: () => Report;
  /** Others' changes were merged with `sent` and saved: the page shows `merged`. */
  readonly onMerged?: (merged: Report, sent: Report) => void;
  /** The report can no longer be edited; the local draft stays. */
  readonly onLocked?: () => void;
  readonly storage: Storage;
  readonly delayMs?: number;
  readonly fetcher?: typeof fetch;
  /** True while an input method composes: saving waits until it is done. */
  readonly isComposing?: () => boolean;
}

/**
 * Saves the report to the API a moment after the last change, with If-Match so a newer copy
 * on the server is never overwritten silently; keeps a local draft until the server has it.
 * On a 409 it merges others' changes with these and saves the merge; only a clash waits.
 */
export class Autosave {
  state = $state<SaveState>('saved');
  /** Why the last save failed, in Chinese; undefined when it did not. */
  problem = $state<string>();
  /** Set when the server holds a newer version whose changes clash with these. */
  conflict = $state.raw<Clash>();
  /** The session ended (401): saving waits until the user logs in again and calls `resume`. */
  needsLogin = $state(false);
  version = $state(0);
  /** The report as last loaded from or saved to the server, at `version`. */
  base: Report;

  private readonly options: AutosaveOptions;
  private pending = 0;
  private saved = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;

  constructor(options: AutosaveOptions) {
    this.options = options;
    this.version = options.version;
    this.base = options.base;
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
    if (this.conflict || this.needsLogin) return false;
    if (this.pending === this.saved) return this.state === 'saved';
    this.running = this.save();
    await this.running;
    this.running = undefined;
    return !this.hasUnsaved;
  }

  private async save(): Promise<void> {
    const target = this.pending;
    this.state = 'saving';
    const sent = this.options.read();
    try {
      const saved = await call(
        apiClient(this.options.fetcher).api.reports[':id'].$put({
          param: { id: this.options.reportId },
          header: { 'if-match': `"${String(this.version)}"` },
          json: sent,
        }),
      );
      this.stored(saved.version, reportOf(saved), target);
    } catch (error) {
      this.state = 'unsaved';
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 409) await this.merge(sent, target);
      else if (await this.sessionEnded(error)) this.loginNeeded();
      else this.failed(error);
    }
  }

  /** The server holds the report up to change `target` at `version`. */
  private stored(version: number, report: Report, target: number): void {
    this.version = version;
    this.base = report;
    this.saved = target;
    this.problem = undefined;
    if (this.pending === target) {
      this.state = 'saved';
      clearDraft(this.options.storage, this.options.reportId);
    } else {
      this.state = 'unsaved';
      this.schedule(0);
    }
  }

  /** A signed-out caller gets 401, or 404 for a draft it may not see: ask who we are. */
  private async sessionEnded(error: ApiError): Promise<boolean> {
    if (error.status === 401) return true;
    if (error.status !== 404 && error.status !== 403) return false;
    try {
      await call(apiClient(this.options.fetcher).api.auth.me.$get());
      return false;
    } catch (problem) {
      return problem instanceof ApiError && problem.status === 401;
    }
  }

  private loginNeeded(): void {
    this.needsLogin = true;
    this.problem = '登录已过期，修改已保存在本机；重新登录后继续保存';
  }

  private failed(error: ApiError): void {
    if (error.status === 0 || error.status >= 500) {
      this.problem = `${error.detail}，修改已保存在本机，稍后自动重试`;
      this.schedule(3000);
    } else this.problem = error.detail;
  }

  /** Someone saved first: merge their changes with `sent`, save it, or wait for the user. */
  private async merge(sent: Report, target: number): Promise<void> {
    const { reportId, fetcher } = this.options;
    try {
      const merged = await mergeWithServer({
        reportId,
        base: this.base,
        mine: sent,
        ...(fetcher ? { fetcher } : {}),
      });
      if (merged.kind === 'saved') {
        this.stored(merged.version, merged.report, target);
        this.options.onMerged?.(merged.report, sent);
      } else if (merged.kind === 'clash') {
        this.conflict = merged;
        this.problem = '他人修改了同样的内容，请选择保留哪一份';
      } else {
        this.problem = merged.detail;
        this.options.onLocked?.();
      }
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      this.failed(error.status === 409 ? new ApiError(0, error.detail) : error);
    }
  }

  /** The user settled every clash against `clash.theirs`: save the result over it. */
  settled(clash: Clash): void {
    this.conflict = undefined;
    this.problem = undefined;
    this.version = clash.serverVersion;
    this.base = clash.theirs;
    this.pending++;
    this.schedule(0);
  }

  /** The user logged in again: save what waited. */
  resume(): void {
    this.needsLogin = false;
    this.problem = undefined;
    this.schedule(0);
  }

  /** A transition (submit, …) moved the report to a new version. */
  moved(version: number): void {
    this.version = version;
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}
