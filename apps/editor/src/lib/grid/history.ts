/** What a cell holds: its number, or text kept as typed because it is not a number. */
export type CellContent = number | string;

/** One undoable step: cell contents before and after (a typed edit or a whole paste). */
export interface Step {
  readonly changes: readonly {
    readonly address: string;
    readonly before: CellContent;
    readonly after: CellContent;
  }[];
  /** Edits typed into one cell without leaving it share a key and undo as one step. */
  readonly key?: string;
}

export interface History {
  readonly done: readonly Step[];
  readonly undone: readonly Step[];
}

export const emptyHistory: History = { done: [], undone: [] };
const limit = 500;

/** Records a step; a step with the same key as the last one is merged into it. Clears redo. */
export function record(history: History, step: Step): History {
  const last = history.done.at(-1);
  if (step.key !== undefined && last?.key === step.key) {
    const merged = mergeSteps(last, step);
    const done =
      merged.changes.length > 0
        ? [...history.done.slice(0, -1), merged]
        : history.done.slice(0, -1);
    return { done, undone: [] };
  }
  const changes = step.changes.filter((change) => change.before !== change.after);
  if (changes.length === 0) return history;
  return { done: [...history.done, { ...step, changes }].slice(-limit), undone: [] };
}

function mergeSteps(first: Step, second: Step): Step {
  const before = new Map(first.changes.map((c) => [c.address, c.before]));
  const after = new Map(first.changes.map((c) => [c.address, c.after]));
  for (const change of second.changes) {
    if (!before.has(change.address)) before.set(change.address, change.before);
    after.set(change.address, change.after);
  }
  const changes = [...before].flatMap(([address, was]) => {
    const now = after.get(address) ?? was;
    return was === now ? [] : [{ address, before: was, after: now }];
  });
  return { ...first, changes };
}

/** Takes back the last step: the new history and the values to restore. */
export function undo(
  history: History,
): { history: History; restore: Map<string, CellContent> } | undefined {
  const step = history.done.at(-1);
  if (!step) return undefined;
  return {
    history: { done: history.done.slice(0, -1), undone: [...history.undone, step] },
    restore: new Map(step.changes.map((c) => [c.address, c.before])),
  };
}

/** Does again the last step taken back. */
export function redo(
  history: History,
): { history: History; restore: Map<string, CellContent> } | undefined {
  const step = history.undone.at(-1);
  if (!step) return undefined;
  return {
    history: { done: [...history.done, step], undone: history.undone.slice(0, -1) },
    restore: new Map(step.changes.map((c) => [c.address, c.after])),
  };
}

/** Ends the current typed edit, so the next keystroke starts a new undo step. */
export function seal(history: History): History {
  const last = history.done.at(-1);
  if (last?.key === undefined) return history;
  return { ...history, done: [...history.done.slice(0, -1), { changes: last.changes }] };
}
