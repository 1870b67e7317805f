import type { AppType } from '@nianbao/api/client';
import type { hc, InferResponseType } from 'hono/client';
import { apiClient, call } from '$lib/api/api-client';

type Client = ReturnType<typeof hc<AppType>>['api'];

/** An office's 问题清单: per unit its counts and items (`GET /api/problem-lists`). */
export type ProblemLists = InferResponseType<Client['problem-lists']['$get'], 200>;
export type ProblemItem = ProblemLists['rows'][number]['items'][number];

const lists = () => apiClient().api['problem-lists'];

export const loadLists = (year: number, within: string) =>
  call(lists().$get({ query: { year: String(year), within } }));

export const generateLists = (year: number, within: string) =>
  call(lists().$post({ json: { year, within } }));

export const loadMine = (year: number) =>
  call(lists().mine.$get({ query: { year: String(year) } }));

export const rectifyItem = (id: string, note: string, reportId: string | null) =>
  call(
    apiClient().api['problem-items'][':id'].rectify.$post({
      param: { id },
      json: { note, reportId },
    }),
  );

export const reviewItem = (id: string, verdict: 'verified' | 'reopened', note: string) =>
  call(
    apiClient().api['problem-items'][':id'].review.$post({
      param: { id },
      json: note.trim() === '' ? { verdict } : { verdict, note },
    }),
  );

/** Where the draft 通报 downloads from. */
export const noticeHref = (year: number, within: string, to: 'docx' | 'pdf'): string =>
  `/api/problem-lists/notice?${new URLSearchParams({ year: String(year), within, to }).toString()}`;
