import { OpenAPIHono } from '@hono/zod-openapi';
import { reportJsonSchema } from '@nianbao/schema';
import { bodyLimit } from 'hono/body-limit';
import { sessionMiddleware } from './auth/session-middleware.js';
import type { Repository } from './db/repository.js';
import type { AppEnv } from './http/app-env.js';
import { handleError, problemResponse, validationProblem } from './http/problem.js';
import { registerAgencyRoutes } from './routes/agency-routes.js';
import { registerAuthRoutes } from './routes/auth-routes.js';
import { registerDocsPage } from './routes/docs-page.js';
import { registerHealthRoutes } from './routes/health-routes.js';
import { registerImportRoutes } from './routes/import-routes.js';
import { registerOverviewRoutes } from './routes/overview-routes.js';
import { registerPdfRoutes } from './routes/pdf.js';
import { registerReportRoutes } from './routes/report-routes.js';
import { registerRevisionRoutes } from './routes/revision-routes.js';
import { registerUserRoutes } from './routes/user-routes.js';
import { registerValidateRoutes } from './routes/validate-routes.js';
import { registerWorkflowRoutes } from './routes/workflow-routes.js';

export const maxBodyBytes = 1024 * 1024;

/** The whole HTTP API over one repository; `app.request()` runs it in-process. */
export function createApp(repo: Repository): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) =>
      result.success ? undefined : validationProblem(c, result.error.issues, result.target),
  });
  app.onError(handleError);
  app.notFound((c) => problemResponse(c, 404, `没有这个地址：${c.req.method} ${c.req.path}`));
  const limitBody = bodyLimit({
    maxSize: maxBodyBytes,
    onError: (c) => problemResponse(c, 413, '请求体超过 1 MB 上限'),
  });
  // GET and HEAD carry no body; skipping them spares building a full Request per read.
  app.use('/api/*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next),
  );
  app.use('/api/*', sessionMiddleware(repo));

  registerAuthRoutes(app, repo);
  registerAgencyRoutes(app, repo);
  registerUserRoutes(app, repo);
  registerReportRoutes(app, repo);
  registerImportRoutes(app, repo);
  registerWorkflowRoutes(app, repo);
  registerRevisionRoutes(app, repo);
  registerOverviewRoutes(app, repo);
  registerValidateRoutes(app, repo);
  registerPdfRoutes(app, repo);
  registerDocsPage(app);
  registerHealthRoutes(app);

  // The report's JSON Schema comes from @nianbao/schema; OpenAPI components carry no $id/$schema.
  const reportSchema = Object.fromEntries(
    Object.entries(reportJsonSchema()).filter(([key]) => key !== '$id' && key !== '$schema'),
  );
  app.openAPIRegistry.registerComponent('schemas', 'Report', reportSchema as never);
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
  return app;
}
