import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

export type JsonFile = { ok: true; value: unknown } | { ok: false; message: string };

const systemErrors: Readonly<Record<string, string>> = {
  ENOENT: '文件不存在',
  EACCES: '没有读取权限',
  EISDIR: '这是一个目录，不是文件',
};

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Where strict JSON parsing fails, by line and column (JSON.parse does not always say). */
function describeSyntaxError(text: string): string {
  const errors: ParseError[] = [];
  parse(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (!first) return '不是有效的 JSON';
  const { line, column } = lineAndColumn(text, first.offset);
  return `不是有效的 JSON：第 ${line} 行第 ${column} 列，${printParseErrorCode(first.error)}`;
}

/** Reads and parses a JSON file; failures come back as a Chinese message naming the problem. */
export async function readJsonFile(path: string, cwd: string): Promise<JsonFile> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return {
      ok: false,
      message: `${path}：无法读取（${(systemErrors[code] ?? code) || String(error)}）`,
    };
  }
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch {
    return { ok: false, message: `${path}：${describeSyntaxError(text.replace(/^\uFEFF/, ''))}` };
  }
}
