/** How deep and how long a JSON body may be. */
export interface JsonLimits {
  readonly maxDepth: number;
  readonly maxStringLength: number;
}

const [quote, backslash] = [0x22, 0x5c];
const opening = new Set([0x5b, 0x7b]);
const closing = new Set([0x5d, 0x7d]);

/**
 * The first limit the JSON text breaks, in Chinese, or undefined: one pass over the text before
 * it is parsed, so a 10,000-level body never reaches a recursive parser or validator.
 */
export function jsonLimitBroken(text: string, limits: JsonLimits): string | undefined {
  let depth = 0;
  let stringStart = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (stringStart >= 0) {
      if (code === backslash) i++;
      else if (code === quote) stringStart = -1;
      else if (i - stringStart > limits.maxStringLength)
        return `JSON 中的字符串超过 ${limits.maxStringLength} 个字符的上限`;
    } else if (code === quote) stringStart = i;
    else if (opening.has(code) && ++depth > limits.maxDepth)
      return `JSON 嵌套超过 ${limits.maxDepth} 层的上限`;
    else if (closing.has(code)) depth--;
  }
  return undefined;
}
