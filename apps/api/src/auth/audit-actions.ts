/**
 * The audit action of each route, by `METHOD path` as Hono routes it. Every other successful
 * POST, PUT, PATCH or DELETE is recorded under its `METHOD path`; `null` records nothing (a
 * draft's saves are in its revisions; login and password changes write their own entries).
 */
export const auditActions: Readonly<Record<string, string | null>> = {
  'POST /api/auth/login': null,
  'POST /api/auth/password': null,
  'POST /api/auth/logout': 'logout',
  'POST /api/users': 'user.create',
  'PATCH /api/users/:id': 'user.update',
  'DELETE /api/users/:id': 'user.delete',
  'POST /api/agencies': 'agency.create',
  'PATCH /api/agencies/:id': 'agency.update',
  'DELETE /api/agencies/:id': 'agency.delete',
  'POST /api/reports': 'report.create',
  'PUT /api/reports/:id': null,
  'DELETE /api/reports/:id': 'report.delete',
  'POST /api/reports/:id/submit': 'report.submit',
  'POST /api/reports/:id/withdraw': 'report.withdraw',
  'POST /api/reports/:id/return': 'report.return',
  'POST /api/reports/:id/approve': 'report.approve',
  'POST /api/reports/:id/publish': 'report.publish',
  'POST /api/reports/:id/corrections': 'report.correct',
  'POST /api/import': 'report.import',
  'POST /api/validate': null,
  'DELETE /api/login-locks': 'login-lock.clear',
  // Reading one's own messages changes nothing others see; each 催报 is recorded by its route.
  'POST /api/messages/:id/read': null,
  'POST /api/messages/read-all': null,
  // Reads that take data away are recorded too.
  'GET /api/reports/:id/pdf': 'report.pdf',
  'GET /api/reports/:id/export': 'report.export',
};

/** The action to record for a request answered successfully, or undefined for none. */
export function auditActionOf(method: string, path: string): string | undefined {
  const key = `${method} ${path}`;
  const action = auditActions[key];
  if (action === null) return undefined;
  if (action !== undefined) return action;
  return method === 'GET' || method === 'HEAD' || method === 'OPTIONS' ? undefined : key;
}
