// Enough for a batch of thousands of reports (the CLI, the benchmark) without growing unbounded.
const limit = 8192;

/**
 * Remembers `compute(text)` per text: a report's prose rarely changes between validations, and
 * V8 keeps a string's hash, so a lookup costs far less than a regular expression over the text.
 */
export function textMemo<T>(compute: (text: string) => T): (text: string) => T {
  const results = new Map<string, T>();
  return (text) => {
    if (results.has(text)) return results.get(text) as T;
    const result = compute(text);
    if (results.size >= limit) results.clear();
    results.set(text, result);
    return result;
  };
}
