import type { BrowserContext } from 'playwright-core';
import { asEditor } from './as-editor';
import { adminPassword } from './servers';

/** Signs the context in as the admin and creates an empty report for a year; its page URL. */
export async function newReport(
  context: BrowserContext,
  base: string,
  year: number,
): Promise<string> {
  const login = await context.request.post(`${base}/api/auth/login`, {
    data: { username: 'admin', password: adminPassword },
  });
  if (!login.ok()) throw new Error(`login: ${login.status()} ${await login.text()}`);
  const me = (await login.json()) as { user: { agencyId: string } };
  const created = await context.request.post(`${base}/api/reports`, {
    data: { agencyId: me.user.agencyId, year },
    headers: asEditor(base),
  });
  if (!created.ok()) throw new Error(`new report: ${created.status()} ${await created.text()}`);
  const { id } = (await created.json()) as { id: string };
  return `${base}/reports/${id}`;
}
