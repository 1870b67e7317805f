import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isDataError } from '../db/constraint-error.js';
import { ConflictError } from '../db/repository.js';

export interface FieldError {
  readonly path: string;
  readonly message: string;
}

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly errors?: readonly FieldError[];
  readonly [extension: string]: unknown;
}

const titles: Record<number, string> = {
  400: '请求有误',
  401: '需要登录',
  403: '没有权限',
  404: '未找到',
  405: '不支持此方法',
  409: '与当前状态冲突',
  412: '版本已变化',
  413: '请求体过大',
  415: '不支持的内容类型',
  422: '无法处理',
  428: '缺少版本条件',
  429: '请求过于频繁',
  500: '服务器内部错误',
  501: '尚未实现',
  503: '暂时无法处理',
};

/** An error the client should see as `application/problem+json` (RFC 9457). */
export class ProblemError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly detail: string,
    readonly extensions: { errors?: readonly FieldError[]; [key: string]: unknown } = {},
  ) {
    super(detail);
  }
}

export function problemBody(
  status: number,
  detail: string,
  extensions: Record<string, unknown> = {},
): Problem {
  return {
    type: `https://nianbao.dev/problems/${status}`,
    title: titles[status] ?? '错误',
    status,
    detail,
    ...extensions,
  };
}

export function problemResponse(
  c: Context,
  status: ContentfulStatusCode,
  detail: string,
  extensions: Record<string, unknown> = {},
): Response {
  return c.body(JSON.stringify(problemBody(status, detail, extensions)), status, {
    'content-type': 'application/problem+json; charset=utf-8',
  });
}

const statusDetails: Record<number, string> = {
  400: '请求体不是有效的 JSON',
  404: '没有这个地址',
  413: '请求体超过 1 MB 上限',
};

/** Every thrown error becomes a problem document; only genuine faults are 500s. */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof ProblemError)
    return problemResponse(c, error.status, error.detail, error.extensions);
  if (error instanceof ConflictError) return problemResponse(c, 409, error.message);
  if (isDataError(error)) return problemResponse(c, 400, '请求中有数据库无法保存的内容');
  if (error instanceof HTTPException && error.status < 500)
    return problemResponse(c, error.status, statusDetails[error.status] ?? error.message);
  console.error(error);
  return problemResponse(c, 500, '服务器出错，请稍后再试');
}

/** A zod validation failure (parameters or body) as a 400 naming each field. */
export function validationProblem(
  c: Context,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  target: string,
): Response {
  const errors = issues.map((issue) => ({
    path: [target, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  return problemResponse(c, 400, '请求参数不符合要求', { errors });
}
