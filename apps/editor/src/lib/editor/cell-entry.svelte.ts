import type { GridValue, NavGrid } from '$lib/grid/grid-layout';
import { arrowOf, moveForKey, moveFrom } from '$lib/grid/navigation';
import { parseCellText } from '$lib/grid/normalise-number';
import { isBlock } from '$lib/grid/paste-block';
import { clearBlock, copyBlock, pasteBlock } from './block-edits';
import { CellSelection } from './cell-selection.svelte';
import { focusCell, showCell } from './cell-focus';
import { isRedoKey, isUndoKey } from './history-keys';
import type { ReportEditor } from './report-editor.svelte';

type InputEvent<E extends Event> = E & { currentTarget: HTMLInputElement };

/**
 * Spreadsheet-style entry into the number cells: arrows, Enter, Tab, Home and End move; Shift and
 * the mouse pick blocks to copy or clear; typing replaces; input methods keep their first
 * character; pasted blocks spread over the grid; Ctrl+Z/Ctrl+Y.
 */
export class CellEntry {
  /** The focused number cell, for the message line under the tables. */
  focused = $state<GridValue>();
  /** What the last paste did, in Chinese. */
  notice = $state<string>();
  /** The block picked with Shift+arrows or the mouse. */
  readonly selection = new CellSelection();

  private readonly editor: ReportEditor;
  private composing = false;
  private visits = 0;
  private visitKey = '';
  private selectOnMouseUp = false;

  constructor(editor: ReportEditor) {
    this.editor = editor;
  }

  onFocus(event: InputEvent<FocusEvent>, cell: GridValue, nav: NavGrid): void {
    this.focused = cell;
    this.selection.focusOn(cell.address, nav);
    this.visitKey = `${cell.address}#${++this.visits}`;
    // Typing replaces the value, as in a spreadsheet.
    event.currentTarget.select();
    this.selectOnMouseUp = true;
  }

  onMouseUp(event: MouseEvent): void {
    if (this.selectOnMouseUp) event.preventDefault();
    this.selectOnMouseUp = false;
  }

  onBlur(cell: GridValue): void {
    this.editor.sealEdit();
    this.composing = false;
    // Typed text was taken as it came: a number, or kept as typed in the report.
    this.editor.drafts.delete(cell.address);
  }

  onCompositionStart(): void {
    this.composing = true;
    this.selection.collapse();
  }

  onCompositionEnd(event: InputEvent<CompositionEvent>, cell: GridValue): void {
    this.composing = false;
    this.take(event.currentTarget.value, cell);
  }

  onInput(event: InputEvent<Event>, cell: GridValue): void {
    this.selectOnMouseUp = false;
    this.selection.collapse();
    const text = event.currentTarget.value;
    // While an input method composes, its text is not yet what the user typed: shown only.
    if (this.composing || (event as unknown as { isComposing?: boolean }).isComposing) {
      this.editor.drafts.set(cell.address, { text });
      return;
    }
    this.take(text, cell);
  }

  private take(text: string, cell: GridValue): void {
    if (cell.isTotal || !this.editor.isEditable) return;
    const parsed = parseCellText(text, cell.kind);
    // Not a number: kept as typed in the report, where validate reports it (entry.invalid).
    if (parsed.ok) this.editor.drafts.set(cell.address, { text });
    else this.editor.drafts.delete(cell.address);
    this.editor.setCells(new Map([[cell.address, parsed.ok ? parsed.value : text]]), this.visitKey);
  }

  onKeyDown(event: InputEvent<KeyboardEvent>, cell: GridValue, nav: NavGrid): void {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- Safari marks an IME's last key only by keyCode 229
    if (this.composing || event.isComposing || event.keyCode === 229) return;
    if (isUndoKey(event) || isRedoKey(event)) {
      event.preventDefault();
      this.travel(isUndoKey(event) ? 'undo' : 'redo');
      return;
    }
    if (event.key === 'Escape') {
      this.cancel(event, cell);
      return;
    }
    if (this.selection.isBlock && (event.key === 'Delete' || event.key === 'Backspace')) {
      event.preventDefault();
      clearBlock({ editor: this.editor, nav, rows: this.selection.rows });
      return;
    }
    const arrow = arrowOf(event);
    if (arrow && event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      const to = moveFrom(nav, this.selection.focus ?? cell.address, arrow);
      if (to && this.selection.extend(to, nav)) showCell(to);
      return;
    }
    const move = moveForKey(event);
    if (!move || event.altKey || event.metaKey) return;
    const target = moveFrom(nav, cell.address, move);
    // Tab past the last cell leaves the table, as anywhere on a page.
    if (!target && (move === 'next' || move === 'previous')) return;
    event.preventDefault();
    if (target) focusCell(target);
  }

  private cancel(event: InputEvent<KeyboardEvent>, cell: GridValue): void {
    const last = this.editor.history.done.at(-1);
    if (last?.key === this.visitKey) this.editor.undo();
    this.editor.drafts.delete(cell.address);
    event.currentTarget.select();
  }

  /** Undo or redo from anywhere but a text field; focuses the cell it changed. */
  travel(direction: 'undo' | 'redo'): void {
    this.editor.sealEdit();
    const address = direction === 'undo' ? this.editor.undo() : this.editor.redo();
    if (address) focusCell(address);
  }

  onCopy(event: InputEvent<ClipboardEvent>): void {
    if (!this.selection.isBlock || !event.clipboardData) return;
    event.preventDefault();
    copyBlock(event.clipboardData, this.selection.rows, this.editor);
  }

  onPaste(event: InputEvent<ClipboardEvent>, cell: GridValue, nav: NavGrid): void {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!isBlock(text)) return; // one value: the input takes it and onInput checks it
    event.preventDefault();
    if (!this.editor.isEditable) return;
    // A picked block takes the paste at its top-left corner, as in a spreadsheet.
    const from = this.selection.isBlock ? (this.selection.topLeft ?? cell.address) : cell.address;
    this.notice = pasteBlock({ editor: this.editor, nav, from, text });
  }

  /** Page-wide shortcut: Ctrl+Z / Ctrl+Y outside text fields undo cell edits. */
  onWindowKeyDown(event: KeyboardEvent): void {
    const target = event.target as HTMLElement | null;
    if (target?.closest('textarea, input, select, [contenteditable]')) return;
    if (!isUndoKey(event) && !isRedoKey(event)) return;
    event.preventDefault();
    this.travel(isUndoKey(event) ? 'undo' : 'redo');
  }
}
