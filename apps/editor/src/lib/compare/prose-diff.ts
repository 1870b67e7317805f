import { diffChars, diffLines, type ChangeObject } from 'diff';

export type DiffKind = 'same' | 'added' | 'removed';

/** A run of text and whether it was kept, added or removed. */
export interface DiffPart {
  readonly kind: DiffKind;
  readonly text: string;
}

/** The changed paragraphs of a text, each whole, and how many paragraphs stayed the same. */
export interface ProseDiff {
  readonly paragraphs: readonly (readonly DiffPart[])[];
  readonly unchanged: number;
}

// Past this a character diff gives up and the paragraphs show as removed and added whole.
const charDiffMillis = 200;
// Kept runs this short between changes read better inside the change than as islands.
const shortRun = 2;

const paragraphCount = (text: string) => text.split('\n').filter((line) => line.trim()).length;

/** Folds short kept runs into the changes around them, each change as one removal then one addition. */
function tidy(parts: readonly ChangeObject<string>[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = added = '';
  };
  parts.forEach((part, i) => {
    const between = (removed || added) && i < parts.length - 1;
    if (part.added) added += part.value;
    else if (part.removed) removed += part.value;
    else if (between && part.value.length <= shortRun && !part.value.includes('\n')) {
      removed += part.value;
      added += part.value;
    } else {
      flush();
      out.push({ kind: 'same', text: part.value });
    }
  });
  flush();
  return out;
}

/** Cuts parts at line breaks into paragraphs; a paragraph without a change counts as unchanged. */
function paragraphsOf(parts: readonly DiffPart[]): { changed: DiffPart[][]; unchanged: number } {
  const lines: DiffPart[][] = [[]];
  for (const part of parts)
    part.text.split('\n').forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece) lines.at(-1)?.push({ kind: part.kind, text: piece });
    });
  const filled = lines.filter((line) => line.some((part) => part.text.trim()));
  const changed = filled.filter((line) => line.some((part) => part.kind !== 'same'));
  return { changed, unchanged: filled.length - changed.length };
}

function blockParts(removed: string, added: string): DiffPart[] {
  const chars = diffChars(removed, added, { timeout: charDiffMillis });
  if (chars) return tidy(chars);
  return [
    { kind: 'removed', text: removed },
    { kind: 'added', text: `\n${added}` },
  ];
}

/**
 * The paragraphs of `after` that differ from `before`, each shown whole with its removed and
 * added characters marked (characters suit Chinese, which has no spaces between words).
 */
export function proseDiff(before: string, after: string): ProseDiff {
  const blocks = diffLines(before, after);
  const paragraphs: DiffPart[][] = [];
  let unchanged = 0;
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i];
    if (!block) continue;
    if (!block.added && !block.removed) {
      unchanged += paragraphCount(block.value);
      continue;
    }
    const next = blocks[i + 1];
    const paired = next && (block.removed ? next.added : next.removed);
    if (paired) i += 1;
    const parts = paired
      ? blockParts(block.removed ? block.value : next.value, block.added ? block.value : next.value)
      : [{ kind: block.added ? 'added' : 'removed', text: block.value } as const];
    const found = paragraphsOf(parts);
    paragraphs.push(...found.changed);
    unchanged += found.unchanged;
  }
  return { paragraphs, unchanged };
}
