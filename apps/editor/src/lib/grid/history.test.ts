import { describe, expect, it } from 'vitest';
import { emptyHistory, record, redo, seal, undo } from './history';

const edit = (address: string, before: number, after: number, key?: string) => ({
  changes: [{ address, before, after }],
  ...(key === undefined ? {} : { key }),
});

describe('history', () => {
  it('undoes and redoes steps in order', () => {
    let h = record(emptyHistory, edit('a', 0, 1));
    h = record(h, edit('b', 0, 2));
    const first = undo(h)!;
    expect(first.restore).toEqual(new Map([['b', 0]]));
    const second = undo(first.history)!;
    expect(second.restore).toEqual(new Map([['a', 0]]));
    expect(undo(second.history)).toBeUndefined();
    const again = redo(second.history)!;
    expect(again.restore).toEqual(new Map([['a', 1]]));
  });

  it('merges keystrokes in one cell into one step until the edit is sealed', () => {
    let h = record(emptyHistory, edit('a', 0, 1, 'k'));
    h = record(h, edit('a', 1, 12, 'k'));
    expect(h.done).toHaveLength(1);
    expect(undo(h)!.restore).toEqual(new Map([['a', 0]]));
    h = record(seal(h), edit('a', 12, 3, 'k'));
    expect(h.done).toHaveLength(2);
  });

  it('drops a step whose cells end where they started', () => {
    let h = record(emptyHistory, edit('a', 5, 6, 'k'));
    h = record(h, edit('a', 6, 5, 'k'));
    expect(h.done).toHaveLength(0);
    expect(record(emptyHistory, edit('a', 1, 1)).done).toHaveLength(0);
  });

  it('forgets what was undone once something new is done', () => {
    let h = record(emptyHistory, edit('a', 0, 1));
    h = undo(h)!.history;
    h = record(h, edit('b', 0, 1));
    expect(redo(h)).toBeUndefined();
  });

  it('undoes a paste of many cells as one step', () => {
    const h = record(emptyHistory, {
      changes: [
        { address: 'a', before: 0, after: 1 },
        { address: 'b', before: 0, after: 2 },
      ],
    });
    expect(undo(h)!.restore).toEqual(
      new Map([
        ['a', 0],
        ['b', 0],
      ]),
    );
  });
});
