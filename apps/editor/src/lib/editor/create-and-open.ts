import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { ApiError, apiClient, call } from '$lib/api/api-client';

type NewReport = Parameters<ReturnType<typeof apiClient>['api']['reports']['$post']>[0]['json'];

/** Why 新建报告 was refused, and the report in the way when that year's already exists. */
export interface CreateRefusal {
  readonly text: string;
  readonly existingId?: string;
}

/**
 * Creates a report (`POST /api/reports`) and opens it; resolves to the API's refusal instead,
 * so the page can show it (`ProblemNotice`). Other failures are thrown.
 */
export async function createAndOpen(json: NewReport): Promise<CreateRefusal | undefined> {
  try {
    const created = await call(apiClient().api.reports.$post({ json }));
    await goto(resolve('/reports/[id]', { id: created.id }));
    return undefined;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const { existingId } = error.body;
    return { text: error.detail, ...(existingId ? { existingId } : {}) };
  }
}
