import { ApiError } from '$lib/api/api-client';

const detailOf = (error: unknown, fallback: string): string =>
  error instanceof ApiError ? error.detail : fallback;

/** An admin list page's actions: each says it is done or why it failed, then the list reloads. */
export class AdminActions {
  /** Why the last action or load failed, in Chinese. */
  problem = $state<string>();
  /** What the last action did, in Chinese. */
  notice = $state<string>();
  private readonly load: () => Promise<void>;

  constructor(load: () => Promise<void>) {
    this.load = load;
  }

  /** Loads the list; says why when it cannot. */
  async start(): Promise<void> {
    try {
      await this.load();
    } catch (error) {
      this.problem = detailOf(error, '读取失败');
    }
  }

  /** Runs `action`, then says `done` or why it failed, and reloads the list. */
  async attempt(action: () => Promise<unknown>, done: string): Promise<void> {
    this.problem = undefined;
    this.notice = undefined;
    try {
      await action();
      this.notice = done;
    } catch (error) {
      this.problem = detailOf(error, '操作失败');
    }
    await this.start();
  }
}
