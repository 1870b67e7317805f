import { blockClipboard } from '$lib/grid/copy-block';
import type { NavGrid } from '$lib/grid/grid-layout';
import { formatCellValue } from '$lib/grid/normalise-number';
import { parseTable, planPaste } from '$lib/grid/paste-block';
import { pasteNotice } from '$lib/grid/paste-notice';
import { withoutRowLabels } from '$lib/grid/row-labels';
import type { ReportEditor } from './report-editor.svelte';

/** Puts a block of cells on the clipboard as Excel and WPS take it: TSV and an HTML table. */
export function copyBlock(
  clipboard: DataTransfer,
  rows: readonly (readonly string[])[],
  editor: ReportEditor,
): void {
  const texts = rows.map((row) =>
    row.map((address) => editor.invalidAt(address) ?? formatCellValue(editor.valueAt(address))),
  );
  const { text, html } = blockClipboard(texts);
  clipboard.setData('text/plain', text);
  clipboard.setData('text/html', html);
}

/**
 * Pastes copied text from a cell as one undo step, leaving out copied row labels; pasted totals
 * are compared with the computed ones. Returns what it did, in Chinese.
 */
export function pasteBlock(paste: {
  editor: ReportEditor;
  nav: NavGrid;
  from: string;
  text: string;
}): string {
  const { block, skipped } = withoutRowLabels(parseTable(paste.text));
  const plan = planPaste(paste.nav, paste.from, block);
  paste.editor.paste(plan);
  const notice = pasteNotice(plan, (address) => paste.editor.valueAt(address));
  return skipped > 0 ? `已略去开头的行标题；${notice}` : notice;
}

/** Empties every cell of a block one can type into (totals are computed), as one undo step. */
export function clearBlock(clear: {
  editor: ReportEditor;
  nav: NavGrid;
  rows: readonly (readonly string[])[];
}): void {
  const totals = new Set(clear.nav.flatMap((row) => row.filter((c) => c.isTotal)));
  const isTotal = new Set([...totals].map((c) => c.address));
  const changes = clear.rows
    .flat()
    .flatMap((address) => (isTotal.has(address) ? [] : [{ address, value: 0 }]));
  clear.editor.paste({ changes, rejected: [], totals: [], outside: 0 });
}
