import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

describeEachDatabase('API documentation', (kind) => {
  const world = useTestWorld(kind);

  it('serves an OpenAPI 3.1 document naming every route and the report schema', async () => {
    const reply = await world.request('GET', '/api/openapi.json');
    expect(reply.status).toBe(200);
    expect(reply.body.openapi).toBe('3.1.0');
    const operations = Object.entries(reply.body.paths as Record<string, object>).flatMap(
      ([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations).toEqual(
      expect.arrayContaining([
        'POST /api/auth/login',
        'GET /api/reports',
        'PUT /api/reports/{id}',
        'POST /api/reports/{id}/publish',
        'GET /api/reports/{id}/compare',
        'POST /api/validate',
        'GET /api/reports/{id}/pdf',
        'DELETE /api/agencies/{id}',
        'PATCH /api/users/{id}',
      ]),
    );
    expect(reply.body.components.schemas.Report.oneOf).toBeDefined();
  });

  it('serves a self-contained reference page', async () => {
    const reply = await world.request('GET', '/api/docs');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('/api/openapi.json');
    expect(reply.body).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/);
  });

  it('answers the health check without a session', async () => {
    expect((await world.request('GET', '/api/health')).body).toEqual({ ok: true });
  });

  it('answers unknown paths with a Chinese problem document', async () => {
    const reply = await world.request('GET', '/api/nothing');
    expect(reply.status).toBe(404);
    expect(reply.body.title).toBe('未找到');
  });
});
