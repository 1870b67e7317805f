/** The audit page's search fields, as typed (dates as yyyy-mm-dd). */
export interface AuditFilter {
  user: string;
  action: string;
  from: string;
  to: string;
}

/** The query of `GET /api/audit` for a filter: empty fields left out, `to` made inclusive. */
export function auditQuery(filter: AuditFilter): Record<string, string> {
  const query: Record<string, string> = {};
  if (filter.user.trim()) query.user = filter.user.trim();
  if (filter.action.trim()) query.action = filter.action.trim();
  // Dates are days in Beijing time; the log keeps UTC.
  if (filter.from) query.from = new Date(`${filter.from}T00:00:00+08:00`).toISOString();
  if (filter.to)
    query.to = new Date(Date.parse(`${filter.to}T00:00:00+08:00`) + 86_400_000).toISOString();
  return query;
}
