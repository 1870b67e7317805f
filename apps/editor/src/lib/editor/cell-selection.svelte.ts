import { selectedRows, type BlockSelection } from '$lib/grid/block-selection';
import type { NavGrid } from '$lib/grid/grid-layout';

/** The block of number cells picked in one table, kept live for drawing, copying and clearing. */
export class CellSelection {
  private dragging = false;
  private picked = $state.raw<BlockSelection & { nav: NavGrid }>();
  /** The picked cells, row by row; one cell when nothing more is picked. */
  readonly rows = $derived(this.picked ? selectedRows(this.picked.nav, this.picked) : []);
  private readonly members = $derived(new Set(this.rows.flat()));
  /** True when more than one cell is picked. */
  readonly isBlock = $derived(this.members.size > 1);

  /** Starts afresh at one cell of a table. */
  start(address: string, nav: NavGrid): void {
    this.picked = { anchor: address, focus: address, nav };
  }

  /** Moves the far corner, keeping where the selection started; false outside its table. */
  extend(address: string, nav: NavGrid): boolean {
    if (!this.picked || this.picked.nav !== nav) return false;
    this.picked = { ...this.picked, focus: address };
    return true;
  }

  /** Shift+click extends the block (the focus stays where it started); a press starts a drag. */
  press(event: MouseEvent, address: string, nav: NavGrid): void {
    if (event.button !== 0) return;
    if (event.shiftKey && this.extend(address, nav)) {
      event.preventDefault();
      return;
    }
    this.start(address, nav);
    this.dragging = true;
    const stop = () => (this.dragging = false);
    window.addEventListener('mouseup', stop, { once: true, capture: true });
  }

  /** The pointer over a cell: extends the block while the button is held since a press. */
  enter(address: string, nav: NavGrid): void {
    if (this.dragging) this.extend(address, nav);
  }

  /** A cell took the focus: a new selection, unless a drag is picking a block. */
  focusOn(address: string, nav: NavGrid): void {
    if (!this.dragging) this.start(address, nav);
  }

  /** Back to the one cell it started at: typing edits that cell alone. */
  collapse(): void {
    // Typing collapses on every keystroke: a collapsed pick stays as it is, nothing redraws.
    if (this.picked && this.picked.focus !== this.picked.anchor)
      this.picked = { ...this.picked, focus: this.picked.anchor };
  }

  /** The far corner: where Shift+arrows move from. */
  get focus(): string | undefined {
    return this.picked?.focus;
  }

  /** The top-left cell of the block, where a paste lands. */
  get topLeft(): string | undefined {
    return this.rows[0]?.[0];
  }

  /** Whether a cell is part of a picked block (a lone focused cell is not). */
  has(address: string): boolean {
    return this.isBlock && this.members.has(address);
  }
}
