import type { AppType } from '@nianbao/api/client';
import type { Finding, Report } from '@nianbao/schema';
import { hc, type ClientResponse, type InferResponseType } from 'hono/client';
import type { SuccessStatusCode } from 'hono/utils/http-status';

/** An API answer other than 2xx, with the problem document's Chinese detail. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly body: { findings?: Finding[]; currentVersion?: number; existingId?: string } = {},
  ) {
    super(detail);
  }
}

/** The header that proves a call comes from the editor: a page elsewhere cannot send it (CORS). */
export const csrfHeaders = { 'x-nianbao-csrf': '1' } as const;

/** The API's typed client on the editor's own origin (the editor's server forwards `/api/*`). */
export const apiClient = (fetcher: typeof fetch = (...args) => fetch(...args)) =>
  hc<AppType>('/', { fetch: fetcher, headers: csrfHeaders, init: { credentials: 'same-origin' } });

type Client = ReturnType<typeof apiClient>['api'];

/** What a request answers when it succeeds: the JSON of its 2xx responses; nothing for 204. */
export type Answer<R> =
  R extends ClientResponse<infer T, infer S>
    ? S extends 204
      ? undefined
      : S extends SuccessStatusCode
        ? T
        : never
    : never;

/** Waits for a request and reads its JSON; anything but 2xx becomes an ApiError. */
export async function call<R extends ClientResponse<unknown>>(
  request: Promise<R>,
): Promise<Answer<R>> {
  let response: Response;
  try {
    response = await request;
  } catch {
    throw new ApiError(0, '网络连接中断');
  }
  if (response.status === 204) return undefined as Answer<R>;
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok)
    throw new ApiError(
      response.status,
      typeof body.detail === 'string' ? body.detail : `服务器返回错误（${response.status}）`,
      body,
    );
  return body as Answer<R>;
}

// The API's resources as its routes declare them.
export type User = InferResponseType<Client['auth']['me']['$get'], 200>;
export type Agency = InferResponseType<Client['agencies']['$get'], 200>[number];
export type ReportPage = InferResponseType<Client['reports']['$get'], 200>;
export type ReportSummary = ReportPage['items'][number];
export type ReportResource = InferResponseType<Client['reports'][':id']['$get'], 200>;
export type Revision = InferResponseType<
  Client['reports'][':id']['revisions']['$get'],
  200
>[number];
export type Comparison = InferResponseType<Client['reports'][':id']['compare']['$get'], 200>;
/** Every agency in the caller's charge and its report for a year (`GET /api/overview`). */
export type Overview = InferResponseType<Client['overview']['$get'], 200>;

/** The report a resource holds: the API checked its structure before storing it. */
export const reportOf = (resource: { readonly report: unknown }): Report =>
  resource.report as Report;
