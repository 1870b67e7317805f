import { describe, expect, it } from 'vitest';
import { isRedoKey, isUndoKey } from './history-keys';

const key = (init: Partial<KeyboardEvent>) =>
  ({ ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...init }) as KeyboardEvent;

describe('history keys', () => {
  it('reads Ctrl+Z and ⌘Z as undo, in either case', () => {
    expect(isUndoKey(key({ ctrlKey: true, key: 'z' }))).toBe(true);
    expect(isUndoKey(key({ metaKey: true, key: 'Z' }))).toBe(true);
    expect(isUndoKey(key({ key: 'z' }))).toBe(false);
  });

  it('reads Ctrl+Y and Ctrl+Shift+Z as redo, not undo', () => {
    expect(isRedoKey(key({ ctrlKey: true, key: 'y' }))).toBe(true);
    const shifted = key({ ctrlKey: true, shiftKey: true, key: 'Z' });
    expect(isRedoKey(shifted)).toBe(true);
    expect(isUndoKey(shifted)).toBe(false);
  });

  it('leaves AltGr and Alt combinations alone', () => {
    expect(isUndoKey(key({ ctrlKey: true, altKey: true, key: 'z' }))).toBe(false);
    expect(isRedoKey(key({ ctrlKey: true, altKey: true, key: 'y' }))).toBe(false);
  });
});
