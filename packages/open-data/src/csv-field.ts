/** A CSV field per RFC 4180: quoted, with quotes doubled, when it holds a comma, quote or line break. */
export const csvField = (text: string): string =>
  /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;

/** One CSV record per RFC 4180, ended by CRLF. */
export const csvRecord = (fields: readonly string[]): string =>
  `${fields.map(csvField).join(',')}\r\n`;
