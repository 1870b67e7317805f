/** The JSON pointer (RFC 6901) of a path into a document: `['fonts', 'body']` → `/fonts/body`. */
export function jsonPointer(path: readonly PropertyKey[]): string {
  return path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}
