/** Ctrl+Z (⌘Z on a Mac): undo. */
export const isUndoKey = (e: KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'z' && !e.shiftKey;
/** Ctrl+Y or Ctrl+Shift+Z: redo. */
export const isRedoKey = (e: KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) &&
  !e.altKey &&
  (e.key.toLowerCase() === 'y' || (e.key.toLowerCase() === 'z' && e.shiftKey));
