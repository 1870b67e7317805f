import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';

// A self-contained reference page: it fetches /api/openapi.json and lists the operations.
const page = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>nianbao API 参考</title>
<style>
body { font: 15px/1.6 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
h2 { border-bottom: 1px solid #ddd; margin-top: 2rem; }
details { border: 1px solid #ddd; border-radius: 4px; margin: .4rem 0; padding: .3rem .6rem; }
summary { cursor: pointer; }
code.m { display: inline-block; width: 4.5rem; font-weight: bold; }
.get { color: #1565c0 } .post { color: #2e7d32 } .put { color: #ef6c00 } .patch { color: #6a1b9a } .delete { color: #c62828 }
pre { background: #f6f6f6; padding: .5rem; overflow: auto; font-size: 13px; }
</style>
</head>
<body>
<h1>nianbao API 参考</h1>
<p>机器可读的 OpenAPI 3.1 文档：<a href="/api/openapi.json">/api/openapi.json</a>。错误均为 application/problem+json。</p>
<main id="ops">正在载入……</main>
<script>
const esc = (s) => String(s ?? '').replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]);
fetch('/api/openapi.json').then((r) => r.json()).then((doc) => {
  const groups = {};
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const tag = (op.tags && op.tags[0]) || '其他';
      (groups[tag] ||= []).push({ path, method, op });
    }
  }
  document.getElementById('ops').innerHTML = Object.entries(groups).map(([tag, ops]) =>
    '<h2>' + esc(tag) + '</h2>' + ops.map(({ path, method, op }) =>
      '<details><summary><code class="m ' + method + '">' + method.toUpperCase() + '</code> <code>' +
      esc(path) + '</code> ' + esc(op.summary) + '</summary><pre>' +
      esc(JSON.stringify({ parameters: op.parameters, requestBody: op.requestBody, responses: op.responses }, null, 2)) +
      '</pre></details>').join('')).join('');
});
</script>
</body>
</html>`;

const hashOf = (tag: string) => {
  const text = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(page)?.[1] ?? '';
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
};
// The page's own script and style by hash, and its one fetch; nothing else, and never framed.
const policy = [
  "default-src 'none'",
  `script-src ${hashOf('script')}`,
  `style-src ${hashOf('style')}`,
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function docsPage() {
  const app = new Hono<AppEnv>();
  app.get('/api/docs', (c) => c.html(page, 200, { 'content-security-policy': policy }));
  return app;
}
