/** Quotes a cell for tab-separated text when it holds a tab, a line break or a quote. */
const tsvCell = (text: string) =>
  /[\t\r\n"]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * A block of cell texts as the clipboard carries it to Excel or WPS: tab-separated lines
 * (CRLF, as Excel writes them) and an HTML table, which both paste as a block of cells.
 * @example blockClipboard([['1', '2']]) // { text: '1\t2\r\n', html: '<table><tr><td>1</td><td>2</td></tr></table>' }
 */
export function blockClipboard(rows: readonly (readonly string[])[]): {
  text: string;
  html: string;
} {
  const text = rows.map((row) => `${row.map(tsvCell).join('\t')}\r\n`).join('');
  const body = rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
    .join('');
  return { text, html: `<table>${body}</table>` };
}
