import type { InferResponseType } from 'hono/client';
import type { apiClient } from '$lib/api/api-client';

type Client = ReturnType<typeof apiClient>['api'];

// The public routes' answers as the API declares them.
export type PublicReportPage = InferResponseType<Client['public']['reports']['$get'], 200>;
export type PublicReport = InferResponseType<Client['public']['reports'][':id']['$get'], 200>;
export type ExportFormat = InferResponseType<Client['export-formats']['$get'], 200>[number];

/** Where a published report is downloaded in one format. */
export const publicExportUrl = (id: string, format: string): string =>
  `/api/public/reports/${encodeURIComponent(id)}/export?to=${encodeURIComponent(format)}`;
