import type { FontRole } from './fonts.js';

/** A run of text in one face. */
export interface Segment {
  readonly text: string;
  readonly role: FontRole;
}

/** A broken line: its segments and their natural width. */
export interface BrokenLine {
  readonly segments: readonly Segment[];
  readonly width: number;
  /** Characters on the line, for spreading the slack of a justified line. */
  readonly characters: number;
}

export type Measure = (text: string, role: FontRole) => number;

/** Characters that may not start a line (closing punctuation) or end one (opening), as in Chinese typesetting. */
const noStart = new Set('，。、；：？！）》」』】〕〉”’…—·％,.;:?!)]}%'.split(''));
const noEnd = new Set('（《「『【〔〈“‘([{'.split(''));

interface Unit {
  text: string;
  /** The last character of `text`: reading a string being built by `+=` would flatten it each time. */
  end: string;
  readonly role: FontRole;
  readonly isSpace: boolean;
}

/** Splits segments into the smallest pieces a line may break between. */
function unitsOf(segments: readonly Segment[]): Unit[] {
  const units: Unit[] = [];
  for (const { text, role } of segments) {
    // A run of ASCII letters, digits and marks is one word; any other character stands alone.
    for (const [piece] of text.matchAll(/[!-~]+| +|[^]/gu)) {
      const last = units.at(-1);
      const joinsLast =
        last !== undefined &&
        last.role === role &&
        !last.isSpace &&
        (noStart.has(piece[0] ?? '') || noEnd.has(last.end));
      const end = piece.at(-1) ?? '';
      if (joinsLast) {
        last.text += piece;
        last.end = end;
      } else units.push({ text: piece, end, role, isSpace: piece.trim() === '' });
    }
  }
  return units;
}

/** Joins neighbouring units of the same face into segments. */
function segmentsOf(units: readonly Unit[]): Segment[] {
  const segments: { text: string; role: FontRole }[] = [];
  for (const unit of units) {
    const last = segments.at(-1);
    if (last && last.role === unit.role) last.text += unit.text;
    else segments.push({ text: unit.text, role: unit.role });
  }
  return segments;
}

/**
 * Breaks text into lines no wider than `width` (the first `indent` narrower), greedily, at
 * Chinese character boundaries and spaces, never inside a Latin word or number, never before
 * closing or after opening punctuation. A word wider than a line is split by character.
 * @example breakLines([{ text: '全年公开信息12836条。', role: 'body' }], { width: 100, measure })
 */
export function breakLines(
  segments: readonly Segment[],
  options: { readonly width: number; readonly indent?: number; readonly measure: Measure },
): BrokenLine[] {
  const { width, indent = 0, measure } = options;
  const lines: BrokenLine[] = [];
  let line: Unit[] = [];
  let used = 0;
  const available = () => width - (lines.length === 0 ? indent : 0);
  const finish = () => {
    while (line.at(-1)?.isSpace) line.pop();
    const kept = segmentsOf(line);
    const characters = kept.reduce((sum, s) => sum + [...s.text].length, 0);
    const natural = kept.reduce((sum, s) => sum + measure(s.text, s.role), 0);
    lines.push({ segments: kept, width: natural, characters });
    line = [];
    used = 0;
  };
  const pending = unitsOf(segments);
  for (let i = 0; i < pending.length; i++) {
    const unit = pending[i];
    if (!unit) continue;
    if (unit.isSpace && line.length === 0) continue;
    const size = measure(unit.text, unit.role);
    if (used + size <= available() + 0.01) {
      line.push(unit);
      used += size;
      continue;
    }
    if (line.length > 0 && !unit.isSpace) {
      finish();
      i--;
      continue;
    }
    if (unit.isSpace) continue;
    // Alone and still too wide: split it by character, as many to a line as fit (at least one).
    for (const character of unit.text) {
      const characterSize = measure(character, unit.role);
      if (line.length > 0 && used + characterSize > available() + 0.01) finish();
      const last = line.at(-1);
      if (last) last.text += character;
      else line.push({ ...unit, text: character });
      used += characterSize;
    }
  }
  if (line.length > 0 || lines.length === 0) finish();
  return lines;
}
