/** What the editor's pages send with a state-changing API call (the API refuses it otherwise). */
export const asEditor = (base: string, headers: Record<string, string> = {}) => ({
  'x-nianbao-csrf': '1',
  origin: base,
  ...headers,
});
