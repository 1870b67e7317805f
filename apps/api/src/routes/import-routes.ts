import { createRoute, z, OpenAPIHono } from '@hono/zod-openapi';
import { importFile, importReport, type ImportResult } from '@nianbao/import';
import { agencyLevels, type AgencyLevel } from '@nianbao/schema';
import { requireUser } from '../auth/permissions.js';
import type { Repository } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem.js';
import {
  dbText,
  FindingSchema,
  jsonContent,
  problemResponses,
  ReportResourceSchema,
  ReportYearQuery,
} from '../http/schemas.js';
import { createDraft, resource } from '../reports/create-draft.js';
import { etagOf } from '../reports/report-access.js';
import { importTarget, markOrigin } from '../reports/import-target.js';

// Browsers post JSON: a cross-site page cannot send it without asking first (CORS).
// A PDF or Word file travels as base64 in `content`, with its file name.
const ImportJson = z.object({
  content: z.string(),
  kind: z.enum(['html', 'text', 'pdf', 'docx', 'doc']),
  name: z.string().max(255).optional(),
});

const fileTypes =
  /^application\/(?:pdf|msword|octet-stream|vnd\.openxmlformats-officedocument\.wordprocessingml\.document)\b/i;

export type ImportBody =
  | { readonly kind: 'html' | 'text'; readonly text: string }
  | { readonly kind: 'file'; readonly bytes: Uint8Array; readonly name?: string };

export const isEmptyBody = (body: ImportBody) =>
  body.kind === 'file' ? body.bytes.length === 0 : body.text.trim() === '';

type ReadOptions = Omit<Parameters<typeof importReport>[1], 'kind'>;

export function readBody(body: ImportBody, options: ReadOptions): Promise<ImportResult> {
  if (body.kind !== 'file')
    return Promise.resolve(importReport(body.text, { ...options, kind: body.kind }));
  return importFile(body.bytes, { ...options, ...(body.name ? { name: body.name } : {}) });
}

const importRoute = createRoute({
  method: 'post',
  path: '/api/import',
  tags: ['报告'],
  summary: '从已发布的年报（网页、PDF、Word 文件或复制的文字）导入，新建草稿',
  description:
    '请求体为网页 HTML（Content-Type: text/html）、复制的文字（text/plain）、PDF（application/pdf）、Word 文件（.docx），' +
    '或 JSON { content, kind, name? }（kind 为 pdf/docx 时 content 为文件的 base64）。扫描的 PDF（没有文字层）和旧版 .doc 以 422 拒绝并说明原因。表格按模板标签识别；' +
    '空白格按 0 读入并提示 import.blank，无法识别的格记为 import.unreadable。' +
    '草稿归入报告署名的机关（须在本人负责范围内）；署名的机关不在本人负责范围内、系统中没有，或与 agencyId 不符时 422（errors 的 path 为 agency，agency 为署名）。' +
    '带 asStartingPoint=true 时改为参照该报告为 agencyId（默认本人所在机关）创建草稿，草稿第一部分开头注明来自哪个机关的报告。',
  request: {
    query: z.object({
      agencyId: dbText().min(1).max(100).optional(),
      year: ReportYearQuery.optional(),
      level: z.enum(agencyLevels).optional().openapi({
        description:
          '机关未登记级别时采用的级别（用户在导入前确认的）；已登记级别的机关一律按登记的级别',
      }),
      asStartingPoint: z.enum(['true', 'false']).optional().openapi({
        description:
          'true：不论报告署名哪个机关，都参照它为 agencyId（默认本人所在机关）创建草稿，草稿开头注明来源',
      }),
    }),
    body: {
      content: {
        'text/html': { schema: z.string() },
        'text/plain': { schema: z.string() },
        'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
          schema: z.string().openapi({ format: 'binary' }),
        },
      },
      required: true,
    },
  },
  responses: {
    201: jsonContent(
      ReportResourceSchema.extend({ findings: z.array(FindingSchema) }),
      '导入的草稿，以及导入和校验发现的问题',
    ),
    ...problemResponses(400, 401, 403, 409, 413, 422),
  },
});

function decodeBase64(content: string): Uint8Array {
  try {
    return new Uint8Array(Buffer.from(content, 'base64'));
  } catch {
    throw new ProblemError(400, '文件内容不是有效的 base64');
  }
}

export async function readImportBody(request: {
  header(name: string): string | undefined;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}): Promise<ImportBody> {
  const type = request.header('content-type') ?? '';
  if (fileTypes.test(type))
    return { kind: 'file', bytes: new Uint8Array(await request.arrayBuffer()) };
  const raw = await request.text();
  if (!/json/i.test(type)) return { text: raw, kind: /html/i.test(type) ? 'html' : 'text' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ProblemError(400, '请求体不是有效的 JSON');
  }
  const body = ImportJson.safeParse(parsed);
  if (!body.success)
    throw new ProblemError(
      400,
      '请求体应为 { "content": 文本, "kind": "html"、"text"、"pdf" 或 "docx" }',
      {
        errors: body.error.issues.map((issue) => ({
          path: ['body', ...issue.path].join('.'),
          message: issue.message,
        })),
      },
    );
  const { content, kind, name } = body.data;
  if (kind === 'html' || kind === 'text') return { text: content, kind };
  const file = kind === 'doc' ? 'report.doc' : undefined;
  return {
    kind: 'file',
    bytes: decodeBase64(content),
    ...((name ?? file) ? { name: name ?? file } : {}),
  };
}

export function importRoutes(repo: Repository) {
  return new OpenAPIHono<AppEnv>().openapi(importRoute, async (c) => {
    const user = requireUser(c.get('user'));
    const query = c.req.valid('query');
    const body = await readImportBody(c.req);
    if (isEmptyBody(body))
      throw new ProblemError(400, '请求体为空', {
        errors: [{ path: 'body', message: '请粘贴或上传已发布年报的网页或文字' }],
      });
    const options = query.year === undefined ? {} : { year: query.year };
    const read = await readBody(body, options);
    if (read.kind === 'noReport') throw new ProblemError(422, read.message, { findings: [] });
    if (!Number.isInteger(read.report.year))
      throw new ProblemError(422, '没有从内容中读出年报（找不到各部分标题、表格或年度）', {
        findings: read.findings,
      });
    const { agency, origin } = await importTarget(repo, {
      user,
      named: read.report.agency.name,
      agencyId: query.agencyId,
      asStartingPoint: query.asStartingPoint === 'true',
    });
    // The stored level is the record's (contract §2); the user's choice only fills a gap.
    const level = (agency.level ?? query.level) as AgencyLevel | undefined;
    // Read again as the target's: its level decides which rules apply.
    const imported = await readBody(body, {
      ...options,
      agency: { name: agency.name, ...(level ? { level } : {}) },
    });
    if (imported.kind === 'noReport') throw new ProblemError(422, '没有从内容中读出年报');
    const { findings } = imported;
    const report = origin === undefined ? imported.report : markOrigin(imported.report, origin);
    const stored = await createDraft(repo, {
      agencyId: agency.id,
      report,
      action: 'import',
      userId: user.id,
    });
    return c.json({ ...resource(stored), findings: [...findings] }, 201, {
      etag: etagOf(stored.version),
      location: `/api/reports/${stored.id}`,
    });
  });
}
