import { describe, expect, it } from 'vitest';
import { jsonLimitBroken } from './json-limits.js';

const limits = { maxDepth: 64, maxStringLength: 100 };
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('jsonLimitBroken', () => {
  it('accepts nesting up to the limit and refuses one level more, naming the limit', () => {
    expect(jsonLimitBroken(nested(64), limits)).toBeUndefined();
    expect(jsonLimitBroken(nested(65), limits)).toBe('JSON 嵌套超过 64 层的上限');
    expect(jsonLimitBroken(`{"a":${nested(10_000)}}`, limits)).toContain('64 层');
  });

  it('measures strings, ignoring brackets and escaped quotes inside them', () => {
    const inside = `"${'['.repeat(70)}\\"${'{'.repeat(20)}"`;
    expect(jsonLimitBroken(`[${inside}]`, limits)).toBeUndefined();
    expect(jsonLimitBroken(`["${'年'.repeat(100)}"]`, limits)).toBeUndefined();
    expect(jsonLimitBroken(`["${'年'.repeat(101)}"]`, limits)).toBe(
      'JSON 中的字符串超过 100 个字符的上限',
    );
  });

  it('counts an unterminated string as long as it runs', () => {
    expect(jsonLimitBroken(`"${'x'.repeat(200)}`, limits)).toContain('100 个字符');
  });
});
