import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Parses strict JSON; a syntax error comes back as a Chinese sentence with line and column. */
export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    const errors: ParseError[] = [];
    parse(body, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    if (!first) return { ok: false, message: '不是有效的 JSON' };
    const { line, column } = lineAndColumn(body, first.offset);
    const code = printParseErrorCode(first.error);
    return { ok: false, message: `不是有效的 JSON：第 ${line} 行第 ${column} 列，${code}` };
  }
}
