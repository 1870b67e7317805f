import { OpenAPIHono } from '@hono/zod-openapi';
import { reportJsonSchema } from '@nianbao/schema';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AccountSettings } from './auth/account-settings.js';
import { sessionMiddleware } from './auth/session-middleware.js';
import type { Repository } from './db/repository.js';
import { noRulePacks, type RulePacks } from './reports/rule-packs.js';
import { accessLog, type LogLine } from './http/access-log.js';
import './http/chinese-messages.js';
import type { AppEnv } from './http/app-env.js';
import { csrfGuard } from './http/csrf-guard.js';
import { jsonLimitsGuard } from './http/json-limits-guard.js';
import { handleError, problemResponse, validationProblem } from './http/problem.js';
import { secureCookies } from './http/secure-cookies.js';
import { securityHeaders } from './http/security-headers.js';
import { agencyRoutes } from './routes/agency-routes.js';
import { auditRoutes } from './routes/audit-routes.js';
import { authRoutes } from './routes/auth-routes.js';
import { docsPage } from './routes/docs-page.js';
import { exportRoutes } from './routes/export-routes.js';
import { healthRoutes } from './routes/health-routes.js';
import { importRoutes } from './routes/import-routes.js';
import { importPreviewRoutes } from './routes/import-preview-routes.js';
import { loginLockRoutes } from './routes/login-lock-routes.js';
import { reminderRoutes } from './routes/message-reminder-routes.js';
import { messageRoutes } from './routes/message-routes.js';
import { overviewExportRoutes } from './routes/overview-export-routes.js';
import { overviewRoutes } from './routes/overview-routes.js';
import { problemItemRoutes } from './routes/problem-item-routes.js';
import { problemNoticeRoutes } from './routes/problem-notice-routes.js';
import { problemRoutes } from './routes/problem-routes.js';
import { passwordRoutes } from './routes/password-routes.js';
import { rollupRoutes } from './routes/rollup-routes.js';
import { rollupDetailRoutes } from './routes/rollup-detail-routes.js';
import { rulePackRoutes } from './routes/rule-pack-routes.js';
import { batchRoutes } from './routes/batch-routes.js';
import { pdfRoutes } from './routes/pdf.js';
import { publicRoutes } from './routes/public-routes.js';
import { reportRoutes } from './routes/report-routes.js';
import { revisionRoutes } from './routes/revision-routes.js';
import { previousRoutes } from './routes/previous-routes.js';
import { userRoutes } from './routes/user-routes.js';
import { validateRoutes } from './routes/validate-routes.js';
import { workflowRoutes } from './routes/workflow-routes.js';

export const maxBodyBytes = 1024 * 1024;
/** A published PDF or Word file to import may be larger than any report; base64 adds a third. */
export const maxImportBodyBytes = 30 * 1024 * 1024;
export const maxJsonDepth = 64;
export const maxJsonStringLength = 100_000;

export interface AppOptions extends AccountSettings {
  /** Believe a reverse proxy's `X-Forwarded-Proto` (NIANBAO_TRUST_PROXY). */
  readonly trustProxy?: boolean;
  /** Where one line per request goes (NIANBAO_ACCESS_LOG); none when absent. */
  readonly accessLog?: LogLine;
  /** Warnings switched off or on per agency subtree, and local deadlines (nianbao.config.json). */
  readonly rulePacks?: RulePacks;
}

/** The whole HTTP API over one repository; `app.request()` runs it in-process, `hc<AppType>` calls it. */
export function createApp(repo: Repository, options: AppOptions = {}) {
  const accounts: AccountSettings = options;
  const packs = options.rulePacks ?? noRulePacks;
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) =>
      result.success ? undefined : validationProblem(c, result.error.issues, result.target),
  });
  app.onError(handleError);
  if (options.accessLog) app.use('*', accessLog(options.accessLog));
  app.use('*', securityHeaders());
  app.use('*', secureCookies({ trustProxy: options.trustProxy ?? false }));
  app.notFound((c) => problemResponse(c, 404, `没有这个地址：${c.req.method} ${c.req.path}`));
  const limitBody = bodyLimit({
    maxSize: maxBodyBytes,
    onError: (c) => problemResponse(c, 413, '请求体超过 1 MB 上限'),
  });
  const limitImportBody = bodyLimit({
    maxSize: maxImportBodyBytes,
    onError: (c) =>
      problemResponse(c, 413, '导入的文件超过 30 MB 上限（以 base64 发送时约 22 MB）'),
  });
  // GET and HEAD carry no body; skipping them spares building a full Request per read.
  app.use('/api/*', (c: Context<AppEnv, '/api/*'>, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return c.req.path === '/api/import' ? limitImportBody(c, next) : limitBody(c, next);
  });
  app.use(
    '/api/*',
    jsonLimitsGuard({
      maxDepth: maxJsonDepth,
      maxStringLength: maxJsonStringLength,
      // A page pasted for import is one long string; the body limit bounds it.
      longStrings: ['/api/import'],
    }),
  );
  app.use('/api/*', csrfGuard({ loginPath: '/api/auth/login' }));
  app.use('/api/*', sessionMiddleware(repo));
  // A report can change without a new version (a published correction marks its original):
  // browsers must ask again rather than reuse a stored answer.
  app.use('/api/*', async (c, next) => {
    await next();
    if (c.req.method === 'GET' && !c.res.headers.has('cache-control'))
      c.res.headers.set('cache-control', 'no-cache');
  });

  const routed = app
    .route('/', authRoutes(repo))
    .route('/', passwordRoutes(repo, accounts))
    .route('/', loginLockRoutes(repo))
    .route('/', auditRoutes(repo))
    .route('/', agencyRoutes(repo))
    .route('/', userRoutes(repo, accounts))
    .route('/', reportRoutes(repo))
    .route('/', importRoutes(repo))
    .route('/', importPreviewRoutes(repo))
    .route('/', batchRoutes(repo, packs))
    .route('/', workflowRoutes(repo, packs))
    .route('/', revisionRoutes(repo))
    .route('/', previousRoutes(repo))
    .route('/', overviewRoutes(repo, packs))
    .route('/', overviewExportRoutes(repo, packs))
    .route('/', messageRoutes(repo))
    .route('/', reminderRoutes(repo, packs))
    .route('/', rollupRoutes(repo))
    .route('/', problemRoutes(repo, packs))
    .route('/', problemItemRoutes(repo))
    .route('/', problemNoticeRoutes(repo, packs))
    .route('/', rollupDetailRoutes(repo))
    .route('/', validateRoutes(repo, packs))
    .route('/', rulePackRoutes(repo, packs))
    .route('/', pdfRoutes(repo))
    .route('/', exportRoutes(repo))
    .route('/', publicRoutes(repo))
    .route('/', docsPage())
    .route('/', healthRoutes());

  // The report's JSON Schema comes from @nianbao/schema; OpenAPI components carry no $id/$schema.
  const reportSchema = Object.fromEntries(
    Object.entries(reportJsonSchema()).filter(([key]) => key !== '$id' && key !== '$schema'),
  );
  app.openAPIRegistry.registerComponent('schemas', 'Report', reportSchema);
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
  });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'nianbao API',
      version: '1',
      description: '政府信息公开工作年度报告的编写、校验、审核与发布。',
    },
    security: [{ bearer: [] }, {}],
  });
  return routed;
}

/** Every route with its request and response types, for `hc<AppType>` from `hono/client`. */
export type AppType = ReturnType<typeof createApp>;
